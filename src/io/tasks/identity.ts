/**
 * The schools of task results named as the results name them: a task export or protocol keyed by
 * the ФИС ОКО login (sch240201) next to results keyed by another code (DM-09) is matched by the
 * school's normalised name within its municipality, as identity.ts matches result files. Every
 * match is reported (name-matched); an ambiguous name is left as it is (name-ambiguous).
 */
import type { Issue } from '../../model/issues.js';
import type { TaskResultRecord } from '../../model/tasks.js';
import { findByName, type SchoolEntry } from '../identity.js';

export function matchTaskSchools(records: TaskResultRecord[], directory: SchoolEntry[]): { records: TaskResultRecord[]; issues: Issue[] } {
  const known = new Set(directory.map((e) => e.schoolId));
  const matched = new Map<string, string | null>();
  const issues: Issue[] = [];
  const idOf = (record: TaskResultRecord): string | null => {
    const id = record.schoolId!;
    if (!matched.has(id)) {
      const candidates = record.name === null ? [] : findByName(directory, record.name, record.municipality);
      matched.set(id, candidates.length === 1 ? candidates[0]!.schoolId : null);
      if (candidates.length > 0) issues.push(nameIssue(record, candidates));
    }
    return matched.get(id)!;
  };
  const resolved = records.map((record) => {
    if (record.level !== 'school' || record.schoolId === null || known.has(record.schoolId)) return record;
    const id = idOf(record);
    return id === null ? record : { ...record, schoolId: id };
  });
  return { records: resolved, issues };
}

function nameIssue(record: TaskResultRecord, candidates: SchoolEntry[]): Issue {
  const where = { file: record.source.file, sheet: record.source.sheet, row: record.source.row, column: null };
  if (candidates.length > 1) return { ...where, code: 'name-ambiguous', params: { name: record.name!, ids: candidates.map((c) => c.schoolId).join(', ') } };
  const [entry] = candidates;
  return { ...where, code: 'name-matched', params: { name: record.name!, id: entry!.schoolId, known: entry!.names[0] ?? entry!.schoolId } };
}
