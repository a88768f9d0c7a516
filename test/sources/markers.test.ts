/**
 * The real list of schools with signs of non-objective ВПР results, Республика Дагестан 2023–2025
 * (../shared/real-exports/dagestan-objectivity-markers.xlsx, see its README): read end to end.
 *
 * The expected figures were counted on the sheet itself, not through shnor: filtering «Год» and then
 * «Количество маркеров» (and each procedure column for 1) as a spreadsheet filter does, on the raw
 * cells. 599 rows under the header: 159 of 2023 (rows 2–160), 296 of 2024 (rows 161–456: rows 309–456
 * repeat 161–308 cell for cell, so 148 schools), 144 of 2025 (rows 457–600). Schools with 2 markers:
 * 44 in 2023, 76 rows / 2 = 38 in 2024, 43 in 2025. Per procedure in 2023 (4 РУ, 4 МА, 5 РУ, 5 МА):
 * 59, 60, 54, 54 — sum 227 = 104 × 1 + 44 × 2 + 9 × 3 + 2 × 4. School edu053017 (МКОУ «Акушинская СОШ
 * №1 им. С. М. Кирова»): row 4, 2023 — 4 МА and 5 МА, count 2; not in 2024; row 457, 2025 — 5 РУ and
 * 5 МА (4 РУ and 4 МА are 0), count 2. School edu053206 (row 80, 2023): all four, count 4.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkers, type MarkersLoad } from '../../src/io/markers.js';
import { csv, ROOT, runJson, tempDir, writeIn, type JsonIssue } from '../e2e/run-cli.js';

const FILE = join(ROOT, '..', 'shared', 'real-exports', 'dagestan-objectivity-markers.xlsx');
const SHEET = 'Признаки необъективности папка ';

let load: MarkersLoad;
beforeAll(async () => {
  load = await loadMarkers(FILE);
});

describe('the Dagestan list of signs of non-objective results', () => {
  const ofYear = (year: number) => load.list.entries.filter((e) => e.year === year);

  it('has 2023, 2024 and 2025 with 159, 148 and 144 schools; no row is left out, the repeated 2024 block is one note', () => {
    expect(load.list.years).toEqual([2023, 2024, 2025]);
    expect([2023, 2024, 2025].map((y) => ofYear(y).length)).toEqual([159, 148, 144]);
    expect(load.issues).toEqual([{ file: FILE, sheet: SHEET, row: 309, column: null, code: 'markers-repeated', params: { count: 148, rows: '309–456' } }]);
    // every row accounted for: 451 entries + 148 repeats = 599 rows under the header
    expect(load.list.entries.length + 148).toBe(599);
    expect(load.list.entries.every((e) => e.count === e.procedures.length && e.source.sheet === SHEET)).toBe(true);
  });

  it('has 44, 38 and 43 schools with two markers, and 2023\'s per-procedure counts', () => {
    expect([2023, 2024, 2025].map((y) => ofYear(y).filter((e) => e.procedures.length === 2).length)).toEqual([44, 38, 43]);
    const per = (procedure: string) => ofYear(2023).filter((e) => e.procedures.includes(procedure)).length;
    expect(['VPR-RU-4', 'VPR-MA-4', 'VPR-RU-5', 'VPR-MA-5'].map(per)).toEqual([59, 60, 54, 54]);
  });

  it('gives edu053017 its procedures of each year, and edu053206 all four in 2023', () => {
    const of = (id: string) => load.list.entries.filter((e) => e.schoolId === id).map((e) => [e.year, e.procedures, e.count, e.source.row]);
    expect(of('edu053017')).toEqual([[2023, ['VPR-MA-4', 'VPR-MA-5'], 2, 4], [2025, ['VPR-MA-5', 'VPR-RU-5'], 2, 457]]);
    expect(load.list.entries.find((e) => e.schoolId === 'edu053017')).toMatchObject({
      municipality: 'Акушинский муниципальный район',
      schoolName: 'Муниципальное казенное общеобразовательное учреждение "Акушинская средняя общеобразовательная школа №1 им.С.М.Кирова"',
    });
    expect(of('edu053206')).toEqual([[2023, ['VPR-MA-4', 'VPR-RU-4', 'VPR-MA-5', 'VPR-RU-5'], 4, 80]]);
  });

  it('scores 1.18 of 2023 through the CLI for results keyed by the same logins', async () => {
    // results of our own: two listed schools and one the list does not have (edu053021: row 5, 2023 — 4 РУ only)
    const dir = await tempDir();
    const results = await writeIn(dir, 'results.csv', csv([
      ['school_id', 'year', 'procedure', 'participants', 'fail_count'],
      ['edu053017', 2023, 'VPR-MA-5', 30, 3], ['edu053021', 2023, 'VPR-MA-5', 30, 3], ['edu059999', 2023, 'VPR-MA-5', 30, 3],
    ]));
    const { result, json } = await runJson<{ schools: { schoolId: string; indicators: { id: string; points: number | null; note: string | null }[] }[]; issues: JsonIssue[] }>(
      ['score', results, '--markers', FILE, '--format', 'json'],
    );
    expect(result.code, result.stderr).toBe(0);
    const of = (id: string) => json.schools.find((s) => s.schoolId === id)!.indicators.find((i) => i.id === '1.18');
    expect(of('edu053017')).toMatchObject({ points: 0, note: 'в списке признаков необъективности 2023 г.: ВПР Математика 4 кл., ВПР Математика 5 кл.' });
    expect(of('edu053021')).toMatchObject({ points: 0, note: 'в списке признаков необъективности 2023 г.: ВПР Русский язык 4 кл.' });
    expect(of('edu059999')).toMatchObject({ points: 3, note: 'нет в списке признаков необъективности 2023 г.' });
    // outside the results: 2023 — 159 − 2; 2024 — 148 − 1 (edu053021, row 161); 2025 — 144 − 1 (edu053017, row 457)
    const outside = json.issues.filter((i) => i.code === 'markers-outside-results').map((i) => i.message.split(' (')[0]);
    expect(outside).toEqual([
      'список 2023 г.: школ списка нет во входных результатах — 157 из 159',
      'список 2024 г.: школ списка нет во входных результатах — 147 из 148',
      'список 2025 г.: школ списка нет во входных результатах — 143 из 144',
    ]);
  });
});
