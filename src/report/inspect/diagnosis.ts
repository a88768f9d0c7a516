/**
 * Why a sheet has no header, in words: each layout's unmet needs («нет столбца процедуры …»), the
 * nearest first; the layouts that recognised nothing in one line.
 */
import type { FileReport, HeaderDiagnosis } from '../../io/inspect.js';
import type { LayoutFit } from '../../io/layouts/index.js';
import type { NeedCode } from '../../io/layouts/types.js';
import { messagesOf, type Lang } from '../../messages/index.js';
import { errorMessage } from '../issue-text.js';

export function needText(code: NeedCode, lang: Lang): string {
  const t = messagesOf(lang);
  return t.inspect.needs[code] ?? code;
}

/** «нет A и B; мешает «Кол-во участников»: …», or that nothing is missing. */
export function fitVerdict(fit: LayoutFit, lang: Lang): string {
  const t = messagesOf(lang);
  const ins = t.inspect;
  const missing = fit.needs.filter((n) => !n.met && !n.forbidden).map((n) => needText(n.code, lang));
  const inTheWay = fit.needs
    .filter((n) => !n.met && n.forbidden)
    .map((n) => ins.inTheWay({ columns: n.columns.map((c) => `«${c}»`).join(', '), need: needText(n.code, lang) }));
  const parts = [...(missing.length > 0 ? [ins.missing(missing)] : []), ...inTheWay];
  return parts.length > 0 ? parts.join('; ') : ins.allMet;
}

export function diagnosisLines(diagnosis: HeaderDiagnosis, lang: Lang): string[] {
  const t = messagesOf(lang);
  const ins = t.inspect;
  const line = (fit: LayoutFit, nearest: boolean) => {
    const p = { layout: fit.layout, recognised: fit.recognised, total: fit.needs.filter((n) => !n.forbidden).length, verdict: fitVerdict(fit, lang) };
    return nearest ? ins.nearest(p) : ins.layoutFit(p);
  };
  const [first, ...others] = diagnosis.layouts;
  if (first === undefined) return [];
  // a forced --layout is the only one, not the nearest of several
  const lines = [line(first, others.length > 0), ...others.filter((f) => f.recognised > 0).map((f) => line(f, false))];
  const none = others.filter((f) => f.recognised === 0).map((f) => f.layout);
  if (none.length > 0) lines.push(ins.noneRecognised(none.join(', ')));
  return lines;
}

/** A file's own error as the terminal would print it, its sheet and row included. */
export function failureText(file: FileReport, lang: Lang): string {
  const t = messagesOf(lang);
  const { error } = file;
  if (error === null) return '';
  const l = t.location;
  const where = [error.sheet !== null ? l.sheet(error.sheet) : null, error.row !== null ? l.row(error.row) : null].filter((p) => p !== null);
  return `${where.length > 0 ? `${where.join(', ')}: ` : ''}${errorMessage(error.code, error.params, lang)}`;
}
