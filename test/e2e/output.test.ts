/**
 * Writing the output with -o, through the built CLI: the format from the extension, nothing on
 * stdout; -o never overwrites an input; files are written atomically. What each format holds is
 * rendered in-process: test/app/output-formats.test.ts.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { IDS, INPUT } from '../app/formula-ids.js';
import { listDir, runCli, STACK_LINE, tempDir, writeIn } from './run-cli.js';

describe('-o', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'in.csv', INPUT);
  });

  it('-o list.xlsx, -o out.csv, --excel -o excel.csv: nothing on stdout, the format from the extension, no temp file left', async () => {
    for (const [name, extra] of [['list.xlsx', []], ['out.csv', []], ['excel.csv', ['--excel']]] as const) {
      const result = await runCli(['classify', 'in.csv', '-o', name, ...extra], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'list.xlsx'));
    const ids: string[] = [];
    workbook.worksheets[0]!.eachRow((row, n) => n > 1 && ids.push(String(row.getCell(1).value)));
    expect(ids.sort()).toEqual([...IDS].sort());
    // UTF-8 without BOM and «,»; --excel: a BOM and «;» (the contents: test/app/output-formats.test.ts)
    const plain = await readFile(join(dir, 'out.csv'));
    expect([...plain.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(plain.toString('utf8').split('\n')[0]!.split(',').length).toBeGreaterThan(3);
    const excel = await readFile(join(dir, 'excel.csv'));
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.toString('utf8').split('\n')[0]!.split(';').length).toBeGreaterThan(3);
    expect((await listDir(dir)).filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
  });

  it('-o pointing at the input → exit 2, input unchanged, no temp file', async () => {
    const before = await readFile(join(dir, 'in.csv'));
    const filesBefore = await listDir(dir);
    for (const target of ['in.csv', './in.csv', join(dir, 'in.csv')]) {
      const result = await runCli(['classify', 'in.csv', '-o', target], { cwd: dir });
      expect(result.code, target).toBe(2);
      expect(result.stderr).toContain(target);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(await readFile(join(dir, 'in.csv'))).toEqual(before);
    }
    // the same file named with a different format (-o in.csv --format json)
    const result = await runCli(['classify', 'in.csv', '--format', 'json', '-o', 'in.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(await readFile(join(dir, 'in.csv'))).toEqual(before);
    expect(await listDir(dir)).toEqual(filesBefore);
  });

  it('-o pointing at a file read from an input folder → exit 2, that file unchanged', async () => {
    const root = await tempDir();
    const folder = join(root, 'results');
    await mkdir(folder);
    await writeFile(join(folder, 'in.csv'), INPUT);
    const before = await readFile(join(folder, 'in.csv'));
    // `classify results/` reads results/in.csv; writing the list over it would destroy the input
    const result = await runCli(['classify', 'results', '-o', join('results', 'in.csv')], { cwd: root });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(await readFile(join(folder, 'in.csv'))).toEqual(before);
    expect(await listDir(folder)).toEqual(['in.csv']);
  });

  it('writes atomically: an existing output is replaced whole, no temp files are left', async () => {
    const out = await tempDir();
    await writeFile(join(out, 'in.csv'), INPUT);
    await writeFile(join(out, 'report.json'), 'old content that is longer than nothing');
    for (const [name, extra] of [
      ['report.json', []],
      ['report.xlsx', []],
      ['report.csv', ['--excel']],
      ['report.md', []],
    ] as const) {
      const result = await runCli(['classify', 'in.csv', '-o', name, ...extra], { cwd: out });
      expect(result.code, `${name}: ${result.stderr}`).toBe(0);
    }
    const json = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { schools: unknown[] };
    expect(json.schools).toHaveLength(5);
    expect(await listDir(out)).toEqual(['in.csv', 'report.csv', 'report.json', 'report.md', 'report.xlsx']);
  });

  it('-o into a folder that does not exist → exit 2 naming the path, no stack', async () => {
    const result = await runCli(['classify', 'in.csv', '-o', 'no-such-dir/out.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-dir/out.csv');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
