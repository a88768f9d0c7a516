/**
 * No output over an input: every file a command reads (results, --schools, --profile, --reference,
 * --scales, --markers, --catalog, --programme, --facts, --list, --journal, --results, --map, --tasks,
 * the config file) is refused as -o or --rejects, and so is a report folder holding one of them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csv, listDir, runCli, STACK_LINE, tempDir, writeIn } from './run-cli.js';

const RESULTS = csv([
  ['school_id', 'school_name', 'year', 'procedure', 'participants', 'fail_count'],
  ['A', 'Школа А', 2021, 'VPR-MA-5', 10, 4],
  ['A', 'Школа А', 2021, 'VPR-RU-5', 10, 4],
  ['B', 'Школа Б', 2021, 'VPR-MA-5', 10, 11], // 11 «2» of 10: a row left out, so --rejects has a row to write
]);
const SCHOOLS = csv([['Код ОО', 'Наименование ОО'], ['A', 'Школа А'], ['B', 'Школа Б']]);
const PROFILE = csv([['Код ОО', 'Вид ОО'], ['A', 'СОШ']]);
const REFERENCE = csv([['Год', 'Процедура', 'Средний балл'], [2021, 'VPR-MA-5', 3.5]]);
const CONFIG = '{"classify": {"threshold": 30}}';

describe('an output naming a file the command reads', () => {
  let dir: string;
  const files: Record<string, string> = {
    'results.csv': RESULTS, 'schools.csv': SCHOOLS, 'profile.csv': PROFILE, 'reference.csv': REFERENCE, 'own.config.json': CONFIG,
    'monitoring.xlsx': 'a profile named as the facts template is',
  };

  beforeAll(async () => {
    dir = await tempDir();
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    await mkdir(join(dir, 'sub'));
  });

  const cases: [string, string[], string][] = [
    ['-o onto --schools', ['classify', 'results.csv', '--schools', 'schools.csv', '-o', 'schools.csv'], 'schools.csv'],
    ['--rejects onto --schools', ['classify', 'results.csv', '--schools', 'schools.csv', '--rejects', 'schools.csv'], 'schools.csv'],
    ['--rejects onto --profile', ['score', 'results.csv', '--profile', 'profile.csv', '--rejects', 'profile.csv'], 'profile.csv'],
    ['--rejects onto --reference', ['dynamics', 'results.csv', '--reference', 'reference.csv', '--rejects', './reference.csv'], 'reference.csv'],
    ['-o onto --config', ['--config', 'own.config.json', 'classify', 'results.csv', '--format', 'json', '-o', 'own.config.json'], 'own.config.json'],
    // without -o, template facts writes monitoring.xlsx: that default is an output too
    ['template\'s own file name onto --profile', ['template', 'facts', 'results.csv', '--profile', 'monitoring.xlsx', '--force'], 'monitoring.xlsx'],
    ['-o onto the results by another path', ['classify', 'results.csv', '-o', join('sub', '..', 'results.csv')], 'results.csv'],
  ];

  for (const [title, args, victim] of cases) {
    it(`${title}: exit 2 before anything is written, the file unchanged`, async () => {
      const before = await listDir(dir);
      const result = await runCli(args, { cwd: dir });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('перезаписал бы входной файл');
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(readFileSync(join(dir, victim), 'utf8')).toBe(files[victim]);
      expect(await listDir(dir)).toEqual(before);
    });
  }

  it('./shnor.config.json picked up from the folder is an input too', async () => {
    const own = await tempDir();
    writeFileSync(join(own, 'results.csv'), RESULTS);
    writeFileSync(join(own, 'shnor.config.json'), CONFIG);
    const result = await runCli(['classify', 'results.csv', '--format', 'json', '-o', 'shnor.config.json'], { cwd: own });
    expect(result.code, result.stderr).toBe(2);
    expect(readFileSync(join(own, 'shnor.config.json'), 'utf8')).toBe(CONFIG);
  });

  it('--rejects onto the results: exit 2, the results unchanged', async () => {
    const own = await tempDir();
    await writeIn(own, 'in.csv', csv([['school_id', 'year', 'procedure', 'participants', 'fail_count'], ['A', 2021, 'VPR-MA-5', 10, 3]]));
    const result = await runCli(['classify', 'in.csv', '--rejects', 'in.csv'], { cwd: own });
    expect(result.code).toBe(2);
    expect(readFileSync(join(own, 'in.csv'), 'utf8')).toContain('school_id');
  });

  it('-o and --rejects naming one file: exit 2', async () => {
    const result = await runCli(['classify', 'results.csv', '-o', 'same.csv', '--rejects', 'same.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o и --rejects указывают на один файл same.csv');
  });

  it('outputs apart from every input: written as before', async () => {
    const result = await runCli(['classify', 'results.csv', '--schools', 'schools.csv', '--rejects', 'rejects.csv', '-o', 'list.csv'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'rejects.csv'), 'utf8')).toContain('fail-exceeds-participants');
    expect(readFileSync(join(dir, 'list.csv'), 'utf8')).toContain('Школа А');
  });
});

describe('report -o DIR and the inputs', () => {
  it('a folder holding an input is refused: the report replaces its folder whole', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'report.md'), 'old');
    writeFileSync(join(dir, 'results.csv'), RESULTS);
    // the results named through the folder: out/../results.csv is not inside; out/report.md as --profile is
    const result = await runCli(['report', 'results.csv', '--profile', join('out', 'report.md'), '-o', 'out'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('в папке отчёта out лежит out/report.md');
    expect(readFileSync(join(dir, 'out', 'report.md'), 'utf8')).toBe('old');
  });

  it('--rejects inside the report folder is refused too', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'results.csv'), RESULTS);
    const result = await runCli(['report', 'results.csv', '--rejects', join('out', 'rejects.csv'), '-o', 'out'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(await listDir(dir)).toEqual(['results.csv']);
  });
});
