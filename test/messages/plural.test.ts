/** Russian agreement of a noun with a number (src/messages/plural.ts) and the sentences that use it. */
import { describe, expect, it } from 'vitest';
import { counted, plural } from '../../src/messages/plural.js';
import { ru } from '../../src/messages/ru.js';

describe('plural', () => {
  it('1, 21, 101 школа; 2–4, 22–24 школы; 0, 5–20, 25, 111–114 школ', () => {
    const forms = (n: number) => plural(n, 'школа', 'школы', 'школ');
    expect([1, 21, 101].map(forms)).toEqual(['школа', 'школа', 'школа']);
    expect([2, 3, 4, 22, 24].map(forms)).toEqual(['школы', 'школы', 'школы', 'школы', 'школы']);
    expect([0, 5, 11, 12, 14, 20, 25, 111, 114].map(forms)).toEqual(Array(9).fill('школ'));
    expect(counted(5, 'школа', 'школы', 'школ')).toBe('5 школ');
  });
});

describe('sentences with a number of schools', () => {
  const n = ru.targets.notes;

  it('targets 8.x: «у 0 из 1 школы», «у 1 из 2 школ (DM-09)»; nothing said of an empty list', () => {
    expect(n.results({ procedures: 'ОГЭ Математика', positive: [], counted: ['DM-09'], missing: ['DM-20'] }))
      .toBe('ОГЭ Математика: положительная динамика у 0 из 1 школы; без результатов в одном из двух лет не учтена: DM-20.');
    expect(n.results({ procedures: 'ОГЭ Математика', positive: ['DM-09'], counted: ['DM-09', 'DM-23'], missing: [] }))
      .toBe('ОГЭ Математика: положительная динамика у 1 из 2 школ (DM-09).');
  });

  it('facts of the schools: «да» у 1 из 2 школ; no answer at all is said, not «у 0 из 0 школ (нет)»', () => {
    expect(n.schools({ yes: ['A'], counted: ['A', 'B'], blank: ['C', 'D'] })).toBe('«да» у 1 из 2 школ (A); без ответа не учтены: C, D.');
    expect(n.schools({ yes: [], counted: [], blank: ['A', 'B'] })).toBe('Ни одна школа группы не ответила (A, B).');
  });

  it('teachers: «Сумма по школе A», «по школам A, B»; none: not «Сумма по школам нет»', () => {
    expect(n.teachers({ counted: ['A'], blank: [] })).toBe('Сумма по школе A.');
    expect(n.teachers({ counted: ['A', 'B'], blank: ['C'] })).toBe('Сумма по школам A, B; без данных не учтена: C.');
    expect(n.teachers({ counted: [], blank: ['A'] })).toBe('Данных нет ни у одной школы группы (A).');
  });

  it('1.9: «лучшие — 2 первых, низкие — 2 последних школы района»; 1 and 5', () => {
    const rank = ru.score.notes.rank;
    expect(rank({ level: 'средние', n: 2 })).toBe('средние (лучшие — 2 первых, низкие — 2 последних школы района)');
    expect(rank({ level: 'лучшие', n: 1 })).toBe('лучшие (лучшие — 1 первая, низкие — 1 последняя школа района)');
    expect(rank({ level: 'низкие', n: 5 })).toBe('низкие (лучшие — 5 первых, низкие — 5 последних школ района)');
  });
});
