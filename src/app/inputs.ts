/**
 * Reading what the commands read — results with the common options, the conversion scales, the
 * profile, the reference values, the --markers list — and the FIOKO method they share.
 */
import type { Config } from '../config/schema.js';
import { UsageError } from '../errors.js';
import type { SchoolEntry } from '../io/identity.js';
import { loadResults, type LoadOptions, type LoadResult } from '../io/load.js';
import { loadMarkers, matchMarkers, type MarkersLoad } from '../io/markers.js';
import { loadProfile, type ProfileLoad } from '../io/profile.js';
import { loadReference, mergeReferences } from '../io/reference.js';
import { loadScales } from '../io/scales.js';
import { loadSchools } from '../io/schools.js';
import { messagesOf, type Lang } from '../messages/index.js';
import type { BranchMap } from '../model/branches.js';
import { isLeftOut, type Issue } from '../model/issues.js';
import { selectProcedures } from '../model/procedure-sets.js';
import type { SchoolProfile } from '../model/profile.js';
import type { ProgrammePeriod } from '../model/programme.js';
import type { ResultRecord } from '../model/records.js';
import type { ReferenceValue } from '../model/reference.js';
import { combineScales, type Scale } from '../model/scales.js';
import { foldId } from '../model/text.js';
import type { ClassifyOptions } from '../rules/fioko.js';
import type { AppEnv } from './env.js';
import { resolveProcedureSpec, type ReadingOptions, type ReferenceOptions } from './options.js';

type Results = LoadResult & { schools: SchoolEntry[] };

/** The results of the inputs with the reading options; --rejects written as soon as they are read. */
export async function readResults(
  inputs: string[], options: ReadingOptions, config: Config, env: AppEnv, more: Pick<LoadOptions, 'allowUnread'> = {},
): Promise<Results> {
  const list = options.schools ? await loadSchools(options.schools) : { schools: [], issues: [] };
  const scales = await readScales(options.scales);
  const loaded = await loadResults(inputs, {
    layout: options.layout, encoding: options.encoding, delimiter: options.delimiter, sheet: options.sheet,
    year: options.year ?? null, procedure: options.procedure, minScores: config.minScores, scales: scales.scales,
    maxParticipants: config.read.maxParticipants, stdin: env.stdin, schools: list.schools, ...more,
  });
  const result = { ...loaded, issues: [...list.issues, ...scales.issues, ...loaded.issues], files: loaded.files, schools: list.schools };
  if (options.rejects) await env.rejects(options.rejects, result.issues.filter(isLeftOut));
  return result;
}

/** The shipped conversion scales, with those of --scales FILE before them. */
export async function readScales(file: string | undefined): Promise<{ scales: Scale[]; issues: Issue[] }> {
  if (!file) return { scales: combineScales([]), issues: [] };
  const own = await loadScales(file);
  return { scales: combineScales(own.scales), issues: own.issues };
}

export function readProfile(file: string | undefined): Promise<ProfileLoad> {
  return file ? loadProfile(file, {}) : Promise.resolve({ profiles: [], issues: [] });
}

/** The --markers list tied to the schools of the results (by login, else by name); null without one. */
export async function readMarkers(
  file: string | undefined, options: ReadingOptions, loaded: { records: ResultRecord[]; schools: SchoolEntry[] },
): Promise<MarkersLoad | null> {
  if (file === undefined) return null;
  const read = await loadMarkers(file, { encoding: options.encoding, delimiter: options.delimiter, year: options.year ?? null });
  const matched = matchMarkers(read.list, loaded.records, loaded.schools);
  return { list: matched.list, issues: [...read.issues, ...matched.issues] };
}

/**
 * The reference values: the --reference file's first, then those the results carry (a ФИС ОКО
 * export's region and municipality rows) where the file has no value for that procedure, year
 * and municipality — the district lookup keys on those three, so the file's value always wins.
 */
export async function readReference(options: ReferenceOptions, fromResults: ReferenceValue[] = []): Promise<{ values: ReferenceValue[]; issues: Issue[] }> {
  const explicit = options.reference ? await loadReference(options.reference, { level: options.referenceLevel ?? 'district' }) : { values: [], issues: [] };
  return { values: mergeReferences(explicit.values, fromResults), issues: explicit.issues };
}

/**
 * The target year outside the programme's period, told with the input problems (never judged by
 * --strict, like a section of the справка without data); named by the --programme file when one was given.
 */
export function tellOutsidePeriod(period: ProgrammePeriod | null, year: number, file: string | undefined, env: AppEnv): Issue[] {
  if (period === null) return [];
  const issues: Issue[] = [{ file: file ?? '', sheet: null, row: null, column: null, code: 'programme-outside-period', params: { year, from: period.from, to: period.to } }];
  env.issues(issues);
  return issues;
}

/** The profile rows whose school has no results: reported, not used. */
export function unknownSchools(profiles: SchoolProfile[], records: ResultRecord[]): Issue[] {
  const known = new Set(records.map((r) => r.schoolId));
  return profiles.filter((p) => !known.has(p.schoolId)).map(({ schoolId, source: { file, sheet, row } }) => ({
    file, sheet, row, column: null, code: 'unknown-school', params: { school: schoolId },
  }));
}

/** The target year: --year, else the latest year in the data; a --year the data does not hold is a usage error naming those it does. */
export function targetYear(year: number | undefined, records: ResultRecord[]): number {
  return yearInData(year, records.map((r) => r.year)) ?? records.reduce((latest, r) => Math.max(latest, r.year), 0);
}

/** --year as given when the data has it (undefined when not given); else exit 2 with the years present. */
export function yearInData(year: number | undefined, present: Iterable<number>): number | undefined {
  const years = [...new Set(present)].sort((a, b) => a - b);
  if (year === undefined || years.includes(year) || years.length === 0) return year;
  throw new UsageError('year-not-in-data', { year, years });
}

export function classifyOptions(settings: Config['classify'], year: number, lang: Lang): ClassifyOptions {
  return {
    year,
    threshold: settings.threshold,
    sameProcedure: settings.sameProcedure,
    selection: selectProcedures(resolveProcedureSpec(settings.procedures, lang)),
    minParticipants: settings.minParticipants,
    smallSample: settings.smallSample,
  };
}

/**
 * The --school ids as the data spells them (case aside); an id not in the data is a usage error,
 * and so is a branch listed under its legal entity (--schools parent_id): the error names the entity.
 */
export function knownIds(wanted: string[], known: string[], lang: Lang, branches: BranchMap = new Map()): string[] {
  const { help } = messagesOf(lang);
  return wanted.map((id) => {
    const found = sameId(id, known);
    if (found) return found;
    const branch = sameId(id, [...branches.keys()]);
    const expected = branch ? help.schoolIsBranch(branches.get(branch)!) : help.expectedSchool(known.slice(0, 3).join(', '));
    throw new UsageError('bad-option', { option: '--school', value: id, expected });
  });
}

function sameId(id: string, ids: string[]): string | undefined {
  return ids.find((k) => k === id) ?? ids.find((k) => foldId(k) === foldId(id));
}

/** Said once wherever ШНСУ show: no profile to decide them, or only its «ШНСУ» column. */
export function shnsuNote(profileGiven: boolean, isbshBelow: number | null, lang: Lang): string | null {
  const s = messagesOf(lang).targets.shnsu;
  if (!profileGiven) return s.noProfile;
  return isbshBelow === null ? s.thresholdUnset : null;
}
