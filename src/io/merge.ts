/**
 * Duplicate results — the same school × procedure × year from two rows or files. Two sources
 * that agree are merged (a value one lacks is taken from the other); two that disagree are both
 * left out with an issue naming both places: picking one would be a guess.
 */
import type { Issue } from '../model/issues.js';
import { resultKey, type ResultRecord } from '../model/records.js';

type Comparable = Pick<ResultRecord, 'participants' | 'failed' | 'failPct' | 'meanScore' | 'highCount'>;
const COMPARED: (keyof Comparable)[] = ['participants', 'failed', 'failPct', 'meanScore', 'highCount'];

export function mergeDuplicates(records: ResultRecord[]): { records: ResultRecord[]; issues: Issue[] } {
  const byKey = new Map<string, ResultRecord>();
  const conflicted = new Set<string>();
  const issues: Issue[] = [];
  for (const record of records) {
    const key = resultKey(record);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, record);
    } else if (agree(seen, record)) {
      byKey.set(key, combine(seen, record));
    } else {
      conflicted.add(key);
      issues.push(conflictIssue(record, seen));
    }
  }
  return { records: [...byKey].filter(([key]) => !conflicted.has(key)).map(([, r]) => r), issues };
}

function agree(a: ResultRecord, b: ResultRecord): boolean {
  return COMPARED.every((field) => a[field] === null || b[field] === null || a[field] === b[field]);
}

function combine(a: ResultRecord, b: ResultRecord): ResultRecord {
  const merged = { ...a, markCounts: { ...b.markCounts, ...a.markCounts }, markPcts: { ...b.markPcts, ...a.markPcts } };
  for (const field of COMPARED) merged[field] = a[field] ?? b[field];
  merged.schoolName ??= b.schoolName;
  merged.municipality ??= b.municipality;
  merged.schoolType ??= b.schoolType;
  return merged;
}

function conflictIssue(record: ResultRecord, first: ResultRecord): Issue {
  const where = [first.source.file, first.source.sheet, first.source.row].filter((x) => x !== null).join(':');
  return {
    file: record.source.file,
    sheet: record.source.sheet,
    row: record.source.row,
    column: null,
    code: 'duplicate-conflict',
    params: { school: record.schoolId, procedure: record.procedure, year: record.year, first: where },
  };
}
