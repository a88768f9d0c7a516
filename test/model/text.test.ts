import { describe, expect, it } from 'vitest';
import { compareNatural, foldId, normalizeLabel } from '../../src/model/text.js';

describe('compareNatural', () => {
  it('orders numbers inside ids and class names by value, letters in Russian order', () => {
    expect(['sch10', 'sch9', 'sch233015', 'sch233007'].sort(compareNatural)).toEqual(['sch9', 'sch10', 'sch233007', 'sch233015']);
    // as in a Russian dictionary, Ё sorts as Е: Ёлкина (е-л) before Ершова (е-р)
    expect(['10А', '5Б', 'Ершова', '5А', 'Ёлкина'].sort(compareNatural)).toEqual(['5А', '5Б', '10А', 'Ёлкина', 'Ершова']);
  });

  it('gives 0 for equal texts', () => {
    expect(compareNatural('5А', '5А')).toBe(0);
  });
});

describe('normalizeLabel', () => {
  it('lowers the case, drops quotes, splits letters from digits and turns ё into е', () => {
    expect(normalizeLabel('«Отметка» 5кл, Ёж')).toBe('отметка 5 кл еж');
  });

  it('gives the same label again after 20,000 other texts (more than it keeps), and for a text too long to keep', () => {
    expect(normalizeLabel('Итого по МО:')).toBe('итого по мо');
    for (let i = 0; i < 20_000; i += 1) expect(normalizeLabel(`Школа№${i}`)).toBe(`школа ${i}`);
    expect(normalizeLabel('Итого по МО:')).toBe('итого по мо');
    expect(normalizeLabel(`${'Ё'.repeat(300)}1`)).toBe(`${'е'.repeat(300)} 1`);
  });
});

describe('foldId', () => {
  it('compares school ids case aside, Cyrillic too, and without the spaces around them', () => {
    expect(foldId(' SCH233007 ')).toBe('sch233007');
    expect(foldId('ЛГ-01-Ф1')).toBe(foldId('лг-01-ф1'));
  });
});
