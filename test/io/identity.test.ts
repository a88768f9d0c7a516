import { describe, expect, it } from 'vitest';
import { resolveIdentities } from '../../src/io/identity.js';
import { normalizeSchoolName } from '../../src/model/school-name.js';
import { record } from '../rules/score-helpers.js';

describe('normalizeSchoolName', () => {
  it('makes «МБОУ "СОШ №5"», «МБОУ СОШ № 5» and «сош N5» one name', () => {
    expect(normalizeSchoolName('МБОУ "СОШ №5"')).toBe('сош 5');
    expect(normalizeSchoolName('МБОУ СОШ № 5')).toBe('сош 5');
    expect(normalizeSchoolName('сош N5')).toBe('сош 5');
    expect(normalizeSchoolName('МАОУ «Гимназия № 1»')).toBe('гимназия 1');
  });

  it('takes a name written in full (a region\'s ЕГЭ form) for its abbreviation', () => {
    // the form writes «Муниципальное бюджетное общеобразовательное учреждение "Средняя общеобразовательная школа №1"»
    expect(normalizeSchoolName('Муниципальное бюджетное общеобразовательное учреждение "Средняя общеобразовательная школа №1"')).toBe('сош 1');
    expect(normalizeSchoolName('Муниципальное казённое общеобразовательное учреждение «Тпигская основная общеобразовательная школа»')).toBe('тпигская оош');
    // a word that only begins like a full name is left alone
    expect(normalizeSchoolName('МБОУ Средняя школа № 2')).toBe('средняя школа 2');
  });
});

describe('resolveIdentities', () => {
  const withId = record('SL-05', 2021, 'VPR-MA-5', { schoolName: 'МБОУ СОШ № 5', municipality: 'Славянский район' });
  const byName = (name: string, municipality: string | null = 'Славянский район') =>
    record(name, 2021, 'OGE-MA', { schoolName: name, municipality });

  it('gives a name-only record the id of the school with the same normalised name, and says so', () => {
    const { records, issues } = resolveIdentities([withId, byName('МБОУ "СОШ №5"')], []);
    expect(records.map((r) => r.schoolId)).toEqual(['SL-05', 'SL-05']);
    expect(issues).toEqual([expect.objectContaining({ code: 'name-matched', params: { name: 'МБОУ "СОШ №5"', id: 'SL-05', known: 'МБОУ СОШ № 5' } })]);
  });

  it('prefers the same municipality; with two candidates elsewhere it leaves the name and warns', () => {
    const other = record('KR-05', 2021, 'VPR-MA-5', { schoolName: 'МБОУ СОШ № 5', municipality: 'Крымский район' });
    expect(resolveIdentities([withId, other, byName('СОШ №5')], []).records[2]!.schoolId).toBe('SL-05');
    const { records, issues } = resolveIdentities([withId, other, byName('СОШ №5', null)], []);
    expect(records[2]!.schoolId).toBe('СОШ №5');
    expect(issues).toEqual([expect.objectContaining({ code: 'name-ambiguous', params: { name: 'СОШ №5', ids: 'SL-05, KR-05' } })]);
  });

  it('uses a --schools list of ids and alternative names', () => {
    const listed = [{ schoolId: 'SL-07', names: ['МБОУ ООШ № 7', 'Основная школа № 7 ст. Петровской'], municipality: 'Славянский район', schoolType: 'ООШ' }];
    const { records } = resolveIdentities([byName('основная школа №7 ст. Петровской')], listed);
    expect(records[0]).toMatchObject({ schoolId: 'SL-07', schoolType: 'ООШ' });
  });

  it('names a login-keyed record without a name from the --schools list (case aside), keeping what the record gives', () => {
    // ФИС ОКО's per-pupil export gives the login and the municipality, no name; the region's list «логин | имя | регион»
    const listed = [{ schoolId: 'sch224145', names: ['МБОУ СОШ №7'], municipality: 'г. Алейск', schoolType: null }];
    const pupils = record('SCH224145', 2021, 'VPR-MA-5', { schoolName: null, municipality: 'город Алейск' });
    const { records, issues } = resolveIdentities([pupils], listed);
    expect(records[0]).toMatchObject({ schoolId: 'SCH224145', schoolName: 'МБОУ СОШ №7', municipality: 'город Алейск' });
    expect(issues).toEqual([]);
  });

  it('joins two spellings of a name-only school on two sheets (a year a sheet), not on one sheet', () => {
    const on = (sheet: string, name: string, row: number) =>
      record(name, Number(sheet), 'EGE-RU', { schoolName: name, municipality: 'г. Борзя', source: { file: 'ege.xlsx', sheet, row } });
    const spelt2023 = on('2023', 'МОУ "СОШ № 48 г. Борзи"', 99);
    const spelt2022 = on('2022', 'МОУ «СОШ №48 г. Борзи»', 97);
    const { records, issues } = resolveIdentities([spelt2023, spelt2022], []);
    expect(records.map((r) => r.schoolId)).toEqual([spelt2023.schoolId, spelt2023.schoolId]);
    expect(issues).toEqual([expect.objectContaining({ sheet: '2022', row: 97, code: 'name-matched', params: { name: spelt2022.schoolName, id: spelt2023.schoolId, known: spelt2023.schoolName } })]);
    // one sheet listing both spellings lists two schools
    const same = resolveIdentities([spelt2023, on('2023', 'МОУ «СОШ №48 г. Борзи»', 100)], []);
    expect(same.records.map((r) => r.schoolId)).toEqual([spelt2023.schoolId, 'МОУ «СОШ №48 г. Борзи»']);
    expect(same.issues).toEqual([]);
  });

  it('leaves records alone when every file has ids', () => {
    expect(resolveIdentities([withId], []).issues).toEqual([]);
  });
});
