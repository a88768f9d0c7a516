/**
 * What report says on stderr, through the built binary: through a pipe only the line naming
 * report.html (and the warnings of sections without data); --quiet not even that line; at a
 * terminal — a pseudo-terminal made by util-linux `script` — each step as it starts, then every
 * file written with its size. The texts and sizes themselves: test/cli/report-progress.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cliEnv, ROOT, runCli, tempDir } from './run-cli.js';

const DEMO = ['fixtures/demo/district.xlsx', '--profile', 'fixtures/demo/schools-profile.xlsx', '--year', '2025'];
const STEPS = /Чтение…|Расчёт…|Графики…|Запись…|Записано в/;

/** A command line for `sh -c`, every word quoted. */
const shell = (words: string[]) => words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');

function scriptAvailable(): boolean {
  return spawnSync('script', ['--version']).status === 0;
}

describe('report on stderr', () => {
  it('through a pipe: no steps, no list — the line naming report.html and the warnings (the programme\'s period, no facts)', async () => {
    const out = join(await tempDir('shnor-progress-'), 'r');
    const result = await runCli(['report', ...DEMO, '-o', out], { timeoutMs: 90_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(STEPS);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      // 2024/2025 уч. г. is outside МППКО 2022–2024 (data/programmes/pirov-2022.json)
      expect.stringMatching(/^ {2}целевые показатели: 2024\/2025 уч\. г\. — вне срока программы \(2022–2024 годы\)/),
      expect.stringMatching(/^ {2}Справка, раздел «5\. Целевые показатели программы» — файл фактов мониторинга не представлен/),
      `Записан ${join(out, 'report.html')}`,
    ]);
    expect(result.stdout).toBe('');
  }, 120_000);

  it('--quiet: not even that line; the warnings stay', async () => {
    const out = join(await tempDir('shnor-progress-'), 'r');
    const result = await runCli(['report', ...DEMO, '--quiet', '-o', out], { timeoutMs: 90_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('Записан');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(2);
  }, 120_000);

  it('at a terminal: the steps in order, then every file with its size; stdout untouched', async () => {
    // `script` is util-linux's, in every Debian and Ubuntu (bsdutils); without it this test cannot make a terminal
    expect(scriptAvailable(), 'needs `script` (util-linux): apt-get install -y bsdutils').toBe(true);
    const dir = await tempDir('shnor-progress-');
    const out = join(dir, 'r');
    const errFile = join(dir, 'stderr.txt');
    // stderr is the terminal (`script` gives the command a pseudo-terminal); stdout goes to a file, so only stderr reaches the terminal's log
    const command = `${shell([process.execPath, BIN, 'report', ...DEMO, '-o', out])} > ${shell([join(dir, 'stdout.txt')])}`;
    execFileSync('script', ['-qec', command, errFile], { cwd: ROOT, env: cliEnv(), timeout: 90_000, stdio: 'ignore' });
    const lines = readFileSync(errFile, 'utf8').replace(/\r/g, '').split('\n').filter((line) => line !== '' && !line.startsWith('Script '));
    const steps = lines.filter((line) => line.endsWith('…'));
    expect(steps).toEqual(['Чтение…', 'Расчёт…', 'Графики…', 'Запись…']);
    const summary = lines.slice(lines.indexOf(`Записано в ${out}:`) + 1);
    const sizes = new Map(summary.map((line) => line.trim().split(/\s+—\s+/) as [string, string]));
    expect([...sizes.keys()]).toEqual(['report.md', 'report.html', 'report.xlsx', expect.stringMatching(/^charts\/\*\.svg \(\d+\)$/)]);
    // the size shown is the file's: report.md's bytes in KB, whole from 10
    expect(sizes.get('report.md')).toBe(`${Math.round(statSync(join(out, 'report.md')).size / 1024)} КБ`);
    expect(readFileSync(join(dir, 'stdout.txt'), 'utf8')).toBe('');
  }, 120_000);
});
