/**
 * School profiles: every column kind parses, a bad cell leaves only its field null with an issue
 * naming row and column, duplicates and rows without a school are reported, a file without a
 * profile header is an input error.
 */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadProfile } from '../../src/io/profile.js';
import type { Issue } from '../../src/model/issues.js';
import type { SchoolProfile } from '../../src/model/profile.js';
import { PROFILE_FIELDS, profileFieldOfHeader } from '../../src/model/profile-fields.js';
import { removeTempDirs, writeTemp } from './helpers.js';

afterAll(removeTempDirs);

const csv = (rows: string[][], delimiter = ';') => rows.map((row) => row.join(delimiter)).join('\n') + '\n';

function bySchool(profiles: SchoolProfile[], id: string): SchoolProfile {
  const found = profiles.find((p) => p.schoolId === id);
  if (!found) throw new Error(`no profile ${id}`);
  return found;
}

const brief = (issues: Issue[]) => issues.map(({ row, column, code, params }) => ({ row, column, code, params }));

describe('profile columns', () => {
  it('every header, Russian or English, and every alias names its own column (none claimed by two columns)', () => {
    for (const field of PROFILE_FIELDS) {
      for (const header of [field.headers.ru, field.headers.en, ...field.aliases]) expect(profileFieldOfHeader(header)?.key, header).toBe(field.key);
    }
  });

  it('one column per profile field and one per risk factor, headers unique in each language', () => {
    expect(PROFILE_FIELDS).toHaveLength(40 + 11);
    expect(new Set(PROFILE_FIELDS.map((f) => f.headers.ru)).size).toBe(PROFILE_FIELDS.length);
    expect(new Set(PROFILE_FIELDS.map((f) => f.headers.en)).size).toBe(PROFILE_FIELDS.length);
  });

  it('a percent column is found with or without «, %»; case and ё do not matter', () => {
    expect(profileFieldOfHeader('Доля неуспевающих')?.key).toBe('failingShare');
    expect(profileFieldOfHeader('доля неуспевающих (прошлый год) %')?.key).toBe('failingSharePrev');
    expect(profileFieldOfHeader('ПРИЗЁРЫ регионального этапа ВсОШ')?.key).toBe('olympiadRegionalWinners');
    expect(profileFieldOfHeader('Стаж директора')).toBeNull();
  });
});

describe('loadProfile: every kind parses', () => {
  const HEADER = [
    'Код ОО', 'Наименование ОО', 'Вид ОО', 'Педагогов всего', 'Прошли КПК за 3 года', 'С высшей/первой категорией',
    'Профессиональные конкурсы', 'Конкурсы инновационных проектов', 'Опыт на муниципальном уровне', 'Опыт на краевом уровне',
    'Руководители РМО / тьюторы', 'В федеральном списке ШНОР', 'ИСБШ', 'ИОР', 'Доля неуспевающих, %',
    'Риск: низкий уровень оснащения школы', 'Риск: низкая учебная мотивация обучающихся', 'Риск: несформированность ВСОКО',
  ];

  it('CSV with Russian words, signs and decimal commas', async () => {
    const file = await writeTemp('profile.csv', csv([
      HEADER,
      ['101', 'Школа №1', 'СОШ', '40', '40', '22', 'победители, призёры', 'участие', 'Да', 'нет', '+', '1', '0,62', '-0,35', '85,5', 'высокая', 'Средняя', 'НИЗКАЯ'],
      ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
      ['102', 'Школа №2', 'ООШ', '12', '3', '', 'участники', 'нет', 'ДА', '-', '0', 'есть', '1,1', '0', '', '', '', ''],
      ['103', '', '', '', '', '', 'не участвовали', 'победа', 'yes', 'no', 'имеется', '', '', '', '', '', '', ''],
    ]));
    const { profiles, issues } = await loadProfile(file, {});
    expect(issues).toEqual([]);
    expect(profiles.map((p) => p.schoolId)).toEqual(['101', '102', '103']); // file order, blank row skipped

    const first = bySchool(profiles, '101');
    expect(first).toMatchObject({
      schoolName: 'Школа №1', schoolType: 'СОШ', teachersTotal: 40, teachersTrained: 40, teachersCategory: 22,
      teachersCategoryPrev: null, contests: 'winners', innovation: 'participant', experienceMunicipal: true,
      experienceRegional: false, methodLeaders: true, federalList: true, isbsh: 0.62, ior: -0.35, failingShare: 85.5,
      project500: null, source: { file, sheet: null, row: 2 },
    });
    expect(first.risks).toEqual({ equipment: 'high', motivation: 'medium', qualitySystem: 'low' });

    const second = bySchool(profiles, '102');
    expect(second).toMatchObject({
      teachersTotal: 12, teachersTrained: 3, teachersCategory: null, contests: 'participants', innovation: 'none',
      experienceMunicipal: true, experienceRegional: false, methodLeaders: false, federalList: true, isbsh: 1.1, ior: 0,
      failingShare: null, source: { row: 4 },
    });
    expect(second.risks).toEqual({});

    expect(bySchool(profiles, '103')).toMatchObject({
      schoolName: null, contests: 'none', innovation: 'winner', experienceMunicipal: true, experienceRegional: false,
      methodLeaders: true, teachersTotal: null,
    });
  });

  it('English snake_case headers', async () => {
    const file = await writeTemp('profile-en.csv', csv([
      ['school_id', 'teachers_total', 'teachers_category_prev', 'project_500', 'risk_equipment', 'trained_low_achievers_share'],
      ['S1', '10', '4', 'no', 'low', '12.5'],
    ], ','));
    const { profiles, issues } = await loadProfile(file, {});
    expect(issues).toEqual([]);
    expect(profiles[0]).toMatchObject({ schoolId: 'S1', teachersTotal: 10, teachersCategoryPrev: 4, project500: false, trainedLowAchieversShare: 12.5 });
    expect(profiles[0]!.risks).toEqual({ equipment: 'low' });
  });

  it('XLSX: a title above the header, text codes, booleans, a cell formatted as % (0.155 → 15.5)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Профиль');
    sheet.getCell('A1').value = 'Профиль школ района';
    sheet.getRow(3).values = ['Код ОО', 'Педагогов всего', 'Признаки необъективности ВПР', 'Доля неуспевающих, %', 'Проект «500+»', 'Риск: несформированность ВСОКО'];
    sheet.getRow(4).values = ['007', 30, true, 0.155, 0, 'Высокая'];
    sheet.getCell('D4').numFmt = '0.0%';
    workbook.addWorksheet('Пояснения').getCell('A1').value = 'Как заполнять';
    const file = await writeTemp('profile.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));

    const { profiles, issues } = await loadProfile(file, {});
    expect(issues).toEqual([]); // the notes sheet is not reported as a sheet without a header
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({
      schoolId: '007', teachersTotal: 30, nonObjective: true, failingShare: 15.5, project500: false,
      source: { file, sheet: 'Профиль', row: 4 },
    });
    expect(profiles[0]!.risks).toEqual({ qualitySystem: 'high' });
  });
});

describe('loadProfile: problems', () => {
  const HEADER = [
    'Код ОО', 'Педагогов всего', 'Прошли КПК за 3 года', 'С высшей/первой категорией', 'Доля обучающихся с ОВЗ, %',
    'Малочисленная школа', 'Профессиональные конкурсы', 'Стаж директора',
  ];

  it('a bad cell nulls only its field; counts above the total; duplicates; rows without a school; unknown columns', async () => {
    const file = await writeTemp('bad.csv', csv([
      HEADER,
      ['A', '20', '10', '5', '120', 'да', 'нет', '7'], //                 row 2: share 120
      ['B', '25', '30', '20', '5', 'дя', 'призовые', ''], //              row 3: 30 trained of 25, «дя», «призовые»
      ['', '', '', '', '', '', '', ''], //                                row 4: blank, skipped
      ['', '10', '', '', '', '', '', ''], //                              row 5: no school
      ['A', '30', '', '', '', 'нет', '', ''], //                          row 6: A again
      ['C', '10', '2,5', '-1', 'много', '', '', ''], //                   row 7: not whole, negative, not a number
    ]));
    const { profiles, issues } = await loadProfile(file, {});
    expect(brief(issues)).toEqual([
      { row: 1, column: 'Стаж директора', code: 'unknown-column', params: {} },
      { row: 2, column: 'Доля обучающихся с ОВЗ, %', code: 'share-out-of-range', params: { value: '120' } },
      { row: 3, column: 'Малочисленная школа', code: 'bad-yes-no', params: { value: 'дя' } },
      { row: 3, column: 'Профессиональные конкурсы', code: 'bad-choice', params: { value: 'призовые', choices: 'нет, участники, победители' } },
      { row: 3, column: 'Прошли КПК за 3 года', code: 'count-exceeds-total', params: { count: 30, total: 25 } },
      { row: 5, column: 'Код ОО', code: 'missing-school', params: {} },
      { row: 6, column: 'Код ОО', code: 'duplicate-school', params: { school: 'A', first: `${file}:2` } },
      { row: 7, column: 'Прошли КПК за 3 года', code: 'not-integer', params: { value: '2,5' } },
      { row: 7, column: 'С высшей/первой категорией', code: 'negative-count', params: { value: '-1' } },
      { row: 7, column: 'Доля обучающихся с ОВЗ, %', code: 'bad-number', params: { value: 'много' } },
    ]);
    expect(issues.every((i) => i.file === file && i.sheet === null)).toBe(true);

    expect(profiles.map((p) => p.schoolId)).toEqual(['A', 'B', 'C']); // the second A is left out
    expect(bySchool(profiles, 'A')).toMatchObject({ teachersTotal: 20, teachersTrained: 10, teachersCategory: 5, disabledShare: null, smallSchool: true, contests: 'none' });
    expect(bySchool(profiles, 'B')).toMatchObject({ teachersTotal: 25, teachersTrained: null, teachersCategory: 20, disabledShare: 5, smallSchool: null, contests: null });
    expect(bySchool(profiles, 'C')).toMatchObject({ teachersTotal: 10, teachersTrained: null, teachersCategory: null, disabledShare: null });
  });

  it('no profile header → InputError no-profile-header', async () => {
    const results = await writeTemp('results.csv', 'school_id,year,procedure,participants,fail_count\n1,2021,VPR-MA-5,10,3\n');
    await expect(loadProfile(results, {})).rejects.toMatchObject({ code: 'no-profile-header' });
    await expect(loadProfile(results, {})).rejects.toBeInstanceOf(InputError);
    // an id column alone is not a profile
    const idOnly = await writeTemp('ids.csv', 'Код ОО;Стаж директора\n1;7\n');
    await expect(loadProfile(idOnly, {})).rejects.toMatchObject({ code: 'no-profile-header' });
  });
});
