/**
 * The справка's line of procedures carries each one's «успеваемость» / «качество знаний» of the year
 * over every school (their marks summed). Hand-worked on the demo district (fixtures/demo, 2025):
 * ВПР математика 5 кл. — «2» 111, «3» 440, «4» 357, «5» 209 of 1,117 → 1,006/1,117 = 90,06% and
 * 566/1,117 = 50,67%; ЕГЭ математика профильная has no marks, so no figures.
 */
import { describe, expect, it } from 'vitest';
import { runReportCommand } from './run.js';

describe('report: pass rate and quality in the summary', () => {
  it('gives 90,1% / 50,7% for ВПР Математика 5 кл. and none for ЕГЭ профильная, and says where the schools\' are', async () => {
    const run = await runReportCommand({ inputs: ['fixtures/demo/district.xlsx'], year: 2025 });
    expect(run.code, run.stderr).toBe(0);
    const line = run.md.split('\n').find((l) => l.startsWith('Годы: '))!;
    expect(line).toContain('Годы: 2022/2023–2024/2025 уч. гг.;');
    expect(line).toContain('ВПР Математика 5 кл. (90,1% / 50,7%)');
    expect(line).toContain('ЕГЭ Математика (профильная),');
    expect(line).toContain('В скобках — успеваемость / качество знаний в 2024/2025 уч. г. (по школам — лист «Успеваемость и качество» книги report.xlsx).');
  });
});
