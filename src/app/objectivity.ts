/**
 * objectivity: signs of non-objective ВПР results from ФИС ОКО per-pupil exports — the ВПР mark
 * against the journal mark and the distribution of primary scores, per school (and class), against
 * the municipality and the region of the same files.
 */
import type { Config } from '../config/schema.js';
import type { ObjectivityList } from '../model/markers.js';
import type { PupilWork } from '../model/pupil-marks.js';
import { UsageError } from '../errors.js';
import type { SchoolEntry } from '../io/identity.js';
import { loadMarkers, matchMarkersToSchools } from '../io/markers.js';
import { loadPupilMarks } from '../io/pupil-marks.js';
import { messagesOf } from '../messages/index.js';
import { compareIssues, type Issue } from '../model/issues.js';
import { compareProcedures } from '../model/procedures.js';
import { objectivityDocument, type ObjectivityReport } from '../report/objectivity/document.js';
import type { PupilObjectivityInput } from '../report/yearly/pupil-objectivity-section.js';
import { compareWithMarkers } from '../rules/markers-agreement.js';
import { analyseObjectivity } from '../rules/pupil-objectivity.js';
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
    sheet: options.sheet, stdin: env.stdin,
  });
  const markers = options.markers === undefined ? null : await readMarkersFor(options.markers, loaded.works, options);
  const issues = gateIssues([...scales.issues, ...loaded.issues, ...(markers?.issues ?? [])].sort(compareIssues), options.strict, env);
  const years = [...new Set(loaded.works.map((w) => w.year))].sort((a, b) => a - b);
  if (options.year !== undefined && !years.includes(options.year)) {
    throw new UsageError('bad-option', { option: '--year', value: String(options.year), expected: messagesOf(env.lang).help.objectivityYears(years.join(', ')) });
  }
  const by = options.by ?? 'school';
  const known = [...new Set(loaded.works.flatMap((w) => w.groups.map((g) => g.schoolId)))];
  const wanted = options.school ? new Set(knownIds(options.school, known, env.lang)) : null;
  const works = loaded.works
    .filter((work) => options.year === undefined || work.year === options.year)
    .sort((a, b) => a.year - b.year || compareProcedures(a.procedure, b.procedure))
    // the references are the whole files' before the schools asked for are picked
    .map((work) => analyseObjectivity(work, by))
    .map((work) => (wanted ? { ...work, groups: work.groups.filter((g) => wanted.has(g.schoolId)) } : work));
  requireResults(works.reduce((n, w) => n + w.groups.length, 0));
  const agreements = markers === null ? null : works.map((work) => compareWithMarkers(work, markers.list));
  const report: ObjectivityReport = { works, by, issues, agreements };
  return { document: objectivityDocument(report, env.lang), data: report, issues, exitCode: 0 };
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
 * school (against the whole files' region), beside the official list when there is one. Files that
 * are no such export are left out, with a note when named for this (`own`): the report's own inputs
 * are mostly results of other kinds.
 */
export async function objectivityOfYear(
  files: string[], own: boolean, year: number, markers: ObjectivityList | null, options: YearObjectivityOptions,
): Promise<{ input: PupilObjectivityInput; issues: Issue[] }> {
  const scales = await readScales(options.scales);
  const loaded = await loadPupilMarks(files, { scales: scales.scales, year: null, encoding: options.encoding, delimiter: options.delimiter, sheet: options.sheet, skipOthers: true });
  const works = loaded.works
    .filter((work) => work.year === year)
    .sort((a, b) => compareProcedures(a.procedure, b.procedure))
    .map((work) => analyseObjectivity(work, 'school'));
  const skipped = own ? loaded.others.map((file): Issue => ({ file, sheet: null, row: null, column: null, code: 'not-pupil-marks', params: {} })) : [];
  return { input: { works, agreements: markers === null ? null : works.map((work) => compareWithMarkers(work, markers)) }, issues: [...scales.issues, ...loaded.issues, ...skipped] };
}
