/** The world of a use case run from the command line: process.stdin, issues on stderr, --rejects written. */
import type { AppEnv } from '../app/env.js';
import { getLang } from '../messages/index.js';
import { compareIssues, type Issue } from '../model/issues.js';
import { renderCsv } from '../report/to/csv.js';
import { formatForPath } from '../report/to/index.js';
import { dataSheets } from '../report/to/xlsx-sheets.js';
import { issueTable } from '../report/table-model.js';
import { printIssues } from './issues-out.js';
import { writeOutputFile } from './output.js';

export function cliEnv(): AppEnv {
  return { lang: getLang(), cwd: process.cwd(), stdin: process.stdin, issues: printIssues, rejects: writeRejects };
}

/** --rejects FILE: every row left out (every total row skipped, every sheet and file left unread), with its place and reason. */
async function writeRejects(path: string, left: Issue[]): Promise<void> {
  const table = issueTable([...left].sort(compareIssues), getLang());
  await writeOutputFile(path, formatForPath(path) === 'xlsx' ? await dataSheets([table]) : renderCsv(table, true), '--rejects');
}
