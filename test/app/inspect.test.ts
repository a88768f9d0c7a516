/** shnor inspect, run in-process: what it sees in a file, and a reproduction that reads the same without guessing. */
import { describe, expect, it } from 'vitest';
import { cp1251, csv, tempDir, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

interface Need { code: string; met: boolean; columns: string[]; text: string }
interface Inspected {
  files: { file: string; format: string | null; encoding: string | null; delimiter: string | null; reproduce: string | null; readable: boolean;
    error: { code: string; message: string } | null;
    sheets: { sheet: string | null; headerRow: number | null; layout: string | null; records: number; rejected: number; merged: number; procedures: string[]; years: number[];
      columns: { header: string; field: string | null }[];
      diagnosis: { row: number; nearest: string; layouts: { layout: string; recognised: number; unmet: number; verdict: string; needs: Need[] }[] } | null }[] }[];
}

describe('shnor inspect', () => {
  it('names the encoding, delimiter, header row, layout, columns, procedures, years and rows of a cp1251 CSV', async () => {
    const dir = await tempDir();
    // a title line above the header (row 1), the header on row 2, two good rows and one bad (11 of 10 failing)
    const text = 'Результаты ВПР\r\nКод ОО;Процедура;Год;Кол-во участников;«2»;Примечание\r\n1;ВПР Математика 5 кл.;2021;20;3;\r\n2;ВПР Математика 5 кл.;2021;10;11;\r\n3;ОГЭ Математика;2021;30;9;ok\r\n';
    await writeIn(dir, 'vpr.csv', cp1251(text));
    const { result, json } = await runCommandJson<Inspected>('inspect', { inputs: ['vpr.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const [file] = json.files;
    expect(file).toMatchObject({ file: 'vpr.csv', format: 'csv', encoding: 'windows-1251', delimiter: ';' });
    expect(file!.sheets[0]).toMatchObject({ headerRow: 2, layout: 'long', records: 2, rejected: 1, procedures: ['VPR-MA-5', 'OGE-MA'], years: [2021] });
    expect(file!.sheets[0]!.columns).toContainEqual({ header: 'Кол-во участников', field: 'participants' });
    expect(file!.sheets[0]!.columns).toContainEqual({ header: 'Примечание', field: null });
    expect(file!.reproduce).toBe("shnor classify vpr.csv --encoding windows-1251 --delimiter ';' --layout long --year 2021");
  });

  it('counts each row left out once, and the rows merged with a repeat (issue 18)', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'a.csv', [
      'school_id;year;procedure;participants;fail_count;pct2',
      'A;2021;OGE-MA;10;3;', //   row 2: used
      'A;2021;OGE-MA;10;3;', //   row 3: equal to row 2: merged
      'B;2021;OGE-MA;10;11;50', // row 4: 11 of 10, and 50% is not 11 of 10 either: two problems, one row
      'Итого;2021;OGE-MA;20;14;', // row 5: a total row, skipped (listed in --rejects)
    ].join('\n'));
    const { json } = await runCommandJson<Inspected>('inspect', { inputs: ['a.csv'] }, { cwd: dir });
    // 4 rows = 1 used + 1 merged + 2 left out
    expect(json.files[0]!.sheets[0]).toMatchObject({ records: 2, rejected: 2, merged: 1 });
  });

  it('the reproduction reads the same results as the guess', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'a.csv', 'school_id;year;procedure;participants;fail_count\nA;2021;OGE-MA;10;3\nA;2021;OGE-RU;10;4\n');
    const guessed = await runCommand('classify', { inputs: ['a.csv'] }, { cwd: dir, format: 'json' });
    const explicit = await runCommand('classify', { inputs: ['a.csv'], encoding: 'utf-8', delimiter: ';', layout: 'long', year: 2021 }, { cwd: dir, format: 'json' });
    expect(explicit.code).toBe(0);
    expect(explicit.stdout).toBe(guessed.stdout);
  });
});

describe('shnor inspect on a file it cannot read', () => {
  // a results table without its «2» column, under a title row
  const NEAR_MISS = csv([
    ['Результаты ВПР 2021'],
    ['Код ОО', 'Наименование ОО', 'Процедура', 'Год', 'Кол-во участников', '«3»', '«4»', '«5»'],
    ['sch220093', 'МБОУ СОШ', 'ВПР Математика 5 кл.', 2021, 44, 12, 8, 2],
  ], ';');

  it('shows the row it took for the header, the columns, the nearest layout and the column it lacks; exit 0', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'odd.csv', NEAR_MISS);
    const { result, json } = await runCommandJson<Inspected>('inspect', { inputs: ['odd.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const [file] = json.files;
    expect(file).toMatchObject({ file: 'odd.csv', readable: false, reproduce: null, error: null });
    const sheet = file!.sheets[0]!;
    expect(sheet).toMatchObject({ headerRow: null, layout: null, records: 0 });
    expect(sheet.columns).toContainEqual({ header: 'Кол-во участников', field: 'participants' });
    // long: school, procedure and participants met, no failing column (3 of 4); students 2 (of 4), wide 1 (of 2), ege-form 1 (of 2),
    // fisoko 1 (of 3), pupils 1 (of 3): equals in the registry's order
    expect(sheet.diagnosis).toMatchObject({ row: 2, nearest: 'long' });
    expect(sheet.diagnosis!.layouts.map((l) => l.layout)).toEqual(['long', 'students', 'wide', 'ege-form', 'fisoko', 'pupils']);
    const long = sheet.diagnosis!.layouts[0]!;
    expect(long).toMatchObject({ recognised: 3, unmet: 1 });
    expect(long.needs.filter((n) => !n.met).map((n) => n.code)).toEqual(['failing']);
    expect(long.verdict).toMatch(/^нет столбца «2» или % «2»/);

    const text = await runCommand('inspect', { inputs: ['odd.csv'] }, { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Больше всего похожа на заголовок строка 2: «Код ОО | Наименование ОО | Процедура | Год | Кол-во участников | «3» | «4» | «5»»');
    expect(text.stdout).toContain('Ближе всего макет long (узнано 3 из 4): нет столбца «2» или % «2»');
    expect(text.stdout).toContain('Не читается как таблица результатов');
  });

  it('--layout X: only X\'s needs', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'odd.csv', NEAR_MISS);
    const { json } = await runCommandJson<Inspected>('inspect', { inputs: ['odd.csv'], layout: 'wide' }, { cwd: dir });
    const { layouts } = json.files[0]!.sheets[0]!.diagnosis!;
    expect(layouts.map((l) => [l.layout, l.recognised, l.unmet])).toEqual([['wide', 1, 1]]);
    const text = await runCommand('inspect', { inputs: ['odd.csv'], layout: 'wide' }, { cwd: dir });
    expect(text.stdout).toContain('Макет wide (узнано 1 из 2): нет столбцов вида «ВПР Математика 5 кл. % «2»»');
    expect(text.stdout).not.toContain('long');
  });

  it('goes on past a file that is no workbook at all, describing it by its error', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'a-broken.xlsx', 'not a zip');
    await writeIn(dir, 'b-good.csv', 'school_id;year;procedure;participants;fail_count\nA;2021;OGE-MA;10;3\n');
    const { result, json } = await runCommandJson<Inspected>('inspect', { inputs: ['.'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.files.map((f) => [f.file, f.readable, f.error?.code ?? null])).toEqual([
      ['a-broken.xlsx', false, 'not-a-workbook'],
      ['b-good.csv', true, null],
    ]);
    expect(json.files[0]!.error!.message).toContain('не является книгой .xlsx');
  });
});
