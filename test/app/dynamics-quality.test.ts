/** dynamics' «успеваемость» and «качество знаний» beside each year, on the demo district (it counts marks «2»–«5»). */
import { describe, expect, it } from 'vitest';
import { runCommand, runCommandJson } from './run.js';

interface Point { year: number; success: number | null; quality: number | null; municipalitySuccess: number | null; municipalityQuality: number | null; regionSuccess: number | null; regionQuality: number | null }
interface Json { schools: { schoolId: string; procedures: { procedure: string; years: Point[] }[] }[] }

describe('dynamics: успеваемость и качество знаний', () => {
  it('JSON: the school and its municipality per year, new keys beside the old', async () => {
    const { json } = await runCommandJson<Json>('dynamics', { inputs: ['fixtures/demo/district-cp1251.csv'] });
    const point = json.schools.find((s) => s.schoolId === 'DM-01')!.procedures.find((p) => p.procedure === 'VPR-MA-5')!.years.find((y) => y.year === 2025)!;
    // district-cp1251.csv, DM-01 ВПР математика 5 кл. 2025: «2» 10, «3» 37, «4» 22, «5» 11 of 80 → 70/80 = 87,5%, 33/80 = 41,25%;
    // the 29 schools' rows summed: 111 / 440 / 357 / 209 of 1,117 → 1,006/1,117 = 90,06%, 566/1,117 = 50,67%
    expect(point).toMatchObject({ failShare: 12.5, success: 87.5, quality: 41.25, municipalitySuccess: 90.06, municipalityQuality: 50.67 });
  });

  it('the page: a column for the last year', async () => {
    const md = await runCommand('dynamics', { inputs: ['fixtures/demo/district-cp1251.csv'] }, { format: 'md' });
    expect(md.stdout).toContain('| Успеваемость / качество знаний, 2024/2025 уч. г. |');
    expect(md.stdout).toContain('| 87,5% / 41,25% (муниципалитет 90,06% / 50,67%) |');
  });

  it('with the reference\'s shares of marks, the region too: ВПР математика 5 кл. 2025 10,1 / 40,6 / 31,4 / 17,9 → 89,9% and 49,3%', async () => {
    const { json } = await runCommandJson<Json>('dynamics', { inputs: ['fixtures/demo/district-cp1251.csv'], reference: 'fixtures/demo/region-reference.csv' });
    const procedures = json.schools.find((s) => s.schoolId === 'DM-01')!.procedures;
    // 100 − 10,1 = 89,9; 31,4 + 17,9 = 49,3 (fixtures/demo/EXPECTED.md)
    expect(procedures.find((p) => p.procedure === 'VPR-MA-5')!.years.find((y) => y.year === 2025)).toMatchObject({ regionSuccess: 89.9, regionQuality: 49.3 });
    // the reference gives ОГЭ a mean only: no region
    expect(procedures.find((p) => p.procedure === 'OGE-MA')!.years.find((y) => y.year === 2025)).toMatchObject({ regionSuccess: null, regionQuality: null });
    const md = await runCommand('dynamics', { inputs: ['fixtures/demo/district-cp1251.csv'], reference: 'fixtures/demo/region-reference.csv' }, { format: 'md' });
    expect(md.stdout).toContain('| 87,5% / 41,25% (муниципалитет 90,06% / 50,67%; регион 89,9% / 49,3%) |');
  });
});
