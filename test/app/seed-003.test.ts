/**
 * Seed 003: the Slavyansk 2021 table in the wide layout (one row per school, one column per
 * procedure, failing shares in percent with decimal commas, «;» CSV, no year column).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYearOption } from '../../src/cli/options.js';
import { school, sortedLow, sortLow, type JsonLowResult, type JsonReport } from './classify-json.js';
import { STACK_LINE, tempDir, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

const SEED_003 = [
  'школы;ВПР Русский 5 кл. % «2»;ВПР Русский 6 кл. % «2»;ВПР Математика 5 кл. % «2»;ВПР Математика 6 кл. % «2»;ОГЭ- математика % не преодолевших',
  '5;;;;49;32',
  '7;85,7;42,9;42,9;;',
  '11;45,5;;57,9;32;70',
  '17;;;;34,2;39',
  '22;100;;33,3;;33',
  '39;45,5;;40,4;50;',
  '43;;;45,8;37;',
  '49;;100;;50;',
  '50;50;;;33,3;',
  '51;;;33,3;50;',
].join('\n') + '\n';

/** A share-only result of 2021: no counts, so participants and failed are null. */
const pct = (procedure: string, failShare: number): JsonLowResult => ({ year: 2021, procedure, participants: null, failed: null, failShare });

// Columns: RU-5 | RU-6 | MA-5 | MA-6 | OGE-MA. Every value below is ≥ 30, so every non-blank cell is low;
// every school has at least 2 of them in 2021 → criterion A (no 2020 data, so never B).
const EXPECTED: Record<string, JsonLowResult[]> = {
  // 49 ≥ 30, 32 ≥ 30 → 2 low
  '5': [pct('VPR-MA-6', 49), pct('OGE-MA', 32)],
  // 85.7, 42.9, 42.9 → 3 low
  '7': [pct('VPR-RU-5', 85.7), pct('VPR-RU-6', 42.9), pct('VPR-MA-5', 42.9)],
  // 45.5, 57.9, 32, 70 → 4 low
  '11': [pct('VPR-RU-5', 45.5), pct('VPR-MA-5', 57.9), pct('VPR-MA-6', 32), pct('OGE-MA', 70)],
  // 34.2, 39 → 2 low
  '17': [pct('VPR-MA-6', 34.2), pct('OGE-MA', 39)],
  // 100, 33.3, 33 → 3 low
  '22': [pct('VPR-RU-5', 100), pct('VPR-MA-5', 33.3), pct('OGE-MA', 33)],
  // 45.5, 40.4, 50 → 3 low
  '39': [pct('VPR-RU-5', 45.5), pct('VPR-MA-5', 40.4), pct('VPR-MA-6', 50)],
  // 45.8, 37 → 2 low
  '43': [pct('VPR-MA-5', 45.8), pct('VPR-MA-6', 37)],
  // 100, 50 → 2 low
  '49': [pct('VPR-RU-6', 100), pct('VPR-MA-6', 50)],
  // 50, 33.3 → 2 low
  '50': [pct('VPR-RU-5', 50), pct('VPR-MA-6', 33.3)],
  // 33.3, 50 → 2 low
  '51': [pct('VPR-MA-5', 33.3), pct('VPR-MA-6', 50)],
};

describe('seed 003 (Slavyansk 2021, wide layout)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'slavyansk-2021.csv', SEED_003);
  });

  it('flags all 10 schools by criterion A with the exact failing shares', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['slavyansk-2021.csv'], year: 2021 }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2021);
    expect(json.method.threshold).toBe(30);
    expect(json.method.sameProcedure).toBe(false);
    expect(json.issues).toEqual([]);
    expect(json.schools.map((s) => s.schoolId).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [id, low] of Object.entries(EXPECTED)) {
      const s = school(json, id);
      expect(s.flagged, `school ${id}`).toBe(true);
      expect(s.criteria, `school ${id}`).toEqual(['A']);
      expect(sortedLow(s), `school ${id}`).toEqual(sortLow(low));
      expect(s.notes.length, `school ${id}`).toBeGreaterThan(0);
    }
  });

  it('school 7: ВПР Русский 5 — 85.7, ВПР Русский 6 — 42.9, ВПР Математика 5 — 42.9, no counts', async () => {
    const { json } = await runCommandJson<JsonReport>('classify', { inputs: ['slavyansk-2021.csv'], year: 2021 }, { cwd: dir });
    const s7 = school(json, '7');
    expect(s7.lowResults).toHaveLength(3);
    expect(s7.lowResults).toEqual(
      expect.arrayContaining([
        { year: 2021, procedure: 'VPR-RU-5', participants: null, failed: null, failShare: 85.7 },
        { year: 2021, procedure: 'VPR-RU-6', participants: null, failed: null, failShare: 42.9 },
        { year: 2021, procedure: 'VPR-MA-5', participants: null, failed: null, failShare: 42.9 },
      ]),
    );
  });

  it('accepts --year as a school year «2020-2021» → 2021', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['slavyansk-2021.csv'], year: parseYearOption('2020-2021') }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2021);
    expect(json.schools.filter((s) => s.flagged)).toHaveLength(10);
  });

  it('without --year (no year column, sheetless CSV) → exit 2 with a message mentioning --year', async () => {
    const result = await runCommand('classify', { inputs: ['slavyansk-2021.csv'] }, { cwd: dir, format: 'json' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--year');
    expect(result.stderr).toContain('slavyansk-2021.csv');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
