/** Lists cut for the terminal: up to 10 items, then «… и ещё N». */
import { describe, expect, it } from 'vitest';
import { itemsOf, shortList } from '../../src/messages/list.js';
import { ru } from '../../src/messages/ru.js';
import { en } from '../../src/messages/en.js';

const codes = (n: number) => Array.from({ length: n }, (_, i) => `sch22${String(i + 1).padStart(4, '0')}`);

describe('shortList', () => {
  it('300 codes: the first 10, then «… и ещё 290» (300 − 10)', () => {
    expect(shortList(codes(300), ru.labels.andMore)).toBe(
      'sch220001, sch220002, sch220003, sch220004, sch220005, sch220006, sch220007, sch220008, sch220009, sch220010 … и ещё 290',
    );
    expect(shortList(codes(300), en.labels.andMore)).toMatch(/sch220010 … and 290 more$/);
  });

  it('10 or fewer stay whole; 11 show 10 and «и ещё 1»', () => {
    expect(shortList(codes(10), ru.labels.andMore)).toBe(codes(10).join(', '));
    expect(shortList(codes(11), ru.labels.andMore)).toBe(`${codes(10).join(', ')} … и ещё 1`);
    expect(shortList([], ru.labels.andMore)).toBe('');
  });

  it('a header row in one line: cells joined by « | »', () => {
    expect(shortList(['логин', 'имя', 'регион'], ru.labels.andMore, ' | ')).toBe('логин | имя | регион');
  });

  it('items travel in message parameters one a line', () => {
    expect(itemsOf('a.csv\nПроведение работы по математике, 5 класс. ВПР 2021.xlsx')).toEqual(['a.csv', 'Проведение работы по математике, 5 класс. ВПР 2021.xlsx']);
    expect(itemsOf(undefined)).toEqual([]);
  });
});
