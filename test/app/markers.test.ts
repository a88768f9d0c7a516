/**
 * `--markers FILE`, the commands run in-process, on the demo district (fixtures/demo, see
 * EXPECTED.md): a list of our own in the real list's shape naming demo schools — by code, and once
 * by a login the district does not use, so that the name decides. The profile says «Признаки
 * необъективности ВПР» = да for DM-16 and DM-22 only (EXPECTED.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonIssue } from './classify-json.js';
import { csv, tempDir, writeIn } from './files.js';
import { runCommand, runCommandJson, runReportCommand } from './run.js';

interface ScoreJson {
  schools: { schoolId: string; total: number; max: number; indicators: { id: string; points: number | null; note: string | null }[] }[];
  issues: JsonIssue[];
}

interface CheckJson {
  dataChecks: { code: string; level: string; schoolId: string | null; procedure: string | null; year: number | null; message: string }[];
}

const DISTRICT = 'fixtures/demo/district.xlsx';
const PROFILE = 'fixtures/demo/schools-profile.xlsx';

let dir: string;
let markers: string;

beforeAll(async () => {
  dir = await tempDir();
  markers = await writeIn(dir, 'markers.csv', csv([
    ['Год', 'Логин', 'Муниципалитет', 'ОО', '4 РУ', '4 МА', '5 РУ', '5 МА', 'Количество маркеров'],
    ['2025', 'DM-16', 'Демонстрационный район', 'МБОУ СОШ № 16 г. Демидов', 1, '', '', 1, 2], // row 2
    ['2025', 'edu999001', 'Демонстрационный район', 'МБОУ "СОШ №5 г. Демидов"', '', '', 1, '', 1], // row 3: DM-05 by name
    ['2025', 'edu050001', 'Другой район', 'МКОУ СОШ № 1', 1, '', '', '', 1], // row 4: not in the district
    ['2024', 'DM-22', 'Демонстрационный район', 'МБОУ СОШ с. Троицкое', '', 1, '', '', 1], // row 5: the year before
  ], ';'));
});

const indicatorOf = (json: ScoreJson, school: string) => json.schools.find((s) => s.schoolId === school)!.indicators.find((i) => i.id === '1.18')!;

describe('shnor score --markers', () => {
  it('scores 1.18 of 2025 from the list of 2025, over the profile column, and says which list and procedures', async () => {
    const { result, json } = await runCommandJson<ScoreJson>('score', { inputs: [DISTRICT], profile: PROFILE, markers });
    expect(result.code, result.stderr).toBe(0);
    expect(indicatorOf(json, 'DM-16')).toMatchObject({ points: 0, note: 'в списке признаков необъективности 2025 г.: ВПР Русский язык 4 кл., ВПР Математика 5 кл.' });
    expect(indicatorOf(json, 'DM-05')).toMatchObject({
      points: 0, note: 'в списке признаков необъективности 2025 г.: ВПР Русский язык 5 кл.; в профиле «Признаки необъективности ВПР» — нет; учтён список',
    });
    // DM-22: «да» in the profile, on the 2024 list only → no signs in 2025, 3 points
    expect(indicatorOf(json, 'DM-22')).toMatchObject({ points: 3, note: 'нет в списке признаков необъективности 2025 г.; в профиле «Признаки необъективности ВПР» — да; учтён список' });
    expect(indicatorOf(json, 'DM-01')).toMatchObject({ points: 3, note: 'нет в списке признаков необъективности 2025 г.' });
    expect(json.issues.filter((i) => i.file.endsWith('markers.csv')).map((i) => [i.row, i.code])).toEqual([
      [null, 'markers-outside-results'], [3, 'name-matched'],
    ]);
    expect(result.stderr).toContain('список 2025 г.: школ списка нет во входных результатах — 1 из 3 (например, edu050001)');

    // against the profile alone: DM-22 gains the 3 points of 1.18, DM-05 loses them, maxima stay
    const plain = await runCommandJson<ScoreJson>('score', { inputs: [DISTRICT], profile: PROFILE });
    const totals = (report: ScoreJson, id: string) => report.schools.find((s) => s.schoolId === id)!;
    expect(totals(json, 'DM-22').total - totals(plain.json, 'DM-22').total).toBe(3);
    expect(totals(json, 'DM-05').total - totals(plain.json, 'DM-05').total).toBe(-3);
    expect(totals(json, 'DM-22').max).toBe(totals(plain.json, 'DM-22').max);
  });

  it('a year the list lacks: 1.18 from the profile, with a note; the text output says what the list covers', async () => {
    const { json } = await runCommandJson<ScoreJson>('score', { inputs: [DISTRICT], profile: PROFILE, markers, year: 2023 });
    expect(indicatorOf(json, 'DM-16')).toMatchObject({ points: 0, note: 'в списке признаков необъективности нет 2023 г. — по профилю' });
    const text = await runCommand('score', { inputs: [DISTRICT], markers, year: 2023 });
    expect(text.stdout).toContain('Список признаков необъективности: 2024, 2025 г.; за 2023 г. записей нет — показатель 1.18 по профилю.');
  });
});

describe('shnor check --markers', () => {
  it('shows the list beside the computed signs, as warnings: exit 0', async () => {
    const { result, json } = await runCommandJson<CheckJson>('check', { inputs: [DISTRICT], markers });
    expect(result.code, result.stderr).toBe(0);
    const listed = json.dataChecks.filter((c) => c.code === 'objectivity-listed');
    // ВПР 4 is not in the demo district at all; ВПР МА 5 and РУ 5 are, in the default set
    expect(listed.map((c) => [c.schoolId, c.procedure, c.year, c.level])).toEqual([
      ['DM-05', 'VPR-RU-5', 2025, 'warning'], ['DM-16', 'VPR-MA-5', 2025, 'warning'], ['DM-16', 'VPR-RU-4', 2025, 'warning'],
    ]);
    expect(listed[2]!.message).toBe('в официальном списке признаков необъективности 2025 г.; результатов процедуры в этих данных нет');
    // DM-05's ВПР МА 5: 34,62% «2» in 2024 (18/52, EXPECTED.md), at most 20% in 2025 (every result not planted is
    // 0–20%): a drop of at least 14,62 pp ≥ 10, a computed swing — while the list names DM-05 for ВПР РУ 5 only
    const swing = json.dataChecks.find((c) => c.code === 'objectivity-swing' && c.schoolId === 'DM-05' && c.procedure === 'VPR-MA-5')!;
    expect(swing.message).toMatch(/; в официальном списке признаков необъективности 2025 г\. школа есть, но по другим процедурам$/);
  });
});

describe('shnor report --markers', () => {
  it('lists the district\'s schools on the list of the year under the rating, per procedure', async () => {
    const { code, stderr, md } = await runReportCommand({ inputs: [DISTRICT], markers });
    expect(code, stderr).toBe(0);
    const part = md.split('### Признаки необъективности результатов ВПР (официальный список; показатель 1.18)')[1]!.split('\n## ')[0]!;
    expect(part).toContain('школ из входных данных в нём — 2 из 30; школ списка, которых во входных данных нет: 1.');
    expect(part).toContain('По процедурам: ВПР Русский язык 4 кл. — 1; ВПР Математика 5 кл. — 1; ВПР Русский язык 5 кл. — 1.');
    expect(part).toContain('| DM-05 | МБОУ СОШ № 5 г. Демидов | да |  |  | отмечено | 1 |');
    expect(part).toContain('| DM-16 | МБОУ СОШ № 16 г. Демидов | нет | отмечено | отмечено |  | 2 |');
  });
});
