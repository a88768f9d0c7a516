/**
 * School codes and names that are markup, a path or a formula, through every command's renderers,
 * run in-process: Markdown passes no HTML, CSV neutralises formulas and keeps the rest, XLSX keeps
 * the text as it is. Through `report` and its folder: test/e2e/hostile-output.test.ts.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, workbookFrom } from './files.js';
import { LINK, LIVE, PATH_CODE, PATH_NAME, RESULTS, SCHOOLS, SCRIPT_CODE, SCRIPT_NAME, tagsOf, withoutCode } from './hostile.js';
import { runCommand, type CommandName, type CommandOptions } from './run.js';

describe('hostile codes and names through the other commands', () => {
  // the file's name is markup too: it shows in every issue line (the row 21/20 below is one)
  const FILE = '<img src=x onerror=alert(3)>.csv';
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeFile(join(dir, FILE), `${RESULTS}\n<b>bad</b>,Школа,2025,VPR-MA-5,20,21\n`);
    await writeFile(join(dir, 'draft.csv'), 'Код ОО;Наименование ОО\n<b>нет такой</b>;<script>alert(4)</script>\n');
  });

  // recommend and targets list no input problems, so show no file name
  for (const [command, named, more] of [
    ['classify', 'named', {}], ['score', 'named', {}], ['cluster', 'named', {}], ['dynamics', 'named', {}], ['recommend', '', {}], ['check', '', { list: 'draft.csv' }],
    ['targets', '', {}], ['inspect', 'named', {}],
  ] as [CommandName, string, Partial<CommandOptions<CommandName>>][]) {
    it(`${command} --format md: no HTML but line breaks`, async () => {
      const result = await runCommand(command, { inputs: [FILE], ...more }, { cwd: dir, format: 'md' });
      expect([0, 1], result.stderr).toContain(result.code);
      if (named) expect(result.stdout).toContain('&lt;img src=x onerror=alert(3)&gt;.csv');
      if (command === 'check') expect(result.stdout).toContain('&lt;b&gt;нет такой&lt;/b&gt; — &lt;script&gt;alert(4)&lt;/script&gt;');
      expect(withoutCode(result.stdout)).not.toMatch(LIVE);
      expect(withoutCode(result.stdout)).not.toMatch(LINK);
      for (const tag of tagsOf(result.stdout)) expect(tag).toBe('br');
    });
  }

  it('classify --format md: the codes and names escaped in their cells', async () => {
    const result = await runCommand('classify', { inputs: [FILE] }, { cwd: dir, format: 'md' });
    const rows = result.stdout.split('\n').filter((line) => line.startsWith('| '));
    expect(rows.some((r) => r.startsWith('| x"&gt;&lt;img src=x onerror=alert(1)&gt;&lt;b a=" | Школа &lt;/table&gt;&lt;b&gt;жирная&lt;/b&gt; \\| труба &amp; Co |'))).toBe(true);
    expect(rows.some((r) => r.startsWith('| a/../../../../victim-dir/logo | &lt;script&gt;alert(2)&lt;/script&gt; |'))).toBe(true);
  });

  it('classify --format csv: formulas neutralised with «\'», everything else as it is', async () => {
    const result = await runCommand('classify', { inputs: [FILE] }, { cwd: dir, format: 'csv' });
    expect(result.code, result.stderr).toBe(0);
    const rows = Papa.parse<string[]>(result.stdout, { skipEmptyLines: true }).data;
    const cells = rows.slice(1).map((r) => [r[0], r[1]]);
    expect(cells).toEqual(expect.arrayContaining([[SCRIPT_CODE, SCRIPT_NAME], [PATH_CODE, PATH_NAME], ["'=1+2", "'@SUM(A1)"]]));
  });

  it('classify --format xlsx: every code and name stored as it is, a string, never a formula', async () => {
    const result = await runCommand('classify', { inputs: [FILE] }, { cwd: dir, format: 'xlsx' });
    expect(result.code, result.stderr).toBe(0);
    const workbook = await workbookFrom(result.stdoutBytes);
    const sheet = workbook.worksheets[0]!;
    const cells: [unknown, unknown][] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
      cells.push([row.getCell(1).value, row.getCell(2).value]);
    });
    expect(cells).toEqual(expect.arrayContaining(SCHOOLS));
  });
});
