/**
 * The terminal at 80 columns (COLUMNS=80) with 9-character school codes (sch220093 until 2021,
 * edu223017 from 2022): tables fit, a code is never cut, and a list of hundreds of codes in one
 * line ends «… и ещё N». Rendered in-process at the width $COLUMNS gives (that $COLUMNS reaches the
 * renderer: test/e2e/cli.test.ts).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir, writeIn } from './files.js';
import { runCommand } from './run.js';

const AT_80 = { width: 80 };
const tableLines = (text: string) => text.split('\n').filter((line) => /^[┌│├└]/.test(line));

describe('tables at 80 columns with 9-character codes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    const name = 'МБОУ «Средняя общеобразовательная школа № 1 имени героя Советского Союза»';
    await writeIn(dir, 'results.csv', [
      'Код ОО;Наименование ОО;Год;Процедура;Кол-во участников;«2»',
      // sch220093: 22/44 = 50% and 15/44 = 34.1% in 2021 → ШНОР (A); edu223017: 3/20 = 15% → not
      `sch220093;${name};2021;ВПР Математика 5 кл.;44;22`,
      `sch220093;${name};2021;ВПР Русский язык 5 кл.;44;15`,
      `sch220093;${name};2020;ВПР Математика 5 кл.;40;8`,
      'edu223017;МБОУ "Вавилонская СОШ";2021;ВПР Математика 5 кл.;20;3',
      'edu223017;МБОУ "Вавилонская СОШ";2020;ВПР Математика 5 кл.;20;8',
    ].join('\n'));
  });

  it.each(['classify', 'score', 'cluster'] as const)('%s: every line of the table within 80 characters, both codes whole', async (command) => {
    const result = await runCommand(command, { inputs: ['results.csv'] }, { cwd: dir, ...AT_80 });
    expect(result.code, result.stderr).toBe(0);
    const lines = tableLines(result.stdout);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(lines.some((line) => line.includes('│ sch220093 │'))).toBe(true);
    expect(lines.some((line) => line.includes('│ edu223017 │'))).toBe(true);
  });

  it('classify in English at 80 columns', async () => {
    const result = await runCommand('classify', { inputs: ['results.csv'] }, { cwd: dir, lang: 'en', ...AT_80 });
    for (const line of tableLines(result.stdout)) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('without a terminal width (output to a file): the preferred widths, the code column still whole', async () => {
    const result = await runCommand('classify', { inputs: ['results.csv'] }, { cwd: dir });
    const header = tableLines(result.stdout)[0]!;
    // 11 + 30 + 6 + 10 + 40 + 44 and 7 borders
    expect([...header].length).toBe(148);
    expect(result.stdout).toContain('│ sch220093 │');
  });

  it('dynamics names the schools whole', async () => {
    const result = await runCommand('dynamics', { inputs: ['results.csv'] }, { cwd: dir, ...AT_80 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^sch220093 МБОУ/m);
    expect(result.stdout).toMatch(/^edu223017 МБОУ/m);
  });

  it('tasks names the schools whole', async () => {
    const result = await runCommand('tasks', { inputs: [join(ROOT, 'fixtures/tasks/vpr-ma5-2023-zadaniya.xlsx')], map: [join(ROOT, 'fixtures/tasks/map-vpr-ma5-2023.csv')] }, AT_80);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('sch240201');
  });
});

describe('a list of 300 codes in one line', () => {
  it('dynamics: «вошли (300)» shows the first 10 and «… и ещё 290»; JSON keeps all 300', async () => {
    const dir = await tempDir();
    const ids = Array.from({ length: 300 }, (_, i) => `sch22${String(i + 1).padStart(4, '0')}`);
    // each school: 2021 two low results (4/10 = 40%) → ШНОР; 2020 none low (1/10) → every one enters the list
    const rows = ids.flatMap((id) => [
      `${id};2021;ВПР Математика 5 кл.;10;4`, `${id};2021;ВПР Русский язык 5 кл.;10;4`,
      `${id};2020;ВПР Математика 5 кл.;10;1`, `${id};2020;ВПР Русский язык 5 кл.;10;1`,
    ]);
    await writeIn(dir, 'results.csv', ['Код ОО;Год;Процедура;Кол-во участников;«2»', ...rows].join('\n'));
    const result = await runCommand('dynamics', { inputs: ['results.csv'] }, { cwd: dir, ...AT_80 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`  вошли (300): ${ids.slice(0, 10).join(', ')} … и ещё 290\n`);
    const json = await runCommand('dynamics', { inputs: ['results.csv'] }, { cwd: dir, format: 'json' });
    for (const id of ['sch220001', 'sch220150', 'sch220300']) expect(json.stdout).toContain(`"${id}"`);
    expect((JSON.parse(json.stdout) as { list: { entered: string[] } }).list.entered).toHaveLength(300);
  });
});
