/**
 * The January monitoring end to end on the demo district: `shnor template facts` writes the
 * workbook with a row per school of the programme's group (the list in force in 2025 is made from
 * 2024: DM-09 and DM-20; the ШНСУ of the profile: DM-09 and DM-23 — fixtures/demo/EXPECTED.md),
 * people fill it, `shnor targets` reads it. The template and the command run in-process (writing
 * the template's file: test/e2e/template.test.ts).
 * A bad workbook gets an issue naming the sheet, row and column of each bad cell.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { factsTemplate } from '../../src/app/facts-template.js';
import { renderProgrammeTemplate } from '../../src/report/templates/programme-template.js';
import { ROOT, STACK_LINE, tempDir } from './files.js';
import { runCommand, runCommandJson, runWith } from './run.js';

const DEMO = join(ROOT, 'fixtures/demo/district.xlsx');
const PROFILE = join(ROOT, 'fixtures/demo/schools-profile.xlsx');

interface TargetsJson {
  year: number;
  programme: { id: string; title: string };
  indicators: { id: string; plan: unknown; fact: unknown; numerator: number | null; denominator: number | null; status: string; note: string; evidence: string | null }[];
  issues: { sheet: string | null; row: number | null; column: string | null; code: string; message: string }[];
}

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** Puts a value under a header on the row whose first cell is `key`. */
function fill(sheet: ExcelJS.Worksheet, key: string, header: string, value: string | number): void {
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const column = headers.indexOf(header);
  if (column < 1) throw new Error(`no column ${header}`);
  sheet.eachRow((row) => {
    if (String(row.getCell(1).value) === key) row.getCell(column).value = value;
  });
}

describe('shnor template facts → shnor targets', () => {
  let dir: string;
  let facts: string;
  beforeAll(async () => {
    dir = await tempDir();
    facts = join(dir, 'monitoring.xlsx');
    const result = await runWith({}, (config, env) => factsTemplate({ inputs: [DEMO], profile: PROFILE, config }, env));
    expect(result.code, result.stderr).toBe(0);
    await writeFile(facts, result.value!);
  });

  it('the workbook: municipal indicators (with their links), a row per ШНОР of the list in force and per ШНСУ, a notes sheet', async () => {
    const book = await readBook(facts);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Муниципальные показатели', 'Школы', 'Пояснения']);
    const municipal = book.getWorksheet('Муниципальные показатели')!;
    expect((municipal.getRow(1).values as unknown[]).slice(1)).toEqual(['№', 'Показатель', 'План', 'Значение (да/нет или %)', 'Числитель', 'Знаменатель', 'Ссылка на документ', 'Примечание']);
    expect(municipal.getRow(2).getCell(1).value).toBe('1.1');
    expect(String(municipal.getRow(2).getCell(7).value)).toMatch(/^http/);
    const schools = book.getWorksheet('Школы')!;
    const ids: string[] = [];
    schools.eachRow((row, n) => n > 1 && ids.push(String(row.getCell(1).value)));
    expect(ids).toEqual(['DM-09', 'DM-20', 'DM-23']);
    expect([2, 3, 4].map((n) => schools.getRow(n).getCell(3).value)).toEqual(['ШНОР и ШНСУ', 'ШНОР', 'ШНСУ']);
  });

  it('filled in: 1.1 «да» met; 1.3 — 1 of 2 ШНОР with a school programme = 50% ≥ 30% met; 5.10 — 2 of 4 maths teachers = 50% < 100%', async () => {
    const book = await readBook(facts);
    const municipal = book.getWorksheet('Муниципальные показатели')!;
    fill(municipal, '1.1', 'Значение (да/нет или %)', 'да');
    const schools = book.getWorksheet('Школы')!;
    const programme = 'Разработана школьная программа повышения качества образования (ШППКО)';
    fill(schools, 'DM-09', programme, 'да');
    fill(schools, 'DM-20', programme, 'нет');
    for (const [id, total, iom] of [['DM-09', 3, 1], ['DM-20', 1, 1]] as const) {
      fill(schools, id, 'Учителей математики', total);
      fill(schools, id, 'Учителей математики, реализующих ИОМ', iom);
    }
    const filled = join(dir, 'filled.xlsx');
    await book.xlsx.writeFile(filled);
    const { result, json } = await runCommandJson<TargetsJson>('targets', { inputs: [DEMO], profile: PROFILE, facts: filled });
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2025);
    expect(json.programme.id).toBe('pirov-mppko-2022');
    const byId = new Map(json.indicators.map((i) => [i.id, i]));
    expect(byId.get('1.1')).toMatchObject({ plan: true, fact: true, status: 'met' });
    expect(byId.get('1.3')).toMatchObject({ plan: 30, fact: 50, numerator: 1, denominator: 2, status: 'met' });
    expect(byId.get('5.10')).toMatchObject({ plan: 100, fact: 50, numerator: 2, denominator: 4, status: 'notMet' });
    expect(byId.get('1.2')).toMatchObject({ fact: null, status: 'noData' });
    // no problem in the facts; only 2025 outside the programme's 2022–2024
    expect(json.issues.map((i) => i.code)).toEqual(['programme-outside-period']);
  });

  it('a bad workbook: unknown school, a share over 100%, «да» misspelt, a column not in the programme — each named by its cell; --strict exits 2', async () => {
    const book = await readBook(facts);
    const schools = book.getWorksheet('Школы')!;
    const unknownRow = schools.addRow(['XX-99', 'Несуществующая школа', 'ШНОР']).number;
    const misspelt = schools.getRow(1).cellCount + 1;
    schools.getRow(1).getCell(misspelt).value = 'Учителей матиматики';
    fill(schools, 'DM-09', 'Учителей математики', 3);
    fill(schools, 'DM-09', 'Учителей математики, реализующих ИОМ', 5);
    fill(schools, 'DM-20', 'Разработана школьная программа повышения качества образования (ШППКО)', 'дп');
    fill(book.getWorksheet('Муниципальные показатели')!, '6.5', 'Значение (да/нет или %)', 140);
    const bad = join(dir, 'bad.xlsx');
    await book.xlsx.writeFile(bad);
    const { result, json } = await runCommandJson<TargetsJson>('targets', { inputs: [DEMO], facts: bad });
    expect(result.code, result.stderr).toBe(0);
    const issues = json.issues.map(({ sheet, row, column, code }) => ({ sheet, row, column, code }));
    expect(issues).toEqual(expect.arrayContaining([
      { sheet: 'Школы', row: unknownRow, column: 'Код ОО', code: 'facts-unknown-school' },
      { sheet: 'Школы', row: 2, column: 'Учителей математики, реализующих ИОМ', code: 'count-exceeds-total' },
      { sheet: 'Школы', row: 3, column: 'Разработана школьная программа повышения качества образования (ШППКО)', code: 'bad-yes-no' },
      { sheet: 'Муниципальные показатели', row: expect.any(Number), column: 'Значение (да/нет или %)', code: 'share-out-of-range' },
      { sheet: 'Школы', row: 1, column: 'Учителей матиматики', code: 'unknown-column' },
    ]));
    expect(result.stderr).toContain('«дп»');
    const strict = await runCommand('targets', { inputs: [DEMO], facts: bad, strict: true });
    expect(strict.code).toBe(2);
    expect(strict.stderr).not.toMatch(STACK_LINE);
  });

  it('2024/2025 уч. г. is outside МППКО 2022–2024: a warning on stderr, in the JSON issues and at the head of the output; 2024 is not', async () => {
    const warning = 'целевые показатели: 2024/2025 уч. г. — вне срока программы (2022–2024 годы)';
    const outside = await runCommandJson<TargetsJson>('targets', { inputs: [DEMO] });
    expect(outside.result.code, outside.result.stderr).toBe(0);
    expect(outside.result.stderr).toContain(warning);
    expect(outside.json.issues.filter((i) => i.code === 'programme-outside-period')).toHaveLength(1);
    const screen = await runCommand('targets', { inputs: [DEMO] });
    expect(screen.stdout).toContain('2024/2025 уч. г. — вне срока программы (2022–2024 годы): факт сравнивается с последним планом');
    const inside = await runCommand('targets', { inputs: [DEMO], year: 2024 });
    expect(inside.code, inside.stderr).toBe(0);
    expect(inside.stderr).not.toContain('вне срока программы');
    expect(inside.stdout).not.toContain('вне срока программы');
  });

  it('dynamics says it beside its targets 8.1–8.8, with the --programme file named', async () => {
    const file = join(dir, 'period.json');
    await writeFile(file, renderProgrammeTemplate()); // period 2025–2026
    const own = await runCommand('dynamics', { inputs: [DEMO], programme: file, year: 2024 });
    expect(own.code, own.stderr).toBe(0);
    expect(own.stderr).toContain(`${file}: целевые показатели: 2023/2024 уч. г. — вне срока программы (2025–2026 годы)`);
    const shipped = await runCommand('dynamics', { inputs: [DEMO] }, { lang: 'en' });
    expect(shipped.stdout).toContain('2024/2025 is outside the programme\'s period (2022–2024)');
  });

  it('shnor template programme writes a programme that --programme loads', async () => {
    const file = join(dir, 'programme.json');
    await writeFile(file, renderProgrammeTemplate());
    const { result, json } = await runCommandJson<TargetsJson>('targets', { inputs: [DEMO], programme: file });
    expect(result.code, result.stderr).toBe(0);
    expect(json.indicators.map((i) => i.id)).toEqual(['1.1', '1.2', '1.3', '8.1']);
  });
});
