/** What several commands share: reading the results with the common flags, and the FIOKO method. */
import type { Command } from 'commander';
import type { BranchMap } from '../model/branches.js';
import { compareIssues, isLeftOut } from '../model/issues.js';
import { foldId } from '../model/text.js';
import { loadSchools } from '../io/schools.js';
import { loadScales } from '../io/scales.js';
import { combineScales, type Scale } from '../model/scales.js';
import { renderCsv } from '../report/renderers/csv.js';
import { formatForPath } from '../report/renderers/index.js';
import { renderXlsx } from '../report/renderers/xlsx.js';
import { issueTable } from '../report/table-model.js';
import { writeOutputFile } from './output.js';
import { UsageError } from '../errors.js';
import type { Config } from '../config/schema.js';
import { loadResults, type LoadOptions, type LoadResult } from '../io/load.js';
import { loadProfile, type ProfileLoad } from '../io/profile.js';
import { loadMarkers, matchMarkers, type MarkersLoad } from '../io/markers.js';
import { loadReference } from '../io/reference.js';
import type { SchoolEntry } from '../io/identity.js';
import type { Issue } from '../model/issues.js';
import { msg } from '../messages/index.js';
import { selectProcedures } from '../model/procedure-sets.js';
import type { SchoolProfile } from '../model/profile.js';
import type { ResultRecord } from '../model/records.js';
import type { ReferenceValue } from '../model/reference.js';
import type { ClassifyOptions } from '../rules/fioko.js';
import { resolveProcedureSpec, type ReadingOptions, type ReferenceOptions } from './options.js';

export async function readResults(
  inputs: string[], flags: ReadingOptions, config: Config, more: Pick<LoadOptions, 'allowUnread'> = {},
): Promise<LoadResult & { schools: SchoolEntry[] }> {
  const list = flags.schools ? await loadSchools(flags.schools) : { schools: [], issues: [] };
  const scales = await readScales(flags.scales);
  const loaded = await loadResults(inputs, {
    layout: flags.layout, encoding: flags.encoding, delimiter: flags.delimiter, sheet: flags.sheet,
    year: flags.year ?? null, procedure: flags.procedure, minScores: config.minScores, scales: scales.scales, maxParticipants: config.read.maxParticipants, stdin: process.stdin, schools: list.schools, ...more,
  });
  const result = { ...loaded, issues: [...list.issues, ...scales.issues, ...loaded.issues], files: loaded.files, schools: list.schools };
  if (flags.rejects) await writeRejects(flags.rejects, result);
  return result;
}

/** --rejects FILE: every row left out (every total row skipped, every sheet and file left unread), with its place and reason. */
async function writeRejects(path: string, loaded: LoadResult): Promise<void> {
  const left = loaded.issues.filter(isLeftOut).sort(compareIssues);
  const table = issueTable(left);
  await writeOutputFile(path, formatForPath(path) === 'xlsx' ? await renderXlsx([table]) : renderCsv(table, true), '--rejects');
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

/** The --markers list tied to the schools of the results (by login, else by name); null without the flag. */
export async function readMarkers(
  file: string | undefined, flags: ReadingOptions, loaded: { records: ResultRecord[]; schools: SchoolEntry[] },
): Promise<MarkersLoad | null> {
  if (file === undefined) return null;
  const read = await loadMarkers(file, { encoding: flags.encoding, delimiter: flags.delimiter, year: flags.year ?? null });
  const matched = matchMarkers(read.list, loaded.records, loaded.schools);
  return { list: matched.list, issues: [...read.issues, ...matched.issues] };
}

/**
 * The reference values: the --reference file's first, then those the results carry (a ФИС ОКО
 * export's region and municipality rows) where the file has no value for that procedure, year
 * and municipality — the district lookup keys on those three, so the file's value always wins.
 */
export async function readReference(flags: ReferenceOptions, fromResults: ReferenceValue[] = []): Promise<{ values: ReferenceValue[]; issues: Issue[] }> {
  const explicit = flags.reference ? await loadReference(flags.reference, { level: flags.referenceLevel ?? 'district' }) : { values: [], issues: [] };
  return { values: mergeReferences(explicit.values, fromResults), issues: explicit.issues };
}

/** `first` in full, then each of `more` whose procedure, year and municipality none before it has. */
export function mergeReferences(first: ReferenceValue[], more: ReferenceValue[]): ReferenceValue[] {
  const key = (v: ReferenceValue) => `${v.procedure}|${v.year}|${v.municipality ?? ''}`;
  const taken = new Set(first.map(key));
  const merged = [...first];
  for (const value of more) {
    if (taken.has(key(value))) continue;
    taken.add(key(value));
    merged.push(value);
  }
  return merged;
}

/** A profile row whose school has no results: reported, not used. */
export function unknownSchool(profile: SchoolProfile): Issue {
  const { file, sheet, row } = profile.source;
  return { file, sheet, row, column: null, code: 'unknown-school', params: { school: profile.schoolId } };
}

/** The target year: --year, else the latest year in the data. */
export function targetYear(flags: ReadingOptions, records: ResultRecord[]): number {
  return flags.year ?? records.reduce((latest, r) => Math.max(latest, r.year), 0);
}

export function classifyOptions(settings: Config['classify'], year: number): ClassifyOptions {
  return {
    year,
    threshold: settings.threshold,
    sameProcedure: settings.sameProcedure,
    selection: selectProcedures(resolveProcedureSpec(settings.procedures)),
    minParticipants: settings.minParticipants,
    smallSample: settings.smallSample,
  };
}

/** The «Примеры» block and the exit codes under a command's help. */
export function addExamples(command: Command, examples: string[]): Command {
  const h = msg().help;
  return command.addHelpText('after', `\n${h.examples}\n${examples.map((e) => `  ${e}`).join('\n')}\n\n${h.exitCodes}\n`);
}

/**
 * The --school ids as the data spells them (case aside); an id not in the data is a usage error,
 * and so is a branch listed under its legal entity (--schools parent_id): the error names the entity.
 */
export function knownIds(wanted: string[], known: string[], branches: BranchMap = new Map()): string[] {
  return wanted.map((id) => {
    const found = sameId(id, known);
    if (found) return found;
    const branch = sameId(id, [...branches.keys()]);
    const expected = branch ? msg().help.schoolIsBranch(branches.get(branch)!) : msg().help.expectedSchool(known.slice(0, 3).join(', '));
    throw new UsageError('bad-option', { option: '--school', value: id, expected });
  });
}

function sameId(id: string, ids: string[]): string | undefined {
  return ids.find((k) => k === id) ?? ids.find((k) => foldId(k) === foldId(id));
}

/** Said once wherever ШНСУ show: no profile to decide them, or only its «ШНСУ» column. */
export function shnsuNote(profileGiven: boolean, isbshBelow: number | null): string | null {
  const s = msg().targets.shnsu;
  if (!profileGiven) return s.noProfile;
  return isbshBelow === null ? s.thresholdUnset : null;
}
