/**
 * Bad input: whole-file problems end with exit 2 and a message naming the file (never a stack);
 * row problems are reported with file, sheet, row and column, the rest of the table still used,
 * unless --strict turns them into exit 2. The command runs in-process: the exit code and stderr
 * are those main.ts gives the use case's ShnorError.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { school, type JsonIssue, type JsonReport } from './classify-json.js';
import { csv, STACK_LINE, tempDir, workbookFrom, writeIn } from './files.js';
import { runCommand, runCommandJson, type CommandRun } from './run.js';

function expectCleanFailure(result: CommandRun, ...mentions: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim()).not.toBe('');
  expect(result.stderr).not.toMatch(STACK_LINE);
  for (const text of mentions) expect(result.stderr).toContain(text);
}

const ISSUE_KEYS = ['code', 'column', 'file', 'message', 'row', 'sheet'];

function expectIssueShape(issue: JsonIssue): void {
  expect(Object.keys(issue).sort()).toEqual(ISSUE_KEYS);
  expect(typeof issue.message).toBe('string');
  expect(issue.message.trim()).not.toBe('');
}

describe('whole-file problems → exit 2 naming the file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it('a missing file', async () => {
    expectCleanFailure(await runCommand('classify', { inputs: ['nope.csv'] }, { cwd: dir }), 'nope.csv');
  });

  it('a .xls file (an OLE compound document)', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0)]);
    await writeIn(dir, 'old.xls', ole);
    const result = await runCommand('classify', { inputs: ['old.xls'] }, { cwd: dir });
    expectCleanFailure(result, 'old.xls');
    expect(result.stderr).toMatch(/xlsx/); // tells the user what to save it as
  });

  it('a text file named .xls', async () => {
    await writeIn(dir, 'text.xls', 'school_id,year,procedure,participants,fail_count\n1,2021,VPR-MA-5,10,3\n');
    expectCleanFailure(await runCommand('classify', { inputs: ['text.xls'] }, { cwd: dir }), 'text.xls');
  });

  it('garbage named .xlsx', async () => {
    await writeIn(dir, 'garbage.xlsx', 'this is not a workbook at all\n');
    expectCleanFailure(await runCommand('classify', { inputs: ['garbage.xlsx'] }, { cwd: dir }), 'garbage.xlsx');
  });

  it('a zip signature followed by garbage, named .xlsx', async () => {
    await writeIn(dir, 'truncated.xlsx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 0x41)]));
    expectCleanFailure(await runCommand('classify', { inputs: ['truncated.xlsx'] }, { cwd: dir }), 'truncated.xlsx');
  });

  it('a CSV with no recognisable header', async () => {
    await writeIn(dir, 'noheader.csv', 'foo;bar;baz\n1;2;3\n4;5;6\n');
    expectCleanFailure(await runCommand('classify', { inputs: ['noheader.csv'] }, { cwd: dir }), 'noheader.csv');
  });

  it('an empty file', async () => {
    await writeIn(dir, 'empty.csv', '');
    expectCleanFailure(await runCommand('classify', { inputs: ['empty.csv'] }, { cwd: dir }), 'empty.csv');
  });

  it('--sheet naming a sheet the workbook lacks', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('2021');
    sheet.addRow(['school_id', 'procedure', 'participants', 'fail_count']);
    sheet.addRow(['s1', 'VPR-MA-5', 10, 3]);
    await workbook.xlsx.writeFile(join(dir, 'one-sheet.xlsx'));
    expectCleanFailure(await runCommand('classify', { inputs: ['one-sheet.xlsx'], sheet: 'Лист9' }, { cwd: dir }), 'one-sheet.xlsx', 'Лист9');
  });
});

describe('row problems in a CSV with a title above the header', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(
      dir,
      'problems.csv',
      csv(
        [
          ['Результаты ВПР 2021 года'], //                                    row 1: a title
          [''], //                                                            row 2: blank
          ['school_id', 'year', 'procedure', 'participants', '«2»', '«3»', '«4»', '«5»', '% «2»'], // row 3: header
          ['ok1', 2021, 'VPR-MA-5', 10, 3, 4, 2, 1, ''], //    row 4: 3+4+2+1 = 10 ✓; 3/10 = 30% → low
          ['ok1', 2021, 'VPR-RU-5', 10, 3, 3, 3, 1, 30], //    row 5: sum 10 ✓; 3/10 = 30% agrees with 30 ✓ → low
          ['exceed', 2021, 'VPR-MA-5', 10, 11, '', '', '', ''], // row 6: 11 «2» > 10 participants
          ['marks', 2021, 'VPR-MA-5', 20, 2, 5, 5, 5, ''], //  row 7: 2+5+5+5 = 17 ≠ 20
          ['pct', 2021, 'VPR-MA-5', '', '', '', '', '', 130], // row 8: 130% outside 0–100
          ['neg', 2021, 'VPR-MA-5', 10, -1, '', '', '', ''], // row 9: a negative count
        ],
        ';',
      ),
    );
  });

  it('without --strict: exit 0, each issue with file, sheet, row (header = row 3) and column', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['problems.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    json.issues.forEach(expectIssueShape);
    const found = json.issues.map(({ file, sheet, row, column, code }) => ({ file, sheet, row, column, code }));
    expect(found).toEqual(
      expect.arrayContaining([
        { file: 'problems.csv', sheet: null, row: 6, column: '«2»', code: 'fail-exceeds-participants' },
        { file: 'problems.csv', sheet: null, row: 7, column: '«2»', code: 'marks-do-not-add-up' },
        { file: 'problems.csv', sheet: null, row: 8, column: '% «2»', code: 'share-out-of-range' },
        { file: 'problems.csv', sheet: null, row: 9, column: '«2»', code: 'negative-count' },
      ]),
    );
    expect(found).toHaveLength(4);
    // the good rows are still used: ok1 has two low results in 2021 → A; the bad rows' schools have no result
    expect(json.schools.map((s) => s.schoolId)).toEqual(['ok1']);
    expect(school(json, 'ok1').criteria).toEqual(['A']);
    // stderr names them too
    expect(result.stderr).toContain('problems.csv');
    for (const row of [6, 7, 8, 9]) expect(result.stderr).toMatch(new RegExp(`строка ${row}\\b`));
    expect(result.stderr).toContain('«% «2»»');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('with --strict: exit 2 and nothing on stdout', async () => {
    const result = await runCommand('classify', { inputs: ['problems.csv'], strict: true }, { cwd: dir, format: 'json' });
    expectCleanFailure(result, 'problems.csv', 'строка 6');
  });

  it('-o issues.xlsx: the workbook carries the issues with their rows and columns', async () => {
    const result = await runCommand('classify', { inputs: ['problems.csv'] }, { cwd: dir, format: 'xlsx' });
    expect(result.code, result.stderr).toBe(0);
    const workbook = await workbookFrom(result.stdoutBytes);
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(2);
    const cells: string[][] = [];
    workbook.worksheets.slice(1).forEach((sheet) =>
      sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')))),
    );
    for (const [row, column, code] of [
      ['6', '«2»', 'fail-exceeds-participants'],
      ['7', '«2»', 'marks-do-not-add-up'],
      ['8', '% «2»', 'share-out-of-range'],
      ['9', '«2»', 'negative-count'],
    ]) {
      const line = cells.find((c) => c.includes(code!));
      expect(line, code).toBeDefined();
      expect(line).toContain('problems.csv');
      expect(line).toContain(row);
      expect(line).toContain(column);
    }
  });

  it('issue messages follow --lang en', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['problems.csv'] }, { cwd: dir, lang: 'en' });
    expect(result.code, result.stderr).toBe(0);
    const exceed = json.issues.find((i) => i.code === 'fail-exceeds-participants')!;
    expect(exceed.message).toMatch(/11/);
    expect(exceed.message).not.toMatch(/[а-яё]/i);
    expect(result.stderr).toMatch(/row 6\b/);
  });
});

describe('duplicates', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(
      dir,
      'dup.csv',
      csv([
        ['school_id', 'year', 'procedure', 'participants', 'fail_count'], // row 1
        ['d1', 2021, 'VPR-MA-5', 10, 3], //    row 2: 3/10 = 30% (low)
        ['d1', 2021, 'VPR-MA-5', 10, 4], //    row 3: the same result with other values → both left out
        ['d1', 2021, 'VPR-RU-5', 10, 5], //    row 4: 50% → low; alone it gives 1 low → not flagged
        ['agree', 2021, 'VPR-MA-5', 10, 5], // row 5: 50% → low
        ['agree', 2021, 'VPR-MA-5', 10, 5], // row 6: the same values → merged into one result
        ['agree', 2021, 'VPR-RU-5', 10, 1], // row 7: 10% → not low; so 1 low in all → not flagged
      ]),
    );
  });

  it('both rows of a conflicting duplicate are left out, each with a duplicate-conflict issue; an agreeing one merges silently', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['dup.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    json.issues.forEach(expectIssueShape);
    expect(json.issues).toHaveLength(2); // rows 2 and 3; nothing for «agree»
    for (const [issue, other] of [[json.issues[0]!, 3], [json.issues[1]!, 2]] as const) {
      expect(issue).toMatchObject({ file: 'dup.csv', sheet: null, code: 'duplicate-conflict', row: 5 - other });
      expect(issue.message).toContain('d1');
      // the message names the other occurrence
      expect(issue.message).toMatch(new RegExp(`dup\\.csv\\D{0,12}\\b${other}\\b`));
    }

    // d1: both VPR-MA-5 rows out → only VPR-RU-5 (5/10) is low → 1 low → not flagged
    const d1 = school(json, 'd1');
    expect(d1.flagged).toBe(false);
    expect(d1.lowResults).toEqual([{ year: 2021, procedure: 'VPR-RU-5', participants: 10, failed: 5, failShare: 50 }]);
    // agree: one VPR-MA-5 result (not two) → 1 low → not flagged
    const agree = school(json, 'agree');
    expect(agree.flagged).toBe(false);
    expect(agree.lowResults).toEqual([{ year: 2021, procedure: 'VPR-MA-5', participants: 10, failed: 5, failShare: 50 }]);
  });

  it('--strict turns the conflict into exit 2', async () => {
    expectCleanFailure(await runCommand('classify', { inputs: ['dup.csv'], strict: true }, { cwd: dir, format: 'json' }), 'dup.csv');
  });

  it('an agreeing duplicate alone passes --strict', async () => {
    await writeIn(
      dir,
      'dup-agree.csv',
      csv([
        ['school_id', 'year', 'procedure', 'participants', 'fail_count'],
        ['agree', 2021, 'VPR-MA-5', 10, 5],
        ['agree', 2021, 'VPR-MA-5', 10, 5],
      ]),
    );
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['dup-agree.csv'], strict: true }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.issues).toEqual([]);
    expect(school(json, 'agree').lowResults).toHaveLength(1);
  });
});

describe('row problems in a workbook: the sheet is named', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    const workbook = new ExcelJS.Workbook();
    // The sheet name is the school year: no year column needed.
    const sheet = workbook.addWorksheet('2020-2021');
    sheet.addRow(['Результаты ВПР, 2020-2021 учебный год']); //                   row 1: a title
    sheet.mergeCells('A1:D1');
    sheet.addRow([]); //                                                          row 2: blank
    sheet.addRow(['Код ОО', 'Процедура', 'Кол-во участников', '«2»']); //          row 3: header
    sheet.addRow(['s1', 'ВПР Математика 5 кл.', 10, 3]); //                        row 4: 3/10 = 30% → low
    sheet.addRow(['s1', 'ВПР Русский язык 5 кл.', 12, 4]); //                      row 5: 4/12 = 33.33% → low
    sheet.addRow(['s2', 'ВПР Математика 5 кл.', 10, 12]); //                       row 6: 12 > 10
    sheet.addRow(['s3', 'ВПР Математика 5 кл.', 10, 'много']); //                  row 7: not a number
    await workbook.xlsx.writeFile(join(dir, 'vpr.xlsx'));
  });

  it('exit 0; issues carry the sheet, the row as Excel shows it and the column header', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['vpr.xlsx'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2021);
    json.issues.forEach(expectIssueShape);
    const found = json.issues.map(({ file, sheet, row, column, code }) => ({ file, sheet, row, column, code }));
    expect(found).toEqual([
      { file: 'vpr.xlsx', sheet: '2020-2021', row: 6, column: '«2»', code: 'fail-exceeds-participants' },
      { file: 'vpr.xlsx', sheet: '2020-2021', row: 7, column: '«2»', code: 'bad-number' },
    ]);
    const s1 = school(json, 's1');
    expect(s1.criteria).toEqual(['A']);
    expect(s1.lowResults).toEqual(
      expect.arrayContaining([
        { year: 2021, procedure: 'VPR-MA-5', participants: 10, failed: 3, failShare: 30 },
        { year: 2021, procedure: 'VPR-RU-5', participants: 12, failed: 4, failShare: 33.33 }, // 4/12 = 33.33%
      ]),
    );
    expect(result.stderr).toContain('vpr.xlsx');
    expect(result.stderr).toContain('2020-2021');
    expect(result.stderr).toMatch(/строка 6\b/);
    expect(result.stderr).toMatch(/строка 7\b/);
    expect(result.stderr).toContain('««2»»');
  });

  it('--strict → exit 2 naming file, sheet and row', async () => {
    expectCleanFailure(await runCommand('classify', { inputs: ['vpr.xlsx'], strict: true }, { cwd: dir }), 'vpr.xlsx', '2020-2021', 'строка 6');
  });
});
