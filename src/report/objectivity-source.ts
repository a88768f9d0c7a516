/** Where the objectivity flag came from, said once by score and check: «Признаки необъективности: по официальному списку (markers.xlsx).» */
import { messagesOf, type Lang } from '../messages/index.js';
import type { ObjectivityFrom } from '../rules/objectivity-flag.js';

export function objectivitySourceText(from: ObjectivityFrom, lang: Lang): string {
  const s = messagesOf(lang).objectivityFlag.source;
  return from.source === 'list' ? s.list(from.file ?? '') : s[from.source];
}

export function objectivitySourceLine(from: ObjectivityFrom, lang: Lang): string {
  return messagesOf(lang).objectivityFlag.sourceLine(objectivitySourceText(from, lang));
}

/** recommend's line when a measure rests on indicator 1.18: «Меры … назначены по признакам по профилю школ.» */
export function objectivityMeasuresLine(from: ObjectivityFrom, lang: Lang): string {
  return messagesOf(lang).objectivityFlag.measuresLine(objectivitySourceText(from, lang));
}
