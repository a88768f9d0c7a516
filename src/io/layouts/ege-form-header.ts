/**
 * The header of a region's per-school ЕГЭ form («Информация о результатах ЕГЭ выпускников школ в
 * 2023 году»). Its first row names the columns of a school and the subjects: «Муниципальное
 * образование | Образовательная организация (школа) | Профиль (при наличии) | Всего выпускников в
 * 2023 году … | Русский язык | | | | | Математика профильная | …», each subject merged over its
 * metric columns. The streaming reader gives a merged cell's text only in its first column, so a
 * subject stands over the blank cells after it (a writer that repeats the text in every cell of
 * the merge is read the same). The second row names the metrics under every subject: «приняло
 * участие | не преодолен min порог | высокобалльники (80-99 баллов) | получили 100 баллов | средний балл».
 */
import type { CellValue } from '../../model/cells.js';
import { fieldOfHeader } from '../../model/fields.js';
import { cellText } from '../../model/numbers.js';
import { parseProcedure } from '../../model/procedures.js';
import { normalizeLabel } from '../../model/text.js';
import { yearOfTitle } from './titles.js';
import type { ColumnUse } from './types.js';
import { parseWideHeader } from './wide.js';
import { EGE_FORM_GRADUATES_HEADER, EGE_FORM_METRICS, EGE_FORM_PROFILE_PREFIX, ORAL_SUBJECT } from '../vocabulary/headers.js';

export type Metric = 'participants' | 'failed' | 'high80' | 'top100' | 'high' | 'mean';

/** The field of a result record a metric fills, as `shnor inspect` names it. */
const METRIC_FIELDS: Record<Metric, string> = {
  participants: 'participants', failed: 'failCount', high80: 'highCount', top100: 'highCount', high: 'highCount', mean: 'meanScore',
};

export function metricOfLabel(text: string): Metric | null {
  const label = normalizeLabel(text);
  return EGE_FORM_METRICS.find(({ pattern }) => pattern.test(label))?.metric ?? null;
}

export interface SubjectColumns {
  /** The subject as the header writes it: «Информатика и ИКТ (КЕГЭ)». */
  name: string;
  procedure: string;
  /** «Английский язык (устный)»: the oral part of a foreign language, not a result of its own. */
  oral: boolean;
  /** The columns under the subject, first and last. */
  first: number;
  last: number;
  /** Where each metric stands, once the metric row is read. */
  metrics: Partial<Record<Metric, number>>;
}

export interface FormHeader {
  headers: string[];
  school: number;
  municipality: number | null;
  /** «Профиль (при наличии)», «Всего выпускников …»: known, not read. */
  known: number[];
  /** The year in «Всего выпускников в 2023 году …», if it names one. */
  headerYear: number | null;
  /** The column that names that year. */
  yearColumn: string | null;
  subjects: SubjectColumns[];
  /** Non-blank header cells that are none of these. */
  unknown: number[];
  /** The metric row's text in each column, once it is read. */
  metricLabels: string[];
}

const isProfileHeader = (label: string) => label.startsWith(EGE_FORM_PROFILE_PREFIX);
const isGraduatesHeader = (label: string) => EGE_FORM_GRADUATES_HEADER.test(label);

/** «Русский язык» → EGE-RU; «Английский язык (устный)» → EGE-EN, oral; a header that names a metric or another procedure → null. */
export function subjectOfHeader(text: string): { procedure: string; oral: boolean } | null {
  if (parseWideHeader(text) !== null) return null;
  const own = parseProcedure(text);
  if (own !== null) return own.kind === 'EGE' ? { procedure: own.code, oral: ORAL_SUBJECT.test(text) } : null;
  const procedure = parseProcedure(`ЕГЭ ${text}`);
  return procedure ? { procedure: procedure.code, oral: ORAL_SUBJECT.test(text) } : null;
}

/**
 * Reads the first header row: a school column and at least one subject merged over several
 * columns; null when the row is not this form's header.
 */
export function readFormHeader(headers: string[]): FormHeader | null {
  const form: FormHeader = { headers, school: -1, municipality: null, known: [], headerYear: null, yearColumn: null, subjects: [], unknown: [], metricLabels: [] };
  let open: SubjectColumns | null = null;
  headers.forEach((header, index) => {
    const text = header.trim();
    if (text === '' || (open !== null && text === open.name)) {
      if (open !== null) open.last = index;
      return;
    }
    open = null;
    const label = normalizeLabel(text);
    const field = fieldOfHeader(text);
    if (form.school < 0 && (field === 'school' || field === 'schoolName')) form.school = index;
    else if (form.municipality === null && field === 'municipality') form.municipality = index;
    else if (isProfileHeader(label)) form.known.push(index);
    else if (isGraduatesHeader(label)) {
      form.known.push(index);
      form.headerYear ??= yearOfTitle(text);
      form.yearColumn ??= text;
    } else {
      const subject = subjectOfHeader(text);
      if (subject === null) form.unknown.push(index);
      else {
        open = { name: text, ...subject, first: index, last: index, metrics: {} };
        form.subjects.push(open);
      }
    }
  });
  const merged = form.subjects.some((s) => s.last > s.first);
  return form.school >= 0 && merged ? form : null;
}

/**
 * Reads the metric row under the subjects into the header: each label placed in its subject;
 * labels that are no metric (or a metric a second time) come back as unknown.
 */
export function readMetricRow(form: FormHeader, cells: CellValue[]): { found: number; unknown: { index: number; label: string }[] } {
  let found = 0;
  const unknown: { index: number; label: string }[] = [];
  for (const subject of form.subjects) {
    for (let index = subject.first; index <= subject.last; index++) {
      const label = cellText(cells[index] ?? null);
      if (label === null) continue;
      const metric = metricOfLabel(label);
      if (metric === null || subject.metrics[metric] !== undefined) unknown.push({ index, label });
      else {
        subject.metrics[metric] = index;
        found += 1;
      }
    }
  }
  form.metricLabels = form.headers.map((_, index) => cellText(cells[index] ?? null) ?? '');
  return { found, unknown };
}

/** «Химия — получили 100 баллов»: a metric column named by its subject and its own label. */
export function columnLabel(form: FormHeader, subject: SubjectColumns, index: number): string {
  const label = form.metricLabels[index];
  return label ? `${subject.name} — ${label}` : subject.name;
}

/** The columns the form reads, for `shnor inspect`: each metric column by its subject and label. */
export function columnUses(form: FormHeader): ColumnUse[] {
  const uses: ColumnUse[] = [];
  const at = (index: number | null, field: string | null) => {
    if (index !== null) uses.push({ header: form.headers[index]!, field });
  };
  at(form.municipality, 'municipality');
  at(form.school, 'school');
  for (const index of form.known) at(index, null);
  for (const subject of form.subjects) {
    for (let index = subject.first; index <= subject.last; index++) {
      const metric = (Object.keys(subject.metrics) as Metric[]).find((m) => subject.metrics[m] === index);
      const field = metric && !subject.oral ? `${subject.procedure} ${METRIC_FIELDS[metric]}` : null;
      uses.push({ header: columnLabel(form, subject, index), field });
    }
  }
  for (const index of form.unknown) at(index, null);
  return uses;
}
