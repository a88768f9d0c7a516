import { describe, expect, it } from 'vitest';
import { parseSchoolYear, schoolYearLabel, schoolYearOfDateText } from '../../src/model/school-year.js';

// Ruling R2: a school year is named by the calendar year in which it ends.
describe('parseSchoolYear', () => {
  it.each([
    ['2021', 2021],
    ['2020-2021', 2021],
    ['2020/2021', 2021],
    ['2020/21', 2021],
    ['2020-2021 уч. г.', 2021],
    ['2020 – 2021 учебный год', 2021],
    ['2021 г.', 2021],
  ])('%s → %i', (text, year) => {
    expect(parseSchoolYear(text)).toBe(year);
  });

  it('takes integers as they are', () => {
    expect(parseSchoolYear(2021)).toBe(2021);
    expect(parseSchoolYear(2021.5)).toBeNull();
  });

  it('maps a date to its school year: September onwards is the next year', () => {
    expect(parseSchoolYear(new Date(Date.UTC(2020, 9, 15)))).toBe(2021); // autumn ВПР, October 2020
    expect(parseSchoolYear(new Date(Date.UTC(2021, 3, 20)))).toBe(2021); // spring ВПР, April 2021
    expect(parseSchoolYear(new Date(Date.UTC(2021, 7, 31)))).toBe(2021);
  });

  it('refuses ranges that are not one school year and non-years', () => {
    expect(parseSchoolYear('2019-2021')).toBeNull();
    expect(parseSchoolYear('абв')).toBeNull();
    expect(parseSchoolYear('21')).toBeNull();
  });

  it('labels a year as its school year', () => {
    expect(schoolYearLabel(2021)).toBe('2020/2021');
  });
});

describe('schoolYearOfDateText', () => {
  it('gives a day written as text its school year: from September on, the next one', () => {
    // the protocol form's «Дата загрузки» 17.03.2022 05:09:18 → the school year 2021/2022, named 2022
    expect(['17.03.2022 05:09:18', '17.03.2022', '2022-03-17', '01.09.2022', '31.08.2022'].map(schoolYearOfDateText)).toEqual([2022, 2022, 2022, 2023, 2022]);
  });

  it('is null for what is not a day', () => {
    expect(['31.02.2022', '2022', 'вчера', '17.03.22'].map(schoolYearOfDateText)).toEqual([null, null, null, null]);
  });
});
