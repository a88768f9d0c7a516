/**
 * The computed signs beside the official list, on schools of our own (worked by hand): the list of
 * 2021 marks sch1 and sch2 for ВПР математика 5 кл. and sch4 for русский язык 5 кл. only.
 * sch1 has a sign, listed → «совпадает»; sch2 no sign, listed → «только в официальном списке»;
 * sch3 a sign, unlisted → «только по расчёту»; sch4 no sign, listed for another work → neither.
 * Counts 1 / 1 / 1 / 1. A class row is not compared; a year the list lacks compares nothing.
 */
import { describe, expect, it } from 'vitest';
import type { MarkerEntry, ObjectivityList } from '../../src/model/markers.js';
import { agreementOf, compareWithMarkers } from '../../src/rules/markers-agreement.js';
import type { GroupObjectivity, ObjectivitySign } from '../../src/rules/pupil-objectivity.js';

const SIGN = { code: 'boundary-spike', from: 7, to: 8, count: 8, scored: 25, pct: 32, regionPct: 5, p: 1.958e-5 } as ObjectivitySign;

const entry = (schoolId: string, procedures: string[], row: number): MarkerEntry =>
  ({ year: 2021, schoolId, schoolName: null, municipality: null, procedures, count: procedures.length, source: { file: 'list.xlsx', sheet: 'Лист1', row } });

const LIST: ObjectivityList = {
  file: 'list.xlsx', years: [2021],
  entries: [entry('sch1', ['VPR-MA-5'], 2), entry('sch2', ['VPR-MA-5', 'VPR-RU-5'], 3), entry('sch4', ['VPR-RU-5'], 4)],
};

const group = (schoolId: string, signed: boolean, level: 'school' | 'class' = 'school') =>
  ({ schoolId, level, className: level === 'class' ? 'а' : null, signs: signed ? [SIGN] : [] }) as unknown as GroupObjectivity;

describe('compareWithMarkers', () => {
  const groups = [group('sch1', true), group('sch1', true, 'class'), group('sch2', false), group('sch3', true), group('sch4', false)];

  it('sets each school\'s computed signs beside the list\'s mark for the same work', () => {
    const result = compareWithMarkers({ procedure: 'VPR-MA-5', year: 2021, groups }, LIST);
    expect(result.covered).toBe(true);
    expect([...result.bySchool]).toEqual([['sch1', 'both'], ['sch2', 'official'], ['sch3', 'computed'], ['sch4', null]]);
    expect(result.counts).toEqual({ both: 1, computed: 1, official: 1, neither: 1 });
  });

  it('reads the mark of the work asked: for русский язык 5 кл. sch4 is listed, sch1 is not', () => {
    const result = compareWithMarkers({ procedure: 'VPR-RU-5', year: 2021, groups }, LIST);
    // sch1 sign, not marked for РУ-5 → computed; sch2 marked → official; sch3 → computed; sch4 marked → official
    expect(result.counts).toEqual({ both: 0, computed: 2, official: 2, neither: 0 });
  });

  it('compares nothing for a year the list has no row for', () => {
    const result = compareWithMarkers({ procedure: 'VPR-MA-5', year: 2022, groups }, LIST);
    expect(result).toEqual({ covered: false, bySchool: new Map(), counts: { both: 0, computed: 0, official: 0, neither: 0 } });
  });

  it('names the four cases', () => {
    expect([agreementOf(true, true), agreementOf(true, false), agreementOf(false, true), agreementOf(false, false)]).toEqual(['both', 'computed', 'official', null]);
  });
});
