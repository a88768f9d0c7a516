/**
 * The mean-score tables of seeds 000 and 002 (issue 17, item 10) as a shape test: their cells,
 * laid out as the long layout's rows (school, year, subject, mean), are read as results with a
 * mean and no share of «2», and classify and dynamics treat them so. Reads ../shared/seeds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldOfHeader } from '../../src/model/fields.js';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import type { ReferenceValue } from '../../src/model/reference.js';
import { dynamicsParams } from '../../src/rules/dynamics-params.js';
import { procedureDynamics } from '../../src/rules/dynamics.js';
import { classifySchools } from '../../src/rules/fioko.js';
import { buildDistrict } from '../../src/rules/indicators/district.js';
import { find, readRows } from '../io/layouts/harness.js';

const seed = (file: string) => readFileSync(`../shared/seeds/${file}`, 'utf8').split('\n');

/** The tab-separated lines of a seed from the line starting with `start` to the next blank line. */
function block(lines: string[], start: string): string[][] {
  const from = lines.findIndex((line) => line.startsWith(start));
  expect(from, start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > from && line.trim() === '');
  return lines.slice(from, end).map((line) => line.split('\t'));
}

const hasValue = (cell: string | undefined): cell is string => cell !== undefined && cell.trim() !== '' && cell.trim() !== '-';

describe('seed 002, «Результаты ЕГЭ» (Учебный предмет × school × 2021–2023, Средний балл)', () => {
  const lines = seed('002_7e34cbe585bf4463.txt');
  const [header, schoolsLine, yearsLine, ...subjects] = block(lines, 'Учебный предмет\tСредний балл\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t');
  // each school spans three year columns: ЯСОШ at 1–3, НСОШ 1 at 4–6 …
  const schools = schoolsLine!.slice(1).filter((_, i) => i % 3 === 0).map((s) => s.trim());
  const years = yearsLine!.slice(1).map((y) => y.replace(/\s/g, ''));
  const rows = subjects.flatMap((cells) => {
    const subject = cells[0]!.replace(/\s+[\d,/]+$/, ''); // «Русский язык 66,17/65,15/64,89»: the region's means follow the name
    return cells.slice(1).flatMap((cell, i) => (hasValue(cell) ? [[schools[Math.floor(i / 3)]!, years[i]!, `ЕГЭ ${subject}`, cell]] : []));
  });
  const { records, issues, outcome } = readRows([['Школа', 'Учебный год', 'Предмет', 'Средний балл'], ...rows]);

  it('has the shape: «Средний балл» over seven schools × three years', () => {
    expect(header![1]).toBe('Средний балл');
    expect(fieldOfHeader(header![1]!)).toBe('meanScore');
    expect(schools).toEqual(['ЯСОШ', 'НСОШ 1', 'НСОШ 2', 'ВСОШ 1', 'ВСОШ 2', 'Яблон. филиал', 'Бельц. филиал']);
    expect(years.slice(0, 3)).toEqual(['2021', '2022', '2023']);
  });

  it('every filled cell is a result with its mean and no share of «2»', () => {
    expect(outcome.layout).toBe('long');
    expect(issues).toEqual([]);
    expect(records).toHaveLength(rows.length);
    expect(records.every((r) => r.failed === null && r.failPct === null && r.participants === null)).toBe(true);
    // Русский язык: 21 cells, 3 dashes (НСОШ 2 2022, ВСОШ 2 2023, Бельц. филиал 2021) → 18
    expect(records.filter((r) => r.procedure === 'EGE-RU')).toHaveLength(18);
    expect(find(records.filter((r) => r.year === 2023), 'ЯСОШ', 'EGE-RU')?.meanScore).toBe(72.1);
    expect(find(records.filter((r) => r.year === 2023), 'НСОШ 1', 'EGE-MA-P')?.meanScore).toBe(33.8);
    // Математика (база) is written as a mark: ЯСОШ 2022 — 3,3
    expect(find(records.filter((r) => r.year === 2022), 'ЯСОШ', 'EGE-MA-B')?.meanScore).toBe(3.3);
  });

  it('classify: no result is low, and every school with a result in 2023 has no share of «2»', () => {
    const classification = classifySchools(records, {
      year: 2023, threshold: 30, sameProcedure: false, selection: selectProcedures('all'), minParticipants: 1, smallSample: 10,
    });
    expect(classification.noFailingData).toBe(true);
    expect(classification.schools.every((s) => !s.flagged && s.lowResults.length === 0)).toBe(true);
    expect(classification.schools.find((s) => s.schoolId === 'ЯСОШ')).toMatchObject({ noFailingData: true });
  });
});

describe('seed 000, «Результаты ГИА в 9-м классе за три года» (Средняя оценка по школе / по району)', () => {
  const lines = seed('000_dcd11b01a86f4ed3.txt');
  const [yearsLine, columns, ...subjects] = block(lines, '№ п/п\tПредмет\t2016-2017 уч.год');
  // the school's column, then the district's, for each year: 2–3, 4–5, 6–7
  const years = [2, 4, 6].map((i) => yearsLine![i]!.replace(' уч.год', ''));
  const school = subjects.flatMap((cells) =>
    [2, 4, 6].flatMap((i, y) => (hasValue(cells[i]) ? [['Сосновская СШ', years[y]!, `ОГЭ ${cells[1]}`, cells[i]!]] : [])));
  const { records, issues } = readRows([['Школа', 'Учебный год', 'Предмет', columns![2]!], ...school]);

  it('has the shape: the school\'s mean mark beside the district\'s; only the school\'s is a result column', () => {
    expect(columns!.slice(2, 4)).toEqual(['Средняя оценка по школе', 'Средняя оценка по району']);
    expect(fieldOfHeader('Средняя оценка по школе')).toBe('meanScore');
    expect(fieldOfHeader('Средняя оценка по району')).toBeNull();
  });

  it('Математика 4,0 / 3,0 / 3,71 against the district 3,75 / 3,66 / 3,71: the mean per year, D as in docs/rules.md', () => {
    expect(issues).toEqual([]);
    const math = records.filter((r) => r.procedure === 'OGE-MA');
    expect(math.map((r) => [r.year, r.meanScore, r.failed, r.failPct])).toEqual([[2017, 4, null, null], [2018, 3, null, null], [2019, 3.71, null, null]]);
    const row = subjects.find((cells) => cells[1] === 'Математика')!;
    const reference: ReferenceValue[] = [3, 5, 7].map((i, y) => ({
      year: 2017 + y, procedure: 'OGE-MA', meanScore: Number(row[i]!.replace(',', '.')), failPct: null, level: 'district', municipality: null,
    }));
    const p = procedureDynamics('OGE-MA', math, {
      year: 2019, threshold: 30, params: dynamicsParams.parse({}), district: buildDistrict(records, reference), selection: selectProcedures('fioko'),
    });
    // 3,0/3,66 − 4,0/3,75 = 0,81967 − 1,06667 = −0,247; 3,71/3,71 − 3,0/3,66 = 1 − 0,81967 = +0,1803
    expect(p.changes.map((c) => [c.meanD, c.direction, c.deltaPp])).toEqual([[-0.247, null, null], [0.1803, null, null]]);
  });
});
