/**
 * objectivity: signs of non-objective ВПР results from ФИС ОКО per-pupil exports — the ВПР mark
 * against the journal mark and the distribution of primary scores, per school (and class), against
 * the municipality and the region of the same files.
 */
import type { Config } from '../config/schema.js';
import type { ObjectivityList } from '../model/markers.js';
import type { PupilWork } from '../model/pupil-marks.js';
import { InputError, UsageError } from '../errors.js';
import type { SchoolEntry } from '../io/identity.js';
import { loadMarkers, matchMarkersToSchools } from '../io/markers.js';
import { loadPupilMarks } from '../io/pupil-marks.js';
import { STDIN_NAME } from '../io/source.js';
import { loadResults } from '../io/load.js';
import { hasHeader } from '../io/read-table.js';
import { messagesOf } from '../messages/index.js';
import { compareIssues, type Issue } from '../model/issues.js';
import { compareProcedures, parseProcedure } from '../model/procedures.js';
import type { ResultRecord } from '../model/records.js';
import type { Scale } from '../model/scales.js';
import { objectivityDocument, type ObjectivityReport } from '../report/objectivity/document.js';
import type { PupilObjectivityInput } from '../report/yearly/pupil-objectivity-section.js';
import { compareWithMarkers } from '../rules/markers-agreement.js';
import { analyseObjectivity, withOgeSigns } from '../rules/pupil-objectivity.js';
import type { FailingResult, VprOgeLimits } from '../rules/vpr-oge-sign.js';
import type { AppEnv, RunResult } from './env.js';
import { gateIssues, requireResults } from './gate.js';
import { knownIds, readScales } from './inputs.js';

export interface ObjectivityRun {
  inputs: string[];
  config: Config;
  school?: string[];
  by?: 'class';
  scales?: string;
  procedure?: string;
  year?: number;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  strict?: boolean;
  /** The official list of schools with signs of non-objective results, shown beside the computed signs. */
  markers?: string;
}

export async function runObjectivity(options: ObjectivityRun, env: AppEnv): Promise<RunResult<ObjectivityReport>> {
  const scales = await readScales(options.scales);
  const loaded = await loadPupilMarks(options.inputs, {
    scales: scales.scales, procedure: options.procedure, year: options.year ?? null, encoding: options.encoding, delimiter: options.delimiter,
    sheet: options.sheet, stdin: env.stdin, skipOthers: true,
  });
  // standard input cannot be read a second time; without a per-pupil file there is nothing to analyse
  const unreadable = loaded.works.length === 0 ? loaded.others[0] : loaded.others.find((file) => file === STDIN_NAME);
  if (unreadable !== undefined) throw new InputError('no-pupil-marks-header', { file: unreadable, sheet: null });
  const markers = options.markers === undefined ? null : await readMarkersFor(options.markers, loaded.works, options);
  const years = [...new Set(loaded.works.map((w) => w.year))].sort((a, b) => a - b);
  if (options.year !== undefined && !years.includes(options.year)) {
    throw new UsageError('bad-option', { option: '--year', value: String(options.year), expected: messagesOf(env.lang).help.objectivityYears(years.join(', ')) });
  }
  const oge = await readOgeResults(loaded.others, years.filter((y) => options.year === undefined || y === options.year), scales.scales, options, env);
  const issues = gateIssues([...scales.issues, ...loaded.issues, ...oge.issues, ...(markers?.issues ?? [])].sort(compareIssues), options.strict, env);
  const vprOge = { vprLowPct: options.config.check.objectivityVprLowPct, threshold: options.config.classify.threshold };
  const by = options.by ?? 'school';
  const known = [...new Set(loaded.works.flatMap((w) => w.groups.map((g) => g.schoolId)))];
  const wanted = options.school ? new Set(knownIds(options.school, known, env.lang)) : null;
  const works = loaded.works
    .filter((work) => options.year === undefined || work.year === options.year)
    .sort((a, b) => a.year - b.year || compareProcedures(a.procedure, b.procedure))
    // the references are the whole files' before the schools asked for are picked
    .map((work) => withOgeSigns(analyseObjectivity(work, by), oge.results, vprOge))
    .map((work) => (wanted ? { ...work, groups: work.groups.filter((g) => wanted.has(g.schoolId)) } : work));
  requireResults(works.reduce((n, w) => n + w.groups.length, 0));
  const agreements = markers === null ? null : works.map((work) => compareWithMarkers(work, markers.list));
  const report: ObjectivityReport = { works, by, issues, agreements, vprOge };
  return { document: objectivityDocument(report, env.lang), data: report, issues, exitCode: 0 };
}

/**
 * The ОГЭ results of the same years among the inputs that are no per-pupil export, read with the
 * results loader (the per-pupil files are not read again); a file without any, or no table of
 * results at all, is a note and not used.
 */
async function readOgeResults(files: string[], years: number[], scales: Scale[], options: ObjectivityRun, env: AppEnv): Promise<{ results: ResultRecord[]; issues: Issue[] }> {
  if (files.length === 0) return { results: [], issues: [] };
  const { encoding, delimiter, sheet, config } = options;
  const loaded = await loadResults(files, {
    encoding, delimiter, sheet, year: options.year ?? null, minScores: config.minScores, scales, maxParticipants: config.read.maxParticipants, stdin: env.stdin,
    // a file that is no results table either (a list of schools beside the exports) is a note, as among results
    allowUnread: true,
  });
  const results = loaded.records.filter((r) => parseProcedure(r.procedure)?.kind === 'OGE' && years.includes(r.year));
  const used = new Set(results.map((r) => r.source.file));
  const unused: Issue[] = loaded.files
    .filter((f) => hasHeader(f) && !used.has(f.file))
    .map((f) => ({ file: f.file, sheet: null, row: null, column: null, code: 'no-oge-results', params: { years: years.map((y) => `${y - 1}/${y}`).join(', ') } }));
  return { results, issues: [...loaded.issues, ...unused] };
}

/** The --markers list tied to the schools of the exports (by login, else by name within the municipality). */
async function readMarkersFor(file: string, works: PupilWork[], options: ObjectivityRun): Promise<{ list: ObjectivityList; issues: Issue[] }> {
  const read = await loadMarkers(file, { encoding: options.encoding, delimiter: options.delimiter, year: options.year ?? null });
  const schools = new Map<string, SchoolEntry>();
  for (const group of works.flatMap((w) => w.groups)) {
    const entry = schools.get(group.schoolId) ?? { schoolId: group.schoolId, names: [], municipality: group.municipality, schoolType: null };
    if (group.schoolName !== null && !entry.names.includes(group.schoolName)) entry.names.push(group.schoolName);
    schools.set(group.schoolId, entry);
  }
  const matched = matchMarkersToSchools(read.list, [...schools.values()]);
  return { list: matched.list, issues: [...read.issues, ...matched.issues] };
}

export interface YearObjectivityOptions {
  scales?: string;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
}

/**
 * report --objectivity: the works of year `year` in the per-pupil exports among `files`, analysed per
 * school (against the whole files' region; the sign of a ВПР far better than the school's ОГЭ from
 * `oge`, the report's own results), beside the official list when there is one. Files that
 * are no such export are left out, with a note when named for this (`own`): the report's own inputs
 * are mostly results of other kinds.
 */
export async function objectivityOfYear(
  files: string[], own: boolean, year: number, markers: ObjectivityList | null, options: YearObjectivityOptions,
  oge: { results: readonly FailingResult[]; limits: VprOgeLimits },
): Promise<{ input: PupilObjectivityInput; issues: Issue[] }> {
  const scales = await readScales(options.scales);
  const loaded = await loadPupilMarks(files, { scales: scales.scales, year: null, encoding: options.encoding, delimiter: options.delimiter, sheet: options.sheet, skipOthers: true });
  const works = loaded.works
    .filter((work) => work.year === year)
    .sort((a, b) => compareProcedures(a.procedure, b.procedure))
    .map((work) => analyseObjectivity(work, 'school'))
    .map((work) => withOgeSigns(work, oge.results, oge.limits));
  const skipped = own ? loaded.others.map((file): Issue => ({ file, sheet: null, row: null, column: null, code: 'not-pupil-marks', params: {} })) : [];
  return {
    input: { works, agreements: markers === null ? null : works.map((work) => compareWithMarkers(work, markers)), vprOge: oge.limits },
    issues: [...scales.issues, ...loaded.issues, ...skipped],
  };
}
