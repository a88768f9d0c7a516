/**
 * A large CSV protocol read on several threads: the file in parts of about 2 MiB, which this
 * thread and the workers take one after another, then the parts' records merged in file order
 * and their rows renumbered as the file's. At any doubt — a quote in a later part, parts that
 * disagree on the header, a worker that fails, bad bytes in a later part (the file's first few
 * are named, the rest counted: a count across parts) — this gives up (null) and the caller reads
 * the file whole, so a result never depends on the split.
 */
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { planCsvParts, rowShifts, type CsvParts } from '../csv-parts.js';
import type { Issue } from '../../model/issues.js';
import type { TaskResultRecord } from '../../model/tasks.js';
import type { FileOutcome } from '../read-table.js';
import { csvFormat } from '../readers/csv.js';
import { detectFormat, openSource } from '../source.js';
import type { TaskFileReadOptions } from './file-options.js';
import { mergeParts } from './merge-parts.js';
import { readPart, type PartJob, type PartResult } from './read-part.js';

export interface ParallelOptions {
  /** Threads to read one file with; 1 reads every file whole. */
  threads: number;
  /** Files smaller than this are read whole: a worker costs its start-up. */
  fromBytes: number;
}

export interface PartsRead {
  records: TaskResultRecord[];
  issues: Issue[];
  file: FileOutcome;
}

const WORKER = new URL('./part-worker.js', import.meta.url);
/** Parts of about this size: small enough that the threads finish together, whichever starts late. */
const PART_BYTES = 2 * 2 ** 20;
/** Issues a read names a few times per file, then counts. */
const PER_FILE = new Set<string>(['replaced-bytes', 'replaced-bytes-more']);

export async function readInParts(input: string, options: TaskFileReadOptions, parallel: ParallelOptions): Promise<PartsRead | null> {
  if (input === '-' || parallel.threads < 2) return null;
  // opened first: a file that is missing or unreadable gets the input error of any read
  const source = await openSource(input);
  const size = (await stat(input)).size;
  if (size < parallel.fromBytes || detectFormat(source) !== 'csv') return null;
  const count = Math.max(parallel.threads, Math.ceil(size / PART_BYTES));
  const parts = await planCsvParts(input, size, source.head, csvFormat(source, options), count);
  if (parts === null) return null;
  const jobs: PartJob[] = parts.ranges.map((_, index) => ({ name: source.name, path: input, head: source.head, parts, index, options }));
  const results = await readAll(jobs, parallel.threads - 1);
  return results === null ? null : combine(results, parts);
}

/**
 * Every part read by this thread and `workers` worker threads, each taking the next part as it
 * finishes one; null when any part failed (the whole read will then report it).
 */
async function readAll(jobs: PartJob[], workers: number): Promise<PartResult[] | null> {
  const results: (PartResult | null)[] = [];
  let next = 0;
  const take = () => (results.includes(null) || next >= jobs.length ? null : jobs[next++]!);
  const here = async () => {
    for (let job = take(); job !== null; job = take()) results[job.index] = await readPart(job).catch(() => null);
  };
  const pool = Array.from({ length: Math.min(workers, jobs.length - 1) }, () => inWorker(take, results));
  await Promise.all([here(), ...pool]);
  return results.length === jobs.length && !results.includes(null) ? (results as PartResult[]) : null;
}

/** A worker thread reading parts until none is left; a failure of any kind stores null for its part. */
function inWorker(take: () => PartJob | null, results: (PartResult | null)[]): Promise<void> {
  return new Promise((done) => {
    const worker = new Worker(WORKER);
    let current: PartJob | null = null;
    const give = () => {
      current = take();
      if (current === null) void worker.terminate();
      else worker.postMessage(current);
    };
    worker.on('message', (message: PartResult | { error: string }) => {
      results[current!.index] = 'error' in message ? null : message;
      give();
    });
    worker.once('error', () => {
      if (current !== null) results[current.index] = null;
    });
    worker.once('exit', () => {
      if (current !== null && results[current.index] === undefined) results[current.index] = null;
      done();
    });
    give();
  });
}

/** The parts as one file, or null when they do not add up to one read of it. */
function combine(results: PartResult[], parts: CsvParts): PartsRead | null {
  const sheet = results[0]!.file.sheets[0];
  const agree = results.every((r, i) => {
    const own = r.file.sheets[0];
    const counted = i > 0 && r.issues.some((issue) => PER_FILE.has(issue.code));
    return !r.counts.quoted && !counted && own?.layout === 'task-protocol' && own.headerRow === sheet?.headerRow;
  });
  if (sheet?.headerRow == null || sheet.headerRow > parts.preamble.rows || !agree) return null;
  const shifts = rowShifts(parts, results.map((r) => r.counts));
  const issues = results.flatMap((r, i) => (i === 0 ? r.issues : laterIssues(r.issues, parts, shifts[i]!)));
  const records = mergeParts(results.map((r, i) => r.records.map((record) => ({ ...record, source: { ...record.source, row: record.source.row + shifts[i]! } }))));
  return { records, issues, file: { ...results[0]!.file, sheets: [{ ...sheet, records: records.length }] } };
}

/** A later part's issues in the file's rows; those of its preamble (the header's) are the first part's too. */
function laterIssues(issues: Issue[], parts: CsvParts, shift: number): Issue[] {
  return issues.flatMap((issue) => (issue.row === null || issue.row <= parts.preamble.rows ? [] : [{ ...issue, row: issue.row + shift }]));
}
