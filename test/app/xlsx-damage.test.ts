/**
 * A damaged workbook through the commands, run in-process: exit 2 naming the file, never exit 0
 * with part of it or with nothing — `check --list` on a damaged results file fails where the intact
 * file gives exit 1, so a CI gate cannot pass on it. And a workbook beyond a limit names the config
 * key that raises it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sheetXml, workbookParts, zip, type ZipEntry } from '../io/xlsx-parts.js';
import { csv, STACK_LINE, tempDir, writeIn } from './files.js';
import { runCommand } from './run.js';

const SHEET = 'xl/worksheets/sheet1.xml';

function inline(ref: string, value: string | number): string {
  return typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
}

/** S1 low twice (50%, 40%): on the FIOKO list; the draft below names S2 instead (exit 1). 300 filler rows of S3 make the sheet long enough to damage. */
const TABLE: (string | number)[][] = [
  ['school_id', 'year', 'procedure', 'participants', 'fail_count'],
  ['S1', 2021, 'VPR-MA-5', 20, 10],
  ['S1', 2021, 'OGE-MA', 30, 12],
  ['S2', 2021, 'VPR-MA-5', 20, 2],
  ...Array.from({ length: 300 }, (_, i) => ['S3', 2021, i % 2 === 0 ? 'VPR-RU-5' : 'OGE-RU', 20 + (i % 7), 1]),
];
const ROWS = TABLE.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => inline(`${'ABCDE'[c]}${r + 1}`, v)).join('')}</row>`).join('');

function parts(): ZipEntry[] {
  return workbookParts({ sheets: [{ name: 'Результаты', rows: ROWS }] });
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await writeIn(dir, 'draft.csv', csv([['Код ОО'], ['S2']]));
  await writeFile(join(dir, 'intact.xlsx'), zip(parts()).bytes);
  const damaged = zip(parts());
  const { start, length } = damaged.data.get(SHEET)!;
  damaged.bytes.fill(0x5a, start + Math.floor(length / 2), start + Math.floor(length / 2) + 64);
  await writeFile(join(dir, 'damaged.xlsx'), damaged.bytes);
  const xml = sheetXml(ROWS);
  const half = xml.slice(0, xml.indexOf('</row>', xml.length / 2) + '</row>'.length);
  await writeFile(join(dir, 'half.xlsx'), zip(parts().map((p) => (p.name === SHEET ? { ...p, data: half } : p))).bytes);
});

function expectExit2(result: { code: number | null; stderr: string; stdout: string }, ...mentions: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).not.toMatch(STACK_LINE);
  for (const text of mentions) expect(result.stderr).toContain(text);
}

describe('damaged workbooks end in exit 2 naming the file', () => {
  it('check --list: the intact workbook exits 1 (S1 missing, S2 extra), the damaged one 2, not 0', async () => {
    expect((await runCommand('check', { inputs: ['intact.xlsx'], list: 'draft.csv' }, { cwd: dir })).code).toBe(1);
    const result = await runCommand('check', { inputs: ['damaged.xlsx'], list: 'draft.csv' }, { cwd: dir });
    expectExit2(result, 'damaged.xlsx', SHEET);
    expect(result.stdout).toBe('');
  });

  it('a sheet whose XML is cut after half its rows: exit 2, not half the rows, even without --strict', async () => {
    const result = await runCommand('classify', { inputs: ['half.xlsx'] }, { cwd: dir });
    expectExit2(result, 'half.xlsx', 'книга повреждена', SHEET);
    expect(result.stdout).toBe('');
  });

  it('a limit from the config: exit 2 naming the key that raises it', async () => {
    await writeIn(dir, 'small.json', JSON.stringify({ read: { xlsxMaxExpandedMiB: 0.01 } }));
    const result = await runCommand('classify', { inputs: ['intact.xlsx'] }, { cwd: dir, config: 'small.json' });
    expectExit2(result, 'intact.xlsx', 'read.xlsxMaxExpandedMiB');
  });
});
