/**
 * Duplicate results — the same school × procedure × year from two rows or files. Two sources
 * that agree are merged (a value one lacks is taken from the other); when two disagree, every row
 * of that result is left out, each with an issue naming the others: picking one would be a guess.
 * One difference is not a disagreement: two sources with the same participants and the same four
 * counts of marks are the same pupils, and a mean score that differs is one written in another scale
 * (a district's table gives the mean mark, 3,43; a ФИС ОКО per-pupil export the mean primary score,
 * 9,6). The result is used with the first source's mean, and a warning names both.
 */
import type { Issue } from '../model/issues.js';
import { MARKS, resultKey, type ResultRecord, type SourceRef } from '../model/records.js';

type Comparable = Pick<ResultRecord, 'participants' | 'failed' | 'failPct' | 'meanScore' | 'highCount'>;
const COMPARED: (keyof Comparable)[] = ['participants', 'failed', 'failPct', 'meanScore', 'highCount'];

export interface Merged {
  records: ResultRecord[];
  issues: Issue[];
  /** The rows whose result was merged into an equal one read before it (used, not left out). */
  merged: SourceRef[];
}

export function mergeDuplicates(records: ResultRecord[]): Merged {
  const byKey = new Map<string, ResultRecord>();
  // the rows after the first of a result (a combined record keeps the first row's place)
  const repeats = new Map<string, ResultRecord[]>();
  const conflicted = new Set<string>();
  const meanNotes: Issue[] = [];
  for (const record of records) {
    const key = resultKey(record);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, record);
      continue;
    }
    const later = repeats.get(key);
    if (later) later.push(record);
    else repeats.set(key, [record]);
    if (conflicted.has(key)) continue;
    if (agree(seen, record)) byKey.set(key, combine(seen, record));
    else if (sameMarks(seen, record)) {
      byKey.set(key, combine(seen, { ...record, meanScore: null }));
      meanNotes.push(meanIssue(record, seen));
    } else conflicted.add(key);
  }
  const issues: Issue[] = [...meanNotes];
  const merged: SourceRef[] = [];
  for (const [key, later] of repeats) {
    const all = [byKey.get(key)!, ...later];
    if (conflicted.has(key)) all.forEach((record, i) => issues.push(conflictIssue(record, all.filter((_, j) => j !== i))));
    else for (const record of later) merged.push(record.source);
  }
  return { records: [...byKey].filter(([key]) => !conflicted.has(key)).map(([, r]) => r), issues, merged };
}

function agree(a: ResultRecord, b: ResultRecord): boolean {
  return COMPARED.every((field) => a[field] === null || b[field] === null || a[field] === b[field]);
}

/** The same participants and four counts of marks, every other compared value agreeing but the mean score. */
function sameMarks(a: ResultRecord, b: ResultRecord): boolean {
  const counts = (r: ResultRecord) => MARKS.map((mark) => r.markCounts[mark]);
  const [ca, cb] = [counts(a), counts(b)];
  if (a.participants === null || a.participants !== b.participants || ca.some((c, i) => c === undefined || c !== cb[i])) return false;
  return agree({ ...a, meanScore: null }, b);
}

function meanIssue(record: ResultRecord, first: ResultRecord): Issue {
  return {
    file: record.source.file, sheet: record.source.sheet, row: record.source.row, column: null, code: 'duplicate-mean-differs',
    params: { school: record.schoolId, procedure: record.procedure, year: record.year, other: placeOf(first), mean: record.meanScore ?? '', kept: first.meanScore ?? '' },
  };
}

function combine(a: ResultRecord, b: ResultRecord): ResultRecord {
  const merged = { ...a, markCounts: { ...b.markCounts, ...a.markCounts }, markPcts: { ...b.markPcts, ...a.markPcts } };
  for (const field of COMPARED) merged[field] = a[field] ?? b[field];
  merged.schoolName ??= b.schoolName;
  merged.municipality ??= b.municipality;
  merged.schoolType ??= b.schoolType;
  return merged;
}

/** The issue of one row of a conflicting repeat, naming the other rows. */
function conflictIssue(record: ResultRecord, others: ResultRecord[]): Issue {
  return {
    file: record.source.file,
    sheet: record.source.sheet,
    row: record.source.row,
    column: null,
    code: 'duplicate-conflict',
    params: { school: record.schoolId, procedure: record.procedure, year: record.year, others: others.map(placeOf).join(', ') },
  };
}

const placeOf = ({ source }: ResultRecord) => [source.file, source.sheet, source.row].filter((x) => x !== null).join(':');
