/**
 * shnor init and shnor.config.json: the file it writes is valid JSON and is read back; the
 * config changes verdicts; flags beat the file; a broken config is exit 2 naming the file, never
 * quoting it; a file picked up from the folder is named on stderr.
 */
import { realpathSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { csv, listDir, runCli, runJson, school, STACK_LINE, tempDir, writeIn } from './run-cli.js';

// Two schools, 2021 only. At threshold 30: both flagged (A). At threshold 50: only «high».
const INPUT = csv([
  ['school_id', 'year', 'procedure', 'participants', 'fail_count'],
  ['mid', 2021, 'VPR-MA-5', 10, 4], //  40%: low at 30, not at 50
  ['mid', 2021, 'VPR-RU-5', 20, 7], //  35%: low at 30, not at 50
  ['high', 2021, 'VPR-MA-5', 10, 6], // 60%: low at 30 and at 50
  ['high', 2021, 'VPR-RU-5', 20, 10], // 50%: low at 30 and at 50 (10*100 = 1000 >= 50*20 = 1000)
]);

describe('shnor init', () => {
  it('writes shnor.config.json that parses as JSON; a second init → exit 2, file unchanged', async () => {
    const dir = await tempDir();
    const first = await runCli(['init'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).not.toMatch(STACK_LINE);
    const text = await readFile(join(dir, 'shnor.config.json'), 'utf8');
    const config = JSON.parse(text) as { classify?: { threshold?: number } };
    expect(config.classify?.threshold).toBe(30);
    expect(await listDir(dir)).toEqual(['shnor.config.json']); // no temp file left behind

    const second = await runCli(['init'], { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('shnor.config.json');
    expect(second.stderr).not.toMatch(STACK_LINE);
    expect(await readFile(join(dir, 'shnor.config.json'), 'utf8')).toBe(text);
  });

  it('init --lang en writes the English notes of the messages', async () => {
    const dir = await tempDir();
    const result = await runCli(['--lang', 'en', 'init'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const file = JSON.parse(await readFile(join(dir, 'shnor.config.json'), 'utf8')) as { '//': string; classify: Record<string, unknown> };
    expect(file['//']).toBe(en.configFile['']);
    expect(file.classify['// threshold']).toBe(en.configFile['classify.threshold']);
  });

  it('init --force overwrites', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'shnor.config.json', '{"classify": {"threshold": 50}}\n');
    const result = await runCli(['init', '--force'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const config = JSON.parse(await readFile(join(dir, 'shnor.config.json'), 'utf8')) as { classify: { threshold: number } };
    expect(config.classify.threshold).toBe(30);
  });

  it('the file init writes is read back by classify (defaults: threshold 30)', async () => {
    const dir = await tempDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    await writeIn(dir, 'in.csv', INPUT);
    const { result, json } = await runJson(['classify', 'in.csv', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.method.threshold).toBe(30);
    expect(school(json, 'mid').flagged).toBe(true);
    expect(school(json, 'high').flagged).toBe(true);
  });
});

describe('shnor.config.json', () => {
  it('{"classify": {"threshold": 50}} changes the verdicts', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'in.csv', INPUT);

    const before = await runJson(['classify', 'in.csv', '--format', 'json'], { cwd: dir });
    expect(before.result.code, before.result.stderr).toBe(0);
    expect(school(before.json, 'mid').criteria).toEqual(['A']); // 40% and 35% ≥ 30

    await writeIn(dir, 'shnor.config.json', JSON.stringify({ classify: { threshold: 50 } }));
    const { result, json } = await runJson(['classify', 'in.csv', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.method.threshold).toBe(50);
    const mid = school(json, 'mid');
    expect(mid.flagged).toBe(false); // 40% and 35% < 50
    expect(mid.lowResults).toEqual([]);
    const high = school(json, 'high');
    expect(high.flagged).toBe(true); // 60% and exactly 50%
    expect(high.criteria).toEqual(['A']);
  });

  it('a flag beats the file: --threshold 30 with a file saying 50', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'in.csv', INPUT);
    await writeIn(dir, 'shnor.config.json', JSON.stringify({ classify: { threshold: 50 } }));
    const { result, json } = await runJson(['classify', 'in.csv', '--threshold', '30', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.method.threshold).toBe(30);
    expect(school(json, 'mid').flagged).toBe(true);
  });

  it('--config names another file', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'in.csv', INPUT);
    await writeIn(dir, 'strict-50.json', JSON.stringify({ classify: { threshold: 50, sameProcedure: true } }));
    const { result, json } = await runJson(['--config', 'strict-50.json', 'classify', 'in.csv', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.method.threshold).toBe(50);
    expect(json.method.sameProcedure).toBe(true);
    expect(school(json, 'mid').flagged).toBe(false);
  });

  it('"lang": "en" in the file switches the output language', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'in.csv', INPUT);
    await writeIn(dir, 'shnor.config.json', JSON.stringify({ lang: 'en' }));
    const { result, json } = await runJson(['classify', 'in.csv', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(school(json, 'mid').notes.join(' ')).toMatch(/Criterion A/);
  });

  const INVALID: [string, string][] = [
    ['a threshold that is not a number', JSON.stringify({ classify: { threshold: 'высокий' } })],
    ['a threshold above 100', JSON.stringify({ classify: { threshold: 150 } })],
    ['an unknown key', JSON.stringify({ classify: { treshold: 50 } })],
    ['broken JSON', '{"classify": {"threshold": 50'],
  ];
  for (const [what, content] of INVALID) {
    it(`an invalid config (${what}) → exit 2 naming the file`, async () => {
      const dir = await tempDir();
      await writeIn(dir, 'in.csv', INPUT);
      await writeIn(dir, 'shnor.config.json', content);
      const result = await runCli(['classify', 'in.csv', '--format', 'json'], { cwd: dir });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('shnor.config.json');
      expect(result.stderr).not.toMatch(STACK_LINE);
    });
  }

  it('--config pointing at a missing file → exit 2 naming it', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'in.csv', INPUT);
    const result = await runCli(['--config', 'missing.json', 'classify', 'in.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.json');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('an invalid config names the offending key', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'in.csv', INPUT);
    await writeFile(join(dir, 'shnor.config.json'), JSON.stringify({ classify: { threshold: 150 } }));
    const result = await runCli(['classify', 'in.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('threshold');
  });

  it('says on stderr which file it read when it picked ./shnor.config.json up; nothing with --config', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'in.csv', INPUT);
    await writeIn(dir, 'shnor.config.json', JSON.stringify({ classify: { threshold: 50 } }));
    await writeIn(dir, 'named.json', JSON.stringify({ classify: { threshold: 50 } }));
    const picked = await runCli(['classify', 'in.csv', '--format', 'json'], { cwd: dir });
    expect(picked.code, picked.stderr).toBe(0);
    expect(picked.stderr).toBe(`Настройки из ${join(realpathSync(dir), 'shnor.config.json')} (другой файл — --config)\n`);
    const named = await runCli(['--config', 'named.json', 'classify', 'in.csv', '--format', 'json'], { cwd: dir });
    expect(named.code, named.stderr).toBe(0);
    expect(named.stderr).toBe('');
  });

  it('--config naming a file that is not JSON: where it breaks, never its text', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'in.csv', INPUT);
    // the engine's own message would quote it: «Unexpected token 's', "secret-tok"... is not valid JSON»
    await writeIn(dir, 'secret.txt', 'secret-token-12345\n');
    await writeIn(dir, 'cut.json', '{\n  "classify": {"threshold": 50}\n  "lang": "en"\n}');
    const secret = await runCli(['--config', 'secret.txt', 'classify', 'in.csv'], { cwd: dir });
    expect(secret.code).toBe(2);
    expect(secret.stderr).not.toContain('secret-tok');
    expect(secret.stderr).toContain('secret.txt не читается: не JSON');
    // the missing comma: line 3, column 3 («"lang"» after two spaces)
    const cut = await runCli(['--config', 'cut.json', 'classify', 'in.csv'], { cwd: dir });
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain('cut.json не читается: не JSON: ошибка в строке 3, позиция 3');
    expect(cut.stderr).not.toContain('threshold');
  });
});
