/**
 * A ФИС ОКО «Статистика по отметкам» export through the commands, run in-process. The workbook is
 * made by test/io/layouts/fisoko.test.ts (with exceljs) and kept in fixtures/cases.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { school, sortedLow, type JsonReport } from './classify-json.js';
import { runCommandJson } from './run.js';

const FIXTURE = 'fixtures/cases/fisoko-vpr-ma5-2023.xlsx';

interface ScoreJson {
  schools: { schoolId: string; indicators: { id: string; value: number | null }[] }[];
}

describe('classify a ФИС ОКО export', () => {
  it('reads the schools by their logins, with municipalities, VPR-MA-5 and the year from the title', async () => {
    expect(existsSync(FIXTURE), `${FIXTURE} is made by test/io/layouts/fisoko.test.ts`).toBe(true);
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: [FIXTURE] });
    expect(result.code).toBe(0);
    expect(json.year).toBe(2023);
    expect(json.schools.map((s) => s.schoolId).sort()).toEqual(['sch233015', 'sch233016', 'sch233017', 'sch233101', 'sch233102']);
    expect(school(json, 'sch233015')).toMatchObject({ schoolName: 'МБОУ СОШ № 5', municipality: 'Славянский район', lowResults: [] });
    expect(school(json, 'sch233102').municipality).toBe('Темрюкский район');
    expect(sortedLow(school(json, 'sch233016'))).toEqual([
      { year: 2023, procedure: 'VPR-MA-5', participants: 20, failed: 7, failShare: 35 },
    ]);
    expect(json.issues.map((i) => [i.row, i.code])).toEqual([[11, 'pcts-rounded']]);
  });

  it('uses the region and municipality rows as reference values: 1.19 against the school\'s municipality', async () => {
    const { result, json } = await runCommandJson<ScoreJson>('score', { inputs: [FIXTURE] });
    expect(result.code).toBe(0);
    const index = (id: string) => json.schools.find((s) => s.schoolId === id)?.indicators.find((i) => i.id === '1.19')?.value;
    // (1 − F_school)/(1 − F_district) − 1 with F_district the municipality row's «2» share, not the
    // share computed from the five schools (19 of 131)
    expect(index('sch233101')).toBeCloseTo((1 - 0.05) / (1 - 0.095) - 1, 4); // Темрюкский район, 9.5 %
    expect(index('sch233015')).toBeCloseTo((1 - 0.12) / (1 - 0.14) - 1, 4); // Славянский район, 14 %
  });

  it('dynamics names the reference levels the export gave', async () => {
    const { result, json } = await runCommandJson<{ reference: string[] }>('dynamics', { inputs: [FIXTURE] });
    expect(result.code).toBe(0);
    expect([...json.reference].sort()).toEqual(['district', 'region']);
  });
});
