/** Input problems on stderr: the first few in full, then a count (all of them are in JSON/XLSX). */
import { getLang } from '../messages/index.js';
import { isWarning, type Issue } from '../model/issues.js';
import { issueLine } from '../report/issue-text.js';

const SHOWN = 15;

export function printIssues(issues: Issue[]): void {
  const ordered = [...issues.filter((i) => !isWarning(i)), ...issues.filter(isWarning)];
  const lines = ordered.slice(0, SHOWN).map((issue) => `  ${issueLine(issue, getLang())}`);
  if (ordered.length > SHOWN) lines.push(`  … (+${ordered.length - SHOWN})`);
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
}
