/** The one number-formatting module: Russian output writes a decimal comma. */
import type { Lang } from '../messages/index.js';

export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const fixed = Number(value.toFixed(digits)).toString();
  return lang === 'ru' ? fixed.replace('.', ',') : fixed;
}

export function formatPercent(value: number, lang: Lang, digits = 2): string {
  return `${formatNumber(value, lang, digits)}%`;
}

const DANGEROUS_START = /^[=+\-@\t\r]/;

/** Spreadsheet programs run a cell that starts with = + - @ as a formula: prefix it with «'». */
export function neutralizeCell(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}
