/**
 * `shnor inspect` on the real exports in ../shared/real-exports: exit 0 whatever it makes of a
 * file, and for every sheet the row it takes for the header — the header it read, or, where no
 * layout reads the sheet, the row most like one. Layouts for some of these files are being added:
 * the test checks the row and its cells, which stay the same whether the sheet is read or not.
 * Rows worked out by opening each file: the header is row 1 everywhere but in the Забайкальский
 * край ЕГЭ workbook, whose two-row header stands in rows 6–7 under a title (row 2) and the region's
 * name (row 4).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runJson } from '../e2e/run-cli.js';

const DIR = '../shared/real-exports';

interface Sheet {
  sheet: string | null;
  headerRow: number | null;
  columns: { header: string }[];
  diagnosis: { row: number } | null;
}
interface Inspected {
  files: { file: string; error: unknown; sheets: Sheet[] }[];
}

let inspected: Inspected;
const sheetsOf = (name: string) => {
  const file = inspected.files.find((f) => f.file === `${DIR}/${name}`);
  if (!file) throw new Error(`${name} not inspected; files: ${inspected.files.map((f) => f.file).join(', ')}`);
  expect(file.error).toBeNull();
  return file.sheets;
};
const rowOf = (sheet: Sheet) => sheet.headerRow ?? sheet.diagnosis?.row ?? null;
const cellsOf = (sheet: Sheet) => sheet.columns.map((c) => c.header);

describe('shnor inspect on the real exports', () => {
  beforeAll(async () => {
    const { result, json } = await runJson<Inspected>(['inspect', DIR, '--format', 'json'], { timeoutMs: 180_000 });
    expect(result.code, result.stderr).toBe(0);
    inspected = json;
  }, 200_000);

  it('the region\'s school list: row 1, «логин | имя | регион»', () => {
    const [sheet] = sheetsOf('altai-school-logins.xlsx');
    expect(rowOf(sheet!)).toBe(1);
    expect(cellsOf(sheet!)).toEqual(['логин', 'имя', 'регион']);
  });

  it('the per-pupil ФИС ОКО export: row 1, from «логин школы» to the task scores', () => {
    const [sheet] = sheetsOf('Проведение работы по математике, 5 класс. ВПР 2021.xlsx');
    expect(rowOf(sheet!)).toBe(1);
    expect(cellsOf(sheet!).slice(0, 3)).toEqual(['логин школы', 'регион', 'номер обучающегося']);
    expect(cellsOf(sheet!)).toContain('всего баллов');
    expect(cellsOf(sheet!)).toContain('балл за 16');
  });

  it('the protocol form: read as pupils\' results, it names no procedure — inspect says which flag gives it', () => {
    // «altai-vpr2022-ma5-protocol-form»: the year 2022 is in the name, the work («ma5») is not written as a procedure
    const file = inspected.files.find((f) => f.file === `${DIR}/altai-vpr2022-ma5-protocol-form.xlsx`)!;
    expect(file.error).toMatchObject({ code: 'procedure-unknown', sheet: 'Протокол', row: 1 });
    expect((file.error as { message: string }).message).toContain('--procedure');
  });

  it('the protocol form as a school fills it: both sheets at row 1, from «Код»', () => {
    const sheets = sheetsOf('vpr-protocol-form-subtasks.xlsx');
    expect(sheets.map((s) => [s.sheet, rowOf(s), cellsOf(s)[0]]).sort()).toEqual([['Протокол', 1, 'Код'], ['Протокол_2', 1, 'Код']]);
  });

  it('the task description and the objectivity list: row 1', () => {
    const [tasks] = sheetsOf('altai-vpr2021-ma5-task-description.xlsx');
    expect(rowOf(tasks!)).toBe(1);
    expect(cellsOf(tasks!).slice(0, 2)).toEqual(['№ по КИМу', '№']);
    const [markers] = sheetsOf('dagestan-objectivity-markers.xlsx');
    expect(rowOf(markers!)).toBe(1);
    expect(cellsOf(markers!)).toEqual(['Год', 'Логин', 'Муниципалитет', 'ОО', '4 РУ', '4 МА', '5 РУ', '5 МА', 'Количество маркеров']);
  });

  it('the regional ЕГЭ workbook: each year\'s sheet at row 6 or 7, its two-row header', () => {
    const sheets = sheetsOf('zabaikalsky-ege-by-school-2022-2024.xlsx');
    expect(sheets.map((s) => s.sheet).sort()).toEqual(['2022', '2023', '2024']);
    for (const sheet of sheets) expect([6, 7]).toContain(rowOf(sheet));
  });

  it('the conversion scales: row 1, «year | procedure | min3 …»', () => {
    const [sheet] = sheetsOf('vpr-scales-2021.csv');
    expect(rowOf(sheet!)).toBe(1);
    expect(cellsOf(sheet!).slice(0, 3)).toEqual(['year', 'procedure', 'min3']);
  });
});
