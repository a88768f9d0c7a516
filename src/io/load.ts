/**
 * Reads every results input (files, folders, «-» for stdin) into checked result records plus
 * the issues found on the way. A file where no sheet has a header (a school list, a task map
 * beside the results) is skipped with a note naming it, as long as another file has one; when
 * none has, the run stops with the error naming them.
 */
import { extname } from 'node:path';
import { InputError, ShnorError, UsageError } from '../errors.js';
import type { BranchMap } from '../model/branches.js';
import type { Issue } from '../model/issues.js';
import { GraduateTracker, type GraduateRecord } from '../model/graduates.js';
import type { ResultRecord, SourceRef } from '../model/records.js';
import type { ReferenceValue } from '../model/reference.js';
import type { Scale } from '../model/scales.js';
import { settleBranches } from './branches.js';
import { resolveIdentities, type SchoolEntry } from './identity.js';
import { matchHeader } from './layouts/index.js';
import type { LayoutName } from './layouts/types.js';
import { mergeDuplicates } from './merge.js';
import type { ReadOptions } from './readers/types.js';
import { candidateParams, hasHeader, noHeaderError, noteSheetsWithoutHeader, scanTableFile, type FileOutcome, type TableFileOptions } from './read-table.js';
import { expandInputs } from './source.js';
import type { SheetOutcome } from './table-sink.js';

export interface LoadOptions extends ReadOptions {
  layout?: LayoutName;
  /** The data year for tables without a year column (--year). */
  year: number | null;
  /** The procedure of a table that does not name it (--procedure). */
  procedure?: string;
  minScores: Record<string, number>;
  /** The conversion scales of per-pupil exports (the shipped ones, with --scales before them). */
  scales?: readonly Scale[];
  /** The most pupils a school's result may count (config read.maxParticipants). */
  maxParticipants?: number;
  stdin?: NodeJS.ReadableStream;
  /** The --schools list that settles identity across files naming schools differently. */
  schools?: SchoolEntry[];
  /** `shnor inspect`: no file with a header is no error, each file is described instead. */
  allowUnread?: boolean;
}

export interface LoadResult {
  records: ResultRecord[];
  /** ЕГЭ graduates per school and year, where per-pupil rows had a student_id. */
  graduates: GraduateRecord[];
  /** Reference values the tables carry: the region and municipality rows of a ФИС ОКО export. */
  references: ReferenceValue[];
  issues: Issue[];
  /** Every file read, those skipped for want of a header included. */
  files: FileOutcome[];
  /** The branch links of the --schools list that passed the checks (empty without a list). */
  branches: BranchMap;
  /** The rows whose result was merged into an equal repeat's (used, so neither a record's source nor left out). */
  merged: SourceRef[];
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
    noHeaderCode: 'no-header' as const,
    noHeaderParams: { layout: options.layout ?? '' },
  };
  const unread: FileOutcome[] = [];
  for (const input of paths) {
    const outcome = await scanResultsFile(input, tableOptions, records, issues);
    files.push(outcome);
    if (hasHeader(outcome)) noteSheetsWithoutHeader(outcome, issues);
    else unread.push(outcome);
  }
  if (unread.length === files.length && !options.allowUnread) throw unreadError(unread, tableOptions);
  for (const outcome of unread) issues.push(skippedFile(outcome));
  const identified = resolveIdentities(records, options.schools ?? []);
  const merged = mergeDuplicates(identified.records);
  const branches = settleBranches(options.schools ?? [], merged.records);
  return {
    records: merged.records, graduates: graduates.records(), references, files, branches: branches.branches, merged: merged.merged,
    issues: [...issues, ...identified.issues, ...merged.issues, ...branches.issues],
  };
}

/** A results file as read; an empty one (0 bytes) is a file without a header, not yet an error. */
async function scanResultsFile(input: string, options: TableFileOptions<ResultRecord>, records: ResultRecord[], issues: Issue[]): Promise<FileOutcome> {
  try {
    return await scanTableFile(input, options, records, issues);
  } catch (error) {
    if (!(error instanceof InputError && error.code === 'empty-file')) throw error;
    return { file: error.location?.file ?? input, format: extname(input).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv', sheets: [] };
  }
}

/** One file alone: its own error, as ever; several: one error naming them all. */
function unreadError(unread: FileOutcome[], options: TableFileOptions<ResultRecord>): ShnorError {
  if (unread.length === 1) return noHeaderError(unread[0]!, options);
  return new ShnorError(2, 'no-header-in-files', { files: unread.map((f) => f.file).join('\n'), ...options.noHeaderParams });
}

/** The note on a file left unread: where it looked most like a header (the best row of its sheets). */
function skippedFile(outcome: FileOutcome): Issue {
  let best: SheetOutcome | null = null;
  for (const sheet of outcome.sheets) {
    if (sheet.candidate !== null && (best === null || sheet.candidate.words > best.candidate!.words)) best = sheet;
  }
  return { file: outcome.file, sheet: best?.sheet ?? null, row: null, column: null, code: 'file-without-header', params: candidateParams(best?.candidate ?? null) };
}

export type { FileOutcome };
