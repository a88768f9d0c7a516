/**
 * Reads every results input (files, folders, «-» for stdin) into checked result records plus
 * the issues found on the way.
 */
import { UsageError } from '../errors.js';
import type { BranchMap } from '../model/branches.js';
import type { Issue } from '../model/issues.js';
import { GraduateTracker, type GraduateRecord } from '../model/graduates.js';
import type { ResultRecord } from '../model/records.js';
import type { ReferenceValue } from '../model/reference.js';
import type { Scale } from '../model/scales.js';
import { settleBranches } from './branches.js';
import { resolveIdentities, type SchoolEntry } from './identity.js';
import { matchHeader } from './layouts/index.js';
import type { LayoutName } from './layouts/types.js';
import { mergeDuplicates } from './merge.js';
import type { ReadOptions } from './readers/types.js';
import { readTableFile, type FileOutcome } from './read-table.js';
import { expandInputs } from './source.js';

export interface LoadOptions extends ReadOptions {
  layout?: LayoutName;
  /** The data year for tables without a year column (--year). */
  year: number | null;
  /** The procedure of a table that does not name it (--procedure). */
  procedure?: string;
  minScores: Record<string, number>;
  /** The conversion scales of per-pupil exports (the shipped ones, with --scales before them). */
  scales?: readonly Scale[];
  stdin?: NodeJS.ReadableStream;
  /** The --schools list that settles identity across files naming schools differently. */
  schools?: SchoolEntry[];
}

export interface LoadResult {
  records: ResultRecord[];
  /** ЕГЭ graduates per school and year, where per-pupil rows had a student_id. */
  graduates: GraduateRecord[];
  /** Reference values the tables carry: the region and municipality rows of a ФИС ОКО export. */
  references: ReferenceValue[];
  issues: Issue[];
  files: FileOutcome[];
  /** The branch links of the --schools list that passed the checks (empty without a list). */
  branches: BranchMap;
}

export async function loadResults(inputs: string[], options: LoadOptions): Promise<LoadResult> {
  const records: ResultRecord[] = [];
  const issues: Issue[] = [];
  const files: FileOutcome[] = [];
  const paths = await expandInputs(inputs);
  if (paths.length === 0) throw new UsageError('no-input-files', { inputs: inputs.join(', ') });
  const graduates = new GraduateTracker();
  const references: ReferenceValue[] = [];
  const tableOptions = {
    ...options,
    graduates,
    references,
    match: (headers: string[], titles?: string[]) => matchHeader(headers, options.layout, titles),
    noHeaderCode: 'no-header',
    noHeaderParams: { layout: options.layout ?? '' },
  };
  for (const input of paths) files.push(await readTableFile(input, tableOptions, records, issues));
  const identified = resolveIdentities(records, options.schools ?? []);
  const merged = mergeDuplicates(identified.records);
  const branches = settleBranches(options.schools ?? [], merged.records);
  return {
    records: merged.records, graduates: graduates.records(), references, files, branches: branches.branches,
    issues: [...issues, ...identified.issues, ...merged.issues, ...branches.issues],
  };
}

export type { FileOutcome };
