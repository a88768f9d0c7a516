/**
 * The terminal at 80 columns (COLUMNS=80) with 9-character school codes (sch220093 until 2021,
 * edu223017 from 2022): tables fit, a code is never cut, and a list of hundreds of codes in one
 * line ends «… и ещё N». Rendered in-process at the width $COLUMNS gives (that $COLUMNS reaches the
 * renderer: test/e2e/cli.test.ts).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir, writeIn } from './files.js';
import { runCommand, type CommandName, type CommandOptions } from './run.js';

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
    // code 9 + 2, name 28 + 2, ШНОР 4 + 2, Критерии 8 + 2; low results at its longest line,
    // «ВПР Русский язык 5 кл. 34,09% (15/44)» 37 + 2 (under its 38); notes at its 42 + 2 (the note
    // «Низких: 0 в 2020/2021 уч. г., 1 в 2019/2020 уч. г.» is 51): 11 + 30 + 6 + 10 + 39 + 44 and 7 borders
    expect([...header].length).toBe(147);
    expect(result.stdout).toContain('│ sch220093 │');
  });

  it('a name is cut to one line with «…» at a known width, and whole (wrapped) without one', async () => {
    const at80 = await runCommand('classify', { inputs: ['results.csv'] }, { cwd: dir, ...AT_80 });
    // the name column is 16 wide here: 14 characters between its spaces, the 14th «…»
    expect(at80.stdout).toContain('│ sch220093 │ МБОУ «Средняя… │');
    const piped = await runCommand('classify', { inputs: ['results.csv'] }, { cwd: dir });
    expect(piped.stdout).toContain('│ sch220093 │ МБОУ «Средняя                │');
    expect(piped.stdout).toContain('│           │ 1 имени героя Советского     │');
    expect(piped.stdout).not.toContain('…');
  });

  it('a rule under the heading row', async () => {
    const lines = tableLines((await runCommand('classify', { inputs: ['results.csv'] }, { cwd: dir, ...AT_80 })).stdout);
    // ┌ top, the headings in two lines (the name and low-results headings wrap at 80), then the rule
    expect(lines[3]).toMatch(/^├─+┼/);
    expect(lines[4]).toContain('sch220093');
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
    // the line folded at 80, its next line indented under it
    expect(result.stdout).toContain(`  вошли (300): ${ids.slice(0, 6).join(', ')},\n    ${ids.slice(6, 10).join(', ')} … и ещё 290\n`);
    const json = await runCommand('dynamics', { inputs: ['results.csv'] }, { cwd: dir, format: 'json' });
    for (const id of ['sch220001', 'sch220150', 'sch220300']) expect(json.stdout).toContain(`"${id}"`);
    expect((JSON.parse(json.stdout) as { list: { entered: string[] } }).list.entered).toHaveLength(300);
  });
});

/**
 * The columns a line takes on a terminal: colour codes none, a character of a wide script (CJK,
 * fullwidth forms) two, any other one — a Cyrillic letter, «…», «▁», «│» one.
 */
function displayWidth(line: string): number {
  const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
  return [...plain].reduce((sum, char) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1), 0);
}

describe('every command on the demo district at 80 and 120 columns', () => {
  const DEMO = { inputs: ['fixtures/demo/district.xlsx'], profile: 'fixtures/demo/schools-profile.xlsx' };
  const TASKS = { inputs: [join(ROOT, 'fixtures/tasks/vpr-ma5-2023-zadaniya.xlsx')], map: [join(ROOT, 'fixtures/tasks/map-vpr-ma5-2023.csv')] };
  const runs: [string, () => [CommandName, CommandOptions<CommandName>]][] = [
    ['classify', () => ['classify', DEMO]],
    ['score', () => ['score', { ...DEMO, reference: 'fixtures/demo/region-reference.csv' }]],
    ['dynamics', () => ['dynamics', { inputs: DEMO.inputs }]],
    ['cluster', () => ['cluster', DEMO]],
    ['recommend', () => ['recommend', DEMO]],
    ['recommend --full', () => ['recommend', { ...DEMO, full: true }]],
    ['targets', () => ['targets', DEMO]],
    ['check', () => ['check', { inputs: DEMO.inputs }]],
    ['inspect', () => ['inspect', { inputs: DEMO.inputs }]],
    ['rules', () => ['rules', {}]],
    ['tasks', () => ['tasks', TASKS]],
  ];

  it('displayWidth: Cyrillic one column each, colour nothing, a fullwidth character two', () => {
    expect(displayWidth('Школа № 1 — ▁▃█ …')).toBe(17);
    expect(displayWidth('\x1b[31mШНОР\x1b[39m')).toBe(4);
    expect(displayWidth('ＡＢ')).toBe(4);
  });

  it.each(runs)('%s: no line wider than the terminal', async (_, args) => {
    const [name, options] = args();
    for (const width of [80, 120]) {
      const result = await runCommand(name, options, { width });
      expect(result.code === 0 || result.code === 1, result.stderr).toBe(true);
      const lines = result.stdout.split('\n');
      expect(lines.length).toBeGreaterThan(3);
      // a command to copy (inspect's «shnor classify … --sheet … --layout …») is kept whole on a line of its own
      for (const line of lines.filter((l) => !/^ *shnor /.test(l))) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
  }, 60_000);

  it('inspect at 80: the command that repeats the reading on a line of its own, whole, ready to copy', async () => {
    const result = await runCommand('inspect', { inputs: DEMO.inputs }, AT_80);
    expect(result.stdout).toContain("  Повторить без угадывания:\n    shnor classify fixtures/demo/district.xlsx --sheet 'Результаты' --layout long\n");
  });

  it('piped (no width): lines are not folded — dynamics keeps its description on one line', async () => {
    const piped = await runCommand('dynamics', { inputs: DEMO.inputs });
    const description = piped.stdout.split('\n').find((line) => line.startsWith('Доля «2» / не преодолевших'))!;
    // the paragraph's sentences run to the list of procedures and the comparison, more than 120 characters
    expect(description).toContain('Средние баллы сравниваются с:');
    expect(displayWidth(description)).toBeGreaterThan(120);
  });
});
