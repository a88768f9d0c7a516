/**
 * shnor objectivity as a user runs it: the built binary on a small per-pupil export of the real shape
 * (ВПР 2021 математика 5 кл.: «3» from 7). One school of 20 pupils: 10 with 7 points and journal «3»
 * (подтвердили), 10 with 12 points and «3» (повысили).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir, writeIn } from './run-cli.js';

const NAME = 'Проведение работы по математике, 5 класс. ВПР 2021.csv';
const rows = (count: number, total: number) =>
  Array.from({ length: count }, (_, i) => `sch220001;город Барнаул;${50001 + i};3;а;1;${total};${Math.min(total, 10)};${total - Math.min(total, 10)}`);
const EXPORT = ['логин школы;регион;код обучающегося;отметка за предыдущую четверть/триместр;класс;вариант;всего баллов;балл за 1;балл за 2', ...rows(10, 7), ...rows(10, 12)].join('\n');

describe('shnor objectivity (binary)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, NAME, EXPORT);
  });

  it('exit 0; the JSON gives 0 / 10 / 10 of 20', async () => {
    const { result, json } = await runJson<{ works: { groups: { journal: { compared: number; confirmed: { count: number }; raised: { count: number } } }[] }[] }>(
      ['objectivity', NAME, '--format', 'json'], { cwd: dir },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(json.works[0]!.groups[0]!.journal).toMatchObject({ compared: 20, confirmed: { count: 10 }, raised: { count: 10 } });
  });

  it('--by teacher: exit 2 naming the one value it takes', async () => {
    const result = await runCli(['objectivity', NAME, '--by', 'teacher'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--by');
    expect(result.stderr).toContain('class');
  });
});
