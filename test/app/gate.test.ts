/**
 * What --strict counts and what --rejects keeps, once for every command (issue 19): the three
 * commands that had drifted from the others — check ignored the draft's and the journal's
 * problems under --strict, tasks --results ignored --strict, inspect rewrote --rejects per file.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { runInspect } from '../../src/app/inspect.js';
import { runTasks } from '../../src/app/tasks.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { csv, ROOT, tempDir, writeIn } from './files.js';
import { testEnv } from './test-env.js';

const config = DEFAULT_CONFIG;
let dir: string;
let results: string;

beforeAll(async () => {
  dir = await tempDir('shnor-app-');
  results = await writeIn(dir, 'results.csv', csv([
    ['school_id', 'school_name', 'year', 'procedure', 'participants', 'fail_count'],
    ['S1', 'СОШ 1', 2021, 'VPR-MA-5', 20, 10],
    ['S1', 'СОШ 1', 2021, 'OGE-MA', 30, 12],
    ['S2', 'СОШ 2', 2021, 'VPR-MA-5', 20, 8],
  ]));
});

describe('check --strict', () => {
  it('stops on a problem of the draft list alone (a row without a school code, row 3)', async () => {
    const draft = await writeIn(dir, 'draft.csv', csv([['Код ОО', 'Примечание'], ['S1', ''], ['', 'без кода']]));
    const env = testEnv();
    await expect(runCheck({ inputs: [results], config, list: draft, strict: true }, env)).rejects.toMatchObject({ code: 'strict-failed', params: { count: 1 } });
    expect(env.told.flat()).toMatchObject([{ file: draft, row: 3, code: 'missing-school' }]);
  });

  it('without --strict the same draft is compared: S1 listed and flagged, exit 0', async () => {
    const draft = await writeIn(dir, 'draft-2.csv', csv([['Код ОО', 'Примечание'], ['S1', ''], ['', 'без кода']]));
    const result = await runCheck({ inputs: [results], config, list: draft }, testEnv());
    expect(result.data.comparison).toMatchObject({ missing: [], extra: [] });
    expect(result.issues.map((i) => i.code)).toEqual(['missing-school']);
  });
});

describe('tasks --results --strict', () => {
  it('stops on a problem of the results (11 «2» of 10 participants)', async () => {
    const bad = await writeIn(dir, 'bad-results.csv', csv([
      ['school_id', 'year', 'procedure', 'participants', 'fail_count'],
      ['sch240101', 2023, 'VPR-MA-5', 10, 11],
    ]));
    const tasks = {
      inputs: [join(ROOT, 'fixtures/tasks/protocol-sch240101.csv')], map: [join(ROOT, 'fixtures/tasks/map-vpr-ma5-2023.csv')], config,
    };
    await expect(runTasks({ ...tasks, results: [bad], strict: true }, testEnv())).rejects.toMatchObject({ code: 'strict-failed', params: { count: 1 } });
    const lenient = await runTasks({ ...tasks, results: [bad] }, testEnv());
    expect(lenient.issues.map((i) => [i.row, i.code])).toEqual([[2, 'fail-exceeds-participants']]);
  });
});

describe('inspect --rejects', () => {
  it('keeps the rows left out of every file, not only of the last one', async () => {
    const rows = (school: string) => csv([
      ['school_id', 'year', 'procedure', 'participants', 'fail_count'],
      [school, 2021, 'VPR-MA-5', 10, 2],
      [school, 2021, 'VPR-RU-5', 10, 11],
    ]);
    const first = await writeIn(dir, 'first.csv', rows('A'));
    const second = await writeIn(dir, 'second.csv', rows('B'));
    const env = testEnv();
    await runInspect({ inputs: [first, second], config, rejects: 'rejects.csv' }, env);
    expect(env.rejected.get('rejects.csv')).toHaveLength(1);
    expect(env.rejected.get('rejects.csv')![0]!.map((i) => [i.file, i.row])).toEqual([[first, 3], [second, 3]]);
  });
});
