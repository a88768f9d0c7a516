/**
 * One part of a protocol file read in parts (csv-parts.ts), on whichever thread reads it: its
 * records and issues with rows numbered from the top of its preamble, and what it counted of its
 * bytes. Everything here crosses to and from a worker as plain data.
 */
import type { PartCounts, CsvParts } from '../csv-parts.js';
import { partSource } from '../csv-parts.js';
import type { Issue } from '../../model/issues.js';
import type { TaskResultRecord } from '../../model/tasks.js';
import { readTableSource, type FileOutcome } from '../read-table.js';
import { taskTableOptions, type TaskFileReadOptions } from './file-options.js';

export interface PartJob {
  name: string;
  path: string;
  head: Uint8Array;
  parts: CsvParts;
  index: number;
  options: TaskFileReadOptions;
}

export interface PartResult {
  records: TaskResultRecord[];
  issues: Issue[];
  file: FileOutcome;
  counts: PartCounts;
}

export async function readPart(job: PartJob): Promise<PartResult> {
  const { source, counts } = partSource({ name: job.name, path: job.path, head: Buffer.from(job.head) }, job.parts, job.index);
  const preambleRows = job.index === 0 ? undefined : job.parts.preamble.rows;
  const records: TaskResultRecord[] = [];
  const issues: Issue[] = [];
  const file = await readTableSource(source, taskTableOptions({ ...job.options, preambleRows }), records, issues);
  return { records, issues, file, counts };
}
