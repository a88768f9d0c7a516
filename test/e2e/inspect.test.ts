/** shnor inspect: what it sees in a file, and a reproduction that reads the same without guessing. */
import { describe, expect, it } from 'vitest';
import { cp1251, runCli, runJson, tempDir, writeIn } from './run-cli.js';

interface Inspected {
  files: { file: string; format: string; encoding: string | null; delimiter: string | null; reproduce: string;
    sheets: { headerRow: number; layout: string; records: number; rejected: number; procedures: string[]; years: number[]; columns: { header: string; field: string | null }[] }[] }[];
}

describe('shnor inspect', () => {
  it('names the encoding, delimiter, header row, layout, columns, procedures, years and rows of a cp1251 CSV', async () => {
    const dir = await tempDir();
    // a title line above the header (row 1), the header on row 2, two good rows and one bad (11 of 10 failing)
    const text = 'Результаты ВПР\r\nКод ОО;Процедура;Год;Кол-во участников;«2»;Примечание\r\n1;ВПР Математика 5 кл.;2021;20;3;\r\n2;ВПР Математика 5 кл.;2021;10;11;\r\n3;ОГЭ Математика;2021;30;9;ok\r\n';
    await writeIn(dir, 'vpr.csv', cp1251(text));
    const { result, json } = await runJson<Inspected>(['inspect', 'vpr.csv', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const [file] = json.files;
    expect(file).toMatchObject({ file: 'vpr.csv', format: 'csv', encoding: 'windows-1251', delimiter: ';' });
    expect(file!.sheets[0]).toMatchObject({ headerRow: 2, layout: 'long', records: 2, rejected: 1, procedures: ['VPR-MA-5', 'OGE-MA'], years: [2021] });
    expect(file!.sheets[0]!.columns).toContainEqual({ header: 'Кол-во участников', field: 'participants' });
    expect(file!.sheets[0]!.columns).toContainEqual({ header: 'Примечание', field: null });
    expect(file!.reproduce).toBe("shnor classify vpr.csv --encoding windows-1251 --delimiter ';' --layout long --year 2021");
  });

  it('the reproduction reads the same results as the guess', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'a.csv', 'school_id;year;procedure;participants;fail_count\nA;2021;OGE-MA;10;3\nA;2021;OGE-RU;10;4\n');
    const guessed = await runCli(['classify', 'a.csv', '--format', 'json'], { cwd: dir });
    const explicit = await runCli(['classify', 'a.csv', '--encoding', 'utf-8', '--delimiter', ';', '--layout', 'long', '--year', '2021', '--format', 'json'], { cwd: dir });
    expect(explicit.code).toBe(0);
    expect(explicit.stdout).toBe(guessed.stdout);
  });
});
