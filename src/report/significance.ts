/**
 * The note of a verdict resting on changes the two-proportion test does not find significant
 * («в пределах случайных колебаний — ОГЭ Русский язык: +10 п.п. к 2022/2023 уч. г. (p = 0,29);
 * учтено по методике»), and of changes left out for want of significance. Shared by every verdict
 * that counts changes: clusters 2 and 3, measures, targets 8.x, the overall direction.
 */
import { messagesOf, type Lang } from '../messages/index.js';
import type { ChangeRef } from '../rules/dynamics.js';
import { formatFixed, signed } from './format.js';
import { procedureName } from './procedure-name.js';

/** null when every change the verdict rests on is significant. */
export function chanceNote(changes: readonly (ChangeRef & { schoolId?: string })[] | undefined, lang: Lang): string | null {
  return changes && changes.length > 0 ? messagesOf(lang).significance.chance(changesText(changes, lang)) : null;
}

/** The same note as a sentence of its own: «В пределах … по методике.» */
export function chanceSentence(changes: readonly (ChangeRef & { schoolId?: string })[] | undefined, lang: Lang): string | null {
  const note = chanceNote(changes, lang);
  return note === null ? null : `${note.charAt(0).toUpperCase()}${note.slice(1)}.`;
}

export function heldBackNote(changes: readonly ChangeRef[], lang: Lang): string | null {
  return changes.length > 0 ? messagesOf(lang).significance.heldBack(changesText(changes, lang)) : null;
}

/**
 * «ОГЭ Русский язык: +10 п.п. к 2021/2022 уч. г. (p = 0,29), +10 п.п. к 2022/2023 уч. г. (p = 0,43)»;
 * a change of a named school starts with its code («DM-03 ОГЭ Математика: …»).
 */
function changesText(changes: readonly (ChangeRef & { schoolId?: string })[], lang: Lang): string {
  const t = messagesOf(lang);
  const groups = new Map<string, ChangeRef[]>();
  for (const c of changes) {
    const label = [c.schoolId, procedureName(c.procedure, lang)].filter(Boolean).join(' ');
    groups.set(label, [...(groups.get(label) ?? []), c]);
  }
  return [...groups].map(([label, own]) => {
    const items = own.map((c) => t.significance.change({
      delta: signed(c.deltaPp, lang), year: t.labels.schoolYear(c.to), p: c.pValue === null ? null : formatFixed(c.pValue, lang, 2),
    }));
    return `${label}: ${items.join(', ')}`;
  }).join('; ');
}

/** «= 0,004» / «< 0,001»: a p-value with its relation, to three decimals. */
export function pValueText(value: number, lang: Lang): string {
  return value < 0.001 ? `< ${formatFixed(0.001, lang, 3)}` : `= ${formatFixed(value, lang, 3)}`;
}
