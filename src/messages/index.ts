/** The messages module: pick a language once at start-up, then read every text through msg(). */
import { en } from './en.js';
import { ru, type Messages } from './ru.js';

export type Lang = 'ru' | 'en';
export const LANGS: Lang[] = ['ru', 'en'];

const DICTIONARIES: Record<Lang, Messages> = { ru, en };
let current: Lang = 'ru';

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

export function msg(): Messages {
  return DICTIONARIES[current];
}

/** The texts of a given language, whichever is current: for a renderer told its language. */
export function messagesOf(lang: Lang): Messages {
  return DICTIONARIES[lang];
}

export type { Messages };
