import { describe, expect, it } from 'vitest';
import { BAD_CELL, BLANK_CELL, NOT_TAUGHT, isAbsentMark, readTaskCell } from '../../src/model/task-cells.js';

describe('readTaskCell', () => {
  it('reads points as numbers or text, a decimal comma included', () => {
    expect([2, '1', '0', ' 2 ', '10', '0,5'].map(readTaskCell)).toEqual([2, 1, 0, 2, 10, 0.5]);
  });

  it('reads «X»/«Х» and «Н»/«H», Latin or Cyrillic, any case, as 0 points (the pupil took part)', () => {
    // Latin X, Latin x, «X » with a space, Cyrillic Х and х; Cyrillic Н, Latin H, Latin N
    expect(['X', 'x', 'X ', 'Х', 'х', 'Н', 'н', 'H', 'N'].map(readTaskCell)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('reads «не пройд.» and its spellings as a topic not taught', () => {
    expect(['не пройд.', 'не пройдено', 'Тема не пройдена', 'не пр.'].map(readTaskCell)).toEqual([NOT_TAUGHT, NOT_TAUGHT, NOT_TAUGHT, NOT_TAUGHT]);
  });

  it('reads a blank cell or a dash as no answer, anything else as not a score', () => {
    expect([null, '', '  ', '-', '—'].map(readTaskCell)).toEqual([BLANK_CELL, BLANK_CELL, BLANK_CELL, BLANK_CELL, BLANK_CELL]);
    expect(['abc', -1, '-1', true, 'неправильно', 'XX'].map(readTaskCell)).toEqual([BAD_CELL, BAD_CELL, BAD_CELL, BAD_CELL, BAD_CELL, BAD_CELL]);
  });
});

describe('isAbsentMark', () => {
  it('knows the absent pupil of a variant cell', () => {
    expect(['отсутствовал', 'Отсутствовала', 'отс.', 'н/я', 'не явился'].map(isAbsentMark)).toEqual([true, true, true, true, true]);
    expect([1, '2', null, 'нет'].map(isAbsentMark)).toEqual([false, false, false, false]);
  });
});
