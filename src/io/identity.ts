/**
 * School identity across files: by id when a file has one; a file that names schools only (its
 * «id» is the name) is matched to the ids of the other files — and of a --schools list — by the
 * normalised name within the municipality (then anywhere, if only one school has that name).
 * Every name match is reported so that the analyst can confirm it; an ambiguous name is left as
 * it is, with a warning. A record with an id and no name takes its name from the list. Two spellings
 * of one name on two sheets (with no id to match them to) are one school, reported.
 */
import type { ParentLink } from '../model/branches.js';
import type { Issue } from '../model/issues.js';
import type { ResultRecord } from '../model/records.js';
import { normalizeSchoolName } from '../model/school-name.js';
import { foldId } from '../model/text.js';

export interface SchoolEntry {
  schoolId: string;
  names: string[];
  municipality: string | null;
  schoolType: string | null;
  /** The legal entity this school is a branch of (the list's parent_id column); absent for a legal entity. */
  parent?: ParentLink;
}

/** A record whose only identity is its name (readIdentity made the name its id). */
const nameOnly = (r: ResultRecord) => r.schoolName !== null && r.schoolId === r.schoolName;

export function resolveIdentities(records: ResultRecord[], listed: SchoolEntry[]): { records: ResultRecord[]; issues: Issue[] } {
  const named = nameFromList(records, listed);
  if (!named.some(nameOnly)) return { records: named, issues: [] };
  return matchNames(named, listed);
}

/**
 * A record keyed by a login with no name of its own (ФИС ОКО's per-pupil export) takes its name —
 * and, where it has none, its municipality and type — from the --schools list.
 */
function nameFromList(records: ResultRecord[], listed: SchoolEntry[]): ResultRecord[] {
  if (listed.length === 0) return records;
  const byId = new Map(listed.map((entry) => [foldId(entry.schoolId), entry]));
  return records.map((record) => {
    if (record.schoolName !== null && record.municipality !== null) return record;
    const entry = byId.get(foldId(record.schoolId));
    if (entry === undefined) return record;
    return {
      ...record, schoolName: record.schoolName ?? entry.names[0] ?? null,
      municipality: record.municipality ?? entry.municipality, schoolType: record.schoolType ?? entry.schoolType,
    };
  });
}

function matchNames(records: ResultRecord[], listed: SchoolEntry[]): { records: ResultRecord[]; issues: Issue[] } {
  const directory = [...listed, ...schoolDirectory(records.filter((r) => !nameOnly(r)))];
  const issues: Issue[] = [];
  const reported = new Set<string>();
  const spellings = new Map<string, ResultRecord>();
  const resolved = records.map((record) => {
    if (!nameOnly(record)) return record;
    const candidates = findByName(directory, record.schoolName!, record.municipality);
    const key = `${record.schoolName}\u0000${record.municipality ?? ''}`;
    if (candidates.length > 1) {
      if (!reported.has(key)) issues.push(issue(record, 'name-ambiguous', { name: record.schoolName!, ids: candidates.map((c) => c.schoolId).join(', ') }));
      reported.add(key);
      return record;
    }
    if (candidates.length === 0) {
      const first = firstSpelling(spellings, record);
      if (first === null) return record;
      if (!reported.has(key)) issues.push(issue(record, 'name-matched', { name: record.schoolName!, id: first.schoolId, known: first.schoolName! }));
      reported.add(key);
      return { ...record, schoolId: first.schoolId };
    }
    const [entry] = candidates;
    if (!reported.has(key)) issues.push(issue(record, 'name-matched', { name: record.schoolName!, id: entry!.schoolId, known: entry!.names[0] ?? entry!.schoolId }));
    reported.add(key);
    return { ...record, schoolId: entry!.schoolId, municipality: record.municipality ?? entry!.municipality, schoolType: record.schoolType ?? entry!.schoolType };
  });
  return { records: resolved, issues };
}

/**
 * A school known by name alone on two sheets or files (a region's ЕГЭ form, a sheet a year) may be
 * spelt two ways — «…» and "…", «№1» and «№ 1»: the later spelling takes the id of the first one
 * seen on another sheet. On one sheet two spellings stay two schools (the sheet lists them apart).
 * Null when the record is the first of its name, or its sheet already has the name.
 */
function firstSpelling(spellings: Map<string, ResultRecord>, record: ResultRecord): ResultRecord | null {
  const key = `${normalizeSchoolName(record.schoolName!)}\u0000${normalizeSchoolName(record.municipality ?? '')}`;
  const first = spellings.get(key);
  if (first === undefined) {
    spellings.set(key, record);
    return null;
  }
  const sameSheet = first.source.file === record.source.file && first.source.sheet === record.source.sheet;
  return first.schoolId === record.schoolId || sameSheet ? null : first;
}

/** The schools of result records: each id with the names and the municipality its rows give. */
export function schoolDirectory(records: ResultRecord[]): SchoolEntry[] {
  const byId = new Map<string, SchoolEntry>();
  for (const r of records) {
    const entry = byId.get(r.schoolId) ?? { schoolId: r.schoolId, names: [], municipality: r.municipality, schoolType: r.schoolType };
    if (r.schoolName && !entry.names.includes(r.schoolName)) entry.names.push(r.schoolName);
    byId.set(r.schoolId, entry);
  }
  return [...byId.values()];
}

/** The schools of that normalised name: those of the municipality when it tells them apart, else all. */
export function findByName(directory: SchoolEntry[], name: string, municipality: string | null): SchoolEntry[] {
  const wanted = normalizeSchoolName(name);
  const byName = unique(directory.filter((e) => e.names.some((n) => normalizeSchoolName(n) === wanted)));
  const sameMunicipality = byName.filter((e) => municipality !== null && e.municipality !== null && normalizeSchoolName(e.municipality) === normalizeSchoolName(municipality));
  return sameMunicipality.length > 0 ? sameMunicipality : byName;
}

function unique(entries: SchoolEntry[]): SchoolEntry[] {
  return [...new Map(entries.map((e) => [e.schoolId, e])).values()];
}

function issue(record: ResultRecord, code: 'name-matched' | 'name-ambiguous', params: Record<string, string>): Issue {
  return { file: record.source.file, sheet: record.source.sheet, row: record.source.row, column: null, code, params };
}
