import { describe, expect, it } from 'vitest';
import { normalizeTask, parseTaskHeader } from '../../src/model/tasks.js';

describe('parseTaskHeader', () => {
  it('reads the protocol form\'s «number (maximum б)»: the task and its maximum', () => {
    // the headers of ФИС ОКО's protocol form, ВПР 2022 математика 5 кл.
    expect(['1 (1б)', '6 (2б)', '11.1 (1б)', '12.2 (1б)', '14 (2б)'].map(parseTaskHeader)).toEqual([
      { task: '1', max: 1, position: null }, { task: '6', max: 2, position: null }, { task: '11.1', max: 1, position: null },
      { task: '12.2', max: 1, position: null }, { task: '14', max: 2, position: null },
    ]);
    expect(parseTaskHeader('4 (2 балла)')).toEqual({ task: '4', max: 2, position: null });
  });

  it('keeps a criterion of a task as a task of its own, named as teachers know it', () => {
    // «11.3 k1 (2б)»: criterion k1 of task 11.3, Latin k in the form
    expect(parseTaskHeader('11.3 k1 (2б)')).toEqual({ task: '11.3 К1', max: 2, position: null });
    expect(parseTaskHeader('11.3 К2')).toEqual({ task: '11.3 К2', max: null, position: null });
  });

  it('reads the per-pupil export\'s «балл за N» as the task at position N', () => {
    expect(['балл за 1', 'балл за 16', 'Балл за  3'].map(parseTaskHeader)).toEqual([
      { task: '1', max: null, position: 1 }, { task: '16', max: null, position: 16 }, { task: '3', max: null, position: 3 },
    ]);
  });

  it('keeps the numbers it read before: «4(1)» is a part of task 4, not a maximum', () => {
    expect(['4(1)', '4 (1)', '4.1', '№ 5', 'Задание 6'].map((h) => parseTaskHeader(h)?.task)).toEqual(['4(1)', '4(1)', '4.1', '5', '6']);
    expect(parseTaskHeader('4 (1)')!.max).toBeNull();
  });

  it('is not a task: text, a total, a zero maximum', () => {
    expect(['Итого баллов', 'всего баллов', 'Код', 'балл за', '5 (0б)', 'Вариант (часть 1)'].map(parseTaskHeader)).toEqual([null, null, null, null, null, null]);
  });
});

describe('normalizeTask', () => {
  it('names a criterion «К1» whatever the letter (Latin or Cyrillic, either case)', () => {
    expect(['11.3 k1', '11.3K1', '11.3 к1', '4(1) k2'].map(normalizeTask)).toEqual(['11.3 К1', '11.3 К1', '11.3 К1', '4(1) К2']);
  });
});
