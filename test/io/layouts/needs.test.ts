/** What each layout needs of a header row (Layout.needs), and how far a header is from each layout (fitLayouts). */
import { describe, expect, it } from 'vitest';
import { LAYOUTS, fitLayouts } from '../../../src/io/layouts/index.js';
import { ru } from '../../../src/messages/ru.js';
import { en } from '../../../src/messages/en.js';

const unmet = (headers: string[], layout: keyof typeof LAYOUTS) => LAYOUTS[layout].needs(headers).filter((n) => !n.met).map((n) => n.code);

describe('Layout.needs', () => {
  it('every need of every layout has its words in Russian and English', () => {
    for (const layout of Object.values(LAYOUTS)) {
      for (const need of layout.needs([])) {
        expect(ru.inspect.needs[need.code], `${layout.name}: ${need.code}`).toBeTypeOf('string');
        expect(en.inspect.needs[need.code], `${layout.name}: ${need.code}`).toBeTypeOf('string');
      }
    }
  });

  it.each([
    ['long', ['Код ОО', 'Процедура', 'Кол-во участников', '«2»']],
    ['long', ['school_id', 'procedure', 'mark2', 'mark3', 'mark4', 'mark5']],
    ['long', ['школа', 'процедура', '% «2»']],
    ['wide', ['школы', 'ВПР Русский 5 кл. % «2»']],
    ['students', ['Код ОО', 'Процедура', 'Отметка']],
    ['fisoko', ['Группы участников', 'Кол-во ОО', 'Кол-во участников', '2', '3', '4', '5']],
    ['fisoko', ['Группы участников', 'Кол-во участников', 'Распределение групп баллов в %']],
    ['pupils', ['логин школы', 'регион', 'код обучающегося', 'вариант', 'всего баллов', 'балл за 1', 'балл за 2']],
    ['pupils', ['Школа', 'Код', 'Вариант', '1 (1б)', '11.3 k1 (2б)', 'Итого баллов']],
    ['ege-form', ['Муниципальное образование', 'Образовательная организация (школа)', 'Русский язык', '', '', 'Физика', '']],
    ['long', ['Код ОО', 'Год', 'Предмет', 'Средний балл']],
  ] as const)('%s: every need met, and match reads the header: %j', (layout, headers) => {
    expect(unmet([...headers], layout)).toEqual([]);
    expect(LAYOUTS[layout].match([...headers])).not.toBeNull();
  });

  it.each([
    // failing by a count only: the share needs the participants (or all four marks)
    ['long', ['Код ОО', 'Процедура', '«2»'], ['participants-or-marks']],
    ['long', ['Код ОО', 'Год', 'Кол-во участников'], ['procedure', 'failing']],
    ['wide', ['школы', 'Математика'], ['wide-columns']],
    ['students', ['Код ОО', 'Процедура', 'Отметка', 'Кол-во участников'], ['no-participants']],
    ['fisoko', ['Группы участников', 'Кол-во участников', '2', '3', '4'], ['fisoko-marks']],
    // «Код» alone is the pupil's code in a protocol form: no school to read
    ['pupils', ['Код', 'Вариант (часть 1)', '1 (1б)', '2 (1б)', 'Итого баллов'], ['pupil-school']],
    ['pupils', ['логин школы', 'всего баллов', 'балл за 1'], ['pupil-tasks']],
    // subjects not merged over their metrics: a plain table, not the form
    ['ege-form', ['Образовательная организация (школа)', 'Русский язык', 'Физика'], ['ege-subjects']],
  ] as const)('%s: %j lacks %j, and match declines it', (layout, headers, missing) => {
    expect(unmet([...headers], layout)).toEqual(missing);
    expect(LAYOUTS[layout].match([...headers])).toBeNull();
  });

  it('names the header cells that meet a need, and those in the way of a forbidden one', () => {
    const needs = LAYOUTS.students.needs(['Код ОО', 'Наименование ОО', 'Предмет', 'Балл', 'Участников']);
    expect(needs).toEqual([
      { code: 'school', met: true, columns: ['Код ОО', 'Наименование ОО'] },
      { code: 'procedure', met: true, columns: ['Предмет'] },
      { code: 'mark-or-score', met: true, columns: ['Балл'] },
      { code: 'no-participants', met: false, columns: ['Участников'], forbidden: true },
    ]);
  });
});

describe('fitLayouts', () => {
  it('a results table without the «2» column: nearest long, 3 of its 4 needs met, the failing column missing', () => {
    // long: school (Код ОО, Наименование ОО), procedure, participants met; failing: «3»–«5» are no failing column → 3 met, 1 not.
    // students: school, procedure met; no mark or score, and the participants column is in the way → 2 met, 2 not.
    // wide: school met, no «procedure metric» column → 1 met, 1 not; fisoko: «Кол-во участников» met, groups and «2» missing → 1 met, 2 not.
    // ege-form: a school by name met, no merged subjects → 1 met, 1 not; pupils: a school met, no primary score, no tasks → 1 met, 2 not.
    // Equals keep the registry's order (long, wide, students, fisoko, pupils, ege-form).
    const fits = fitLayouts(['Код ОО', 'Наименование ОО', 'Процедура', 'Год', 'Кол-во участников', '«3»', '«4»', '«5»'], undefined);
    expect(fits.map((f) => [f.layout, f.recognised, f.unmet])).toEqual([
      ['long', 3, 1], ['students', 2, 2], ['wide', 1, 1], ['ege-form', 1, 1], ['fisoko', 1, 2], ['pupils', 1, 2],
    ]);
    expect(fits[0]!.needs.filter((n) => !n.met).map((n) => n.code)).toEqual(['failing']);
  });

  it('a school list «логин | имя | регион»: every layout recognises the school alone; wide, with one need unmet, is nearest', () => {
    // long 1 met of 4, wide 1 of 2, students 1 of 3 (its forbidden participants column is absent, not counted), fisoko 0 of 3,
    // pupils 1 of 3 (the login is a school; no primary score, no tasks), ege-form 0 of 2 (a login is no school name, no subjects)
    const fits = fitLayouts(['логин', 'имя', 'регион'], undefined);
    expect(fits.map((f) => [f.layout, f.recognised, f.unmet])).toEqual([
      ['wide', 1, 1], ['students', 1, 2], ['pupils', 1, 2], ['long', 1, 3], ['ege-form', 0, 2], ['fisoko', 0, 3],
    ]);
  });

  it('--layout narrows the fit to that layout', () => {
    const fits = fitLayouts(['Код ОО', 'Процедура', 'Кол-во участников'], 'wide');
    expect(fits.map((f) => f.layout)).toEqual(['wide']);
    expect(fits[0]!.needs.map((n) => [n.code, n.met])).toEqual([['school', true], ['wide-columns', false]]);
  });
});
