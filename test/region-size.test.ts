/**
 * Region-scale inputs (issue 18, item 11): `dynamics` beyond about 120,000 results and `inspect`
 * beyond about 120,000 issues exited 3 with «Maximum call stack size exceeded» (`Math.min(...years)`,
 * `issues.push(...loaded.issues)`). Both run here with 200,000 in-process, and must not throw.
 * The whole analysis of 200,000 results takes about 10 s, so the dynamics report is built from one
 * analysed school repeated 200,000 times: the renderers walk every entry as they would real ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyOptions } from '../src/app/inputs.js';
import { main } from '../src/cli/main.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { loadProgramme } from '../src/io/programme.js';
import { append, maxOf, minOf } from '../src/model/arrays.js';
import type { Issue } from '../src/model/issues.js';
import { analyseDynamics } from '../src/rules/analysis.js';
import { dynamicsDocument } from '../src/report/dynamics/document.js';
import { yearSpan, type DynamicsReport } from '../src/report/dynamics/report.js';
import { documentMarkdown } from '../src/report/to/md.js';
import { documentScreen } from '../src/report/to/terminal.js';
import { makePainter } from '../src/cli/terminal.js';
import { tempDir } from './app/files.js';
import { record } from './rules/score-helpers.js';

const N = 200_000;

describe('model/arrays over 200,000 items', () => {
  const values = Array.from({ length: N }, (_, i) => (i * 7919) % N);
  it('append, maxOf and minOf take them all (a spread throws RangeError here)', () => {
    expect(() => [].push(...(Array.from({ length: N }) as never[]))).toThrow(RangeError);
    expect(append([-1], values)).toHaveLength(N + 1);
    // 7919 is prime and does not divide 200,000, so i · 7919 mod 200,000 takes every value 0 … 199,999
    expect(maxOf(values)).toBe(N - 1);
    expect(minOf(values)).toBe(0);
    expect(maxOf([], 0)).toBe(0);
    expect(minOf([], 5)).toBe(5);
  });
});

describe('dynamics with 200,000 school × procedure results', () => {
  it('spans the years and renders the table and Markdown', () => {
    const years = [2021, 2022, 2023, 2024];
    const records = years.map((year, i) => record('S1', year, 'OGE-MA', { participants: 20, failed: 2 + 3 * i }));
    const analysis = analyseDynamics({
      records, reference: [], classify: { ...classifyOptions(DEFAULT_CONFIG.classify, 2024, 'ru'), branches: new Map() },
      dynamics: DEFAULT_CONFIG.dynamics, score: DEFAULT_CONFIG.score, programme: loadProgramme(undefined),
    });
    const schools = Array.from({ length: N / years.length }, () => analysis.schools[0]!);
    const issue: Issue = { file: 'big.csv', sheet: null, row: 2, column: 'Процедура', code: 'missing-procedure', params: {} };
    const report: DynamicsReport = {
      analysis: { ...analysis, schools },
      years: yearSpan(schools),
      method: { ...DEFAULT_CONFIG.dynamics, threshold: 30, procedures: ['OGE-MA'] },
      issues: Array.from({ length: N }, () => issue),
      referenceLevels: [],
      selected: false,
    };
    expect(report.years).toEqual(years);
    const document = dynamicsDocument(report, 'ru');
    const table = documentScreen(document, { lang: 'ru', excel: false, paint: makePainter(false), width: null });
    expect(table.split('OGE-MA').length - 1 + table.split('ОГЭ Математика').length - 1).toBeGreaterThanOrEqual(N / years.length);
    expect([...documentMarkdown(document, 'ru')].join('').split('\n- ').length).toBeGreaterThan(N);
  }, 60_000);
});

describe('inspect with 200,000 issues', () => {
  it('exits 0 and lists them all', async () => {
    const dir = await tempDir('shnor-region-'); // some 55 MB: removed when the file is done
    const rows = ['Код ОО;Учебный год;Процедура;Кол-во участников;«2»'];
    for (let i = 0; i < N; i++) rows.push(`S${i};2024;;20;1`); // no procedure: one issue a row
    writeFileSync(join(dir, 'big.csv'), `${rows.join('\n')}\n`);
    const out = join(dir, 'inspect.json');
    expect(await main(['inspect', join(dir, 'big.csv'), '--format', 'json', '-o', out])).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { issues: { code: string }[] };
    expect(json.issues.filter((i) => i.code === 'missing-procedure')).toHaveLength(N);
  }, 60_000);
});
