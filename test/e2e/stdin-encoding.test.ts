/**
 * Standard input («-») of the built CLI: a CSV, a Windows-1251 table, a workbook, nothing. A
 * Windows-1251 file as Russian Excel saves it: test/app/cp1251.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cp1251, csv, ROOT, runCli, runJson, school, sortedLow, sortLow, STACK_LINE } from './run-cli.js';

const LONG = csv([
  ['school_id', 'year', 'procedure', 'participants', 'fail_count'],
  ['a', 2021, 'VPR-MA-5', 10, 4], //  40% → low
  ['a', 2021, 'OGE-RU', 20, 6], //    6/20 = 30% → low → A
  ['b', 2021, 'VPR-MA-5', 10, 2], //  20% → not low
  ['b', 2020, 'VPR-MA-5', 10, 5], //  2020: 50% → low, but nothing low in 2021 → not flagged
]);

describe('standard input', () => {
  it('cat file.csv | shnor classify - --format json', async () => {
    const { result, json } = await runJson(['classify', '-', '--format', 'json'], { input: LONG });
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2021);
    expect(json.issues).toEqual([]);
    const a = school(json, 'a');
    expect(a.flagged).toBe(true);
    expect(a.criteria).toEqual(['A']);
    expect(sortedLow(a)).toEqual(
      sortLow([
        { year: 2021, procedure: 'VPR-MA-5', participants: 10, failed: 4, failShare: 40 },
        { year: 2021, procedure: 'OGE-RU', participants: 20, failed: 6, failShare: 30 },
      ]),
    );
    const b = school(json, 'b');
    expect(b.flagged).toBe(false);
    expect(b.lowResults).toEqual([{ year: 2020, procedure: 'VPR-MA-5', participants: 10, failed: 5, failShare: 50 }]);
  });

  it('a Windows-1251 «;» table through stdin', async () => {
    const bytes = cp1251(csv([['Код ОО', 'Процедура', 'Год', 'Кол-во участников', '«2»'], ['1', 'ВПР Математика 5 кл.', '2020/2021', 10, 3], ['1', 'ВПР Математика 6 кл.', '2020/2021', 10, 3]], ';', '\r\n'));
    const { result, json } = await runJson(['classify', '-', '--format', 'json'], { input: bytes });
    expect(result.code, result.stderr).toBe(0);
    // 3/10 = 30% twice → 2 low → A
    expect(school(json, '1').criteria).toEqual(['A']);
  });

  it('empty standard input → exit 2 naming it, no stack', async () => {
    const result = await runCli(['classify', '-', '--format', 'json'], { input: '' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/stdin/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('a workbook on standard input is read as the file is: the 8 schools of fixtures/demo/EXPECTED.md for 2025', async () => {
    const workbook = await readFile(join(ROOT, 'fixtures', 'demo', 'district.xlsx'));
    const { result, json } = await runJson(['classify', '-', '--format', 'json'], { input: workbook });
    expect(result.code).toBe(0);
    const flagged = (json as { schools: { schoolId: string; flagged: boolean }[] }).schools.filter((s) => s.flagged).map((s) => s.schoolId);
    expect(flagged).toEqual(['DM-03', 'DM-05', 'DM-07', 'DM-09', 'DM-11', 'DM-12', 'DM-14', 'DM-27']);
  });

  it('row issues from stdin name «<stdin>» as the file', async () => {
    const input = csv([
      ['school_id', 'year', 'procedure', 'participants', 'fail_count'],
      ['a', 2021, 'VPR-MA-5', 10, 4],
      ['a', 2021, 'VPR-RU-5', 10, 11], // row 3: 11 > 10
    ]);
    const { result, json } = await runJson(['classify', '-', '--format', 'json'], { input });
    expect(result.code, result.stderr).toBe(0);
    expect(json.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'fail_count', code: 'fail-exceeds-participants' },
    ]);
    expect(json.issues[0]!.file).toMatch(/stdin/);
    expect(result.stderr).toMatch(/строка 3\b/);
  });
});
