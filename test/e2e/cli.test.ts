/**
 * The command line itself: help in Russian (and English with --lang en), unknown options, the exit
 * codes a run's outcome becomes, the templates written, $COLUMNS, and a reader that closes the pipe
 * early (`shnor classify x.csv | head -1`). What the commands compute and print is tested in-process
 * (test/app/).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderProgrammeTemplate } from '../../src/report/templates/programme-template.js';
import { BIN, cliEnv, csv, ROOT, runCli, STACK_LINE, tempDir, writeIn } from './run-cli.js';

const CYRILLIC = /[а-яё]/i;

describe('help', () => {
  it('shnor --help: exit 0, Russian, with examples', async () => {
    const result = await runCli(['--help']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Примеры');
    expect(result.stdout).toContain('classify');
    expect(result.stdout).toContain('init');
    expect(result.stdout).not.toMatch(/^Usage:/m);
    expect(result.stdout).not.toMatch(/^Options:/m);
  });

  it('shnor classify --help: exit 0, Russian, lists the options', async () => {
    const result = await runCli(['classify', '--help']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Примеры');
    for (const option of ['--year', '--format', '--same-procedure', '--strict', '--excel', '--threshold']) {
      expect(result.stdout).toContain(option);
    }
    expect(result.stdout).not.toMatch(/^Usage:/m);
  });

  it('the Russian usage line has no English placeholders («[options]», «[command]»)', async () => {
    // messages/ru.ts has help.usage = «команда [параметры]» for exactly this line
    for (const args of [['--help'], ['classify', '--help']]) {
      const result = await runCli(args);
      expect(result.code).toBe(0);
      const usage = result.stdout.split('\n').find((line) => line.startsWith('Использование:'));
      expect(usage, args.join(' ')).toBeDefined();
      expect(usage, args.join(' ')).not.toMatch(/\[options\]|\[command\]/);
    }
  });

  it('shnor help classify: the same as classify --help', async () => {
    const result = await runCli(['help', 'classify']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Примеры');
    expect(result.stdout).toContain('--year');
  });

  it('--lang en: English help', async () => {
    for (const args of [['--lang', 'en', '--help'], ['--lang', 'en', 'classify', '--help'], ['classify', '--help', '--lang=en']]) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout, args.join(' ')).not.toContain('Примеры');
      expect(result.stdout, args.join(' ')).toContain('Examples');
      expect(result.stdout, args.join(' ')).toMatch(/Usage:/);
    }
  });

  it('--version: exit 0 and a version number', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('command-line errors', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'x.csv', csv([['school_id', 'year', 'procedure', 'participants', 'fail_count'], ['1', 2021, 'VPR-MA-5', 10, 3]]));
  });

  it('an unknown option → exit 2 with a Russian message naming it (and only that message)', async () => {
    const result = await runCli(['classify', 'x.csv', '--bogus'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--bogus');
    expect(result.stderr).toMatch(CYRILLIC);
    expect(result.stderr).toContain('shnor classify --help');
    // commander's own English line must not leak through
    expect(result.stderr).not.toMatch(/unknown option/i);
    expect(result.stderr).not.toMatch(/^error:/m);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('an unknown option before the command → exit 2, the hint points at shnor --help', async () => {
    const result = await runCli(['--bogus'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--bogus');
    expect(result.stderr).toMatch(CYRILLIC);
    expect(result.stderr).toContain('shnor --help');
    expect(result.stderr).not.toContain('shnor  --help');
  });

  it('the hint names the command even after a global option with a value', async () => {
    const result = await runCli(['--lang', 'en', 'classify', 'x.csv', '--bogus'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--bogus');
    expect(result.stderr).toContain('shnor classify --help');
    expect(result.stderr).not.toContain('shnor en --help');
  });

  it('an unknown command → exit 2, Russian', async () => {
    const result = await runCli(['clasify', 'x.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('clasify');
    expect(result.stderr).toMatch(CYRILLIC);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('a typo of a command or a flag: the name it was meant to be (commander\'s suggestion, in Russian)', async () => {
    for (const [args, expected] of [
      [['clasify', 'x.csv'], 'неизвестная команда clasify — может быть, classify? (список команд: shnor --help)'],
      [['help', 'clasify'], 'неизвестная команда clasify — может быть, classify? (список команд: shnor --help)'],
      [['classify', 'x.csv', '--yaer', '2021'], 'неизвестный параметр --yaer — может быть, --year? (список параметров: shnor classify --help)'],
      [['--lang', 'en', 'classify', 'x.csv', '--yaer', '2021'], 'unknown option --yaer — did you mean --year? (see shnor classify --help)'],
    ] as const) {
      const result = await runCli([...args], { cwd: dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toBe(`shnor: ${expected}\n`);
    }
  });

  it('a missing argument by its name in the help, with an example of its own command', async () => {
    const classify = await runCli(['classify'], { cwd: dir });
    expect(classify.stderr).toBe('shnor: не указан обязательный аргумент «файлы» (пример: shnor classify results.xlsx)\n');
    const template = await runCli(['template'], { cwd: dir });
    expect(template.code).toBe(2);
    expect(template.stderr).toBe('shnor: не указан обязательный аргумент «вид» (пример: shnor template profile)\n');
  });

  it('classify without inputs → exit 2 with only the Russian message', async () => {
    const result = await runCli(['classify'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(CYRILLIC);
    expect(result.stderr).not.toMatch(/missing required argument/i);
    expect(result.stderr).not.toMatch(/^error:/m);
  });

  it('an option without its value → exit 2 with only the Russian message', async () => {
    const result = await runCli(['classify', 'x.csv', '--format'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format');
    expect(result.stderr).toMatch(CYRILLIC);
    expect(result.stderr).not.toMatch(/argument missing/i);
    expect(result.stderr).not.toMatch(/^error:/m);
  });

  it('bad option values → exit 2 naming the option and the value', async () => {
    for (const [option, value] of [
      ['--format', 'pdf'],
      ['--year', '20-21'],
      ['--threshold', '0'],
      ['--threshold', '120'],
      ['--lang', 'de'],
      ['--layout', 'diagonal'],
    ] as const) {
      const result = await runCli(['classify', 'x.csv', option, value], { cwd: dir });
      expect(result.code, `${option} ${value}`).toBe(2);
      expect(result.stderr, `${option} ${value}`).toContain(option);
      expect(result.stderr, `${option} ${value}`).toContain(value);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  });
});

describe('the exit code and stderr of a run (main.ts)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'results.csv', csv([
      ['school_id', 'school_name', 'year', 'procedure', 'participants', 'fail_count'],
      ['S1', 'СОШ 1', 2021, 'VPR-MA-5', 20, 10], // 50%
      ['S1', 'СОШ 1', 2021, 'OGE-MA', 30, 12], //   40% → two low → flagged (A)
      ['S2', 'СОШ 2', 2021, 'VPR-MA-5', 20, 8], //  40% → one low → not flagged
    ]));
  });

  it('check with a draft that differs from the rule: exit 1, the report on stdout (test/app/check.test.ts)', async () => {
    await writeIn(dir, 'draft-wrong.csv', csv([['Код ОО', 'Наименование ОО'], ['S2', 'СОШ 2']]));
    const result = await runCli(['check', 'results.csv', '--list', 'draft-wrong.csv'], { cwd: dir });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('Нет в проекте списка (1)');
    expect(result.stdout).toContain('Лишние в проекте (1)');
  });

  it('a missing input: exit 2 naming the file, nothing on stdout, no stack (test/app/bad-input.test.ts)', async () => {
    const result = await runCli(['classify', 'nope.csv'], { cwd: dir });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('nope.csv');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('row problems on stderr with their place; --strict turns them into exit 2', async () => {
    await writeIn(dir, 'bad.csv', csv([['school_id', 'year', 'procedure', 'participants', 'fail_count'], ['a', 2021, 'VPR-MA-5', 10, 4], ['a', 2021, 'VPR-RU-5', 10, 11]]));
    const lenient = await runCli(['classify', 'bad.csv', '--format', 'json'], { cwd: dir });
    expect(lenient.code, lenient.stderr).toBe(0);
    expect(lenient.stderr).toMatch(/строка 3\b/);
    const strict = await runCli(['classify', 'bad.csv', '--strict'], { cwd: dir });
    expect(strict.code).toBe(2);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain('--strict: найдено проблем во входных данных: 1');
  });
});

describe('template facts and template programme write their files (what they hold: test/app/targets.test.ts)', () => {
  it('exit 0: the facts workbook with its three sheets, the programme as renderProgrammeTemplate gives it', async () => {
    const dir = await tempDir();
    const facts = await runCli(['template', 'facts', join(ROOT, 'fixtures/demo/district.xlsx'), '--profile', join(ROOT, 'fixtures/demo/schools-profile.xlsx'), '-o', 'monitoring.xlsx'], { cwd: dir });
    expect(facts.code, facts.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'monitoring.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Муниципальные показатели', 'Школы', 'Пояснения']);
    // the programme test/app/targets.test.ts loads with --programme, written as the function renders it
    expect((await runCli(['template', 'programme', '-o', 'programme.json'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'programme.json'), 'utf8')).toBe(renderProgrammeTemplate());
  });
});

describe('$COLUMNS (test/app/terminal-width.test.ts)', () => {
  it('classify at COLUMNS=80: every line of the table within 80 characters, the codes whole', async () => {
    const dir = await tempDir();
    const name = 'МБОУ «Средняя общеобразовательная школа № 1 имени героя Советского Союза»';
    await writeIn(dir, 'results.csv', [
      'Код ОО;Наименование ОО;Год;Процедура;Кол-во участников;«2»',
      `sch220093;${name};2021;ВПР Математика 5 кл.;44;22`,
      `sch220093;${name};2021;ВПР Русский язык 5 кл.;44;15`,
      'edu223017;МБОУ "Вавилонская СОШ";2021;ВПР Математика 5 кл.;20;3',
    ].join('\n'));
    const result = await runCli(['classify', 'results.csv'], { cwd: dir, env: cliEnv({ COLUMNS: '80' }) });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n').filter((line) => /^[┌│├└]/.test(line));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(lines.some((line) => line.includes('│ sch220093 │'))).toBe(true);
    expect(lines.some((line) => line.includes('│ edu223017 │'))).toBe(true);
  });
});

describe('a pipe closed early (| head -1)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    // 600 schools → a table of several hundred kilobytes, far more than a pipe buffer (64 KiB)
    const rows: (string | number)[][] = [['school_id', 'school_name', 'year', 'procedure', 'participants', 'fail_count']];
    for (let i = 0; i < 600; i++) {
      rows.push([`s${i}`, `Школа номер ${i}`, 2021, 'VPR-MA-5', 10, i % 10]);
      rows.push([`s${i}`, `Школа номер ${i}`, 2021, 'VPR-RU-5', 10, (i * 7) % 10]);
    }
    await writeIn(dir, 'big.csv', csv(rows));
  });

  for (const format of ['table', 'json', 'csv']) {
    it(`--format ${format}: exits quietly`, async () => {
      const { code, signal, stderr, received } = await new Promise<{ code: number | null; signal: string | null; stderr: string; received: number }>(
        (resolve, reject) => {
          const child = spawn(process.execPath, [BIN, 'classify', 'big.csv', '--format', format], { cwd: dir, env: cliEnv(), timeout: 25_000 });
          let err = '';
          let received = 0;
          child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
          child.stdout.once('data', (chunk: Buffer) => {
            received = chunk.length;
            child.stdout.destroy(); // like `head -1` exiting after its first line
          });
          child.on('error', reject);
          child.on('close', (code, signal) => resolve({ code, signal, stderr: err, received }));
        },
      );
      expect(received).toBeGreaterThan(0);
      expect(signal).toBeNull();
      expect(code, stderr).toBe(0);
      expect(stderr).not.toMatch(STACK_LINE);
      expect(stderr).not.toMatch(/EPIPE/);
      expect(stderr).toBe('');
    });
  }
});
