import { describe, expect, it } from 'vitest';
import { fileSlug } from '../../src/report/file-name.js';

describe('fileSlug', () => {
  it('letters (Cyrillic too), digits and «_»; every other run one «-», none at the ends', () => {
    const taken = new Set<string>();
    expect(fileSlug('years-a/../../../../victim-dir/logo', taken)).toBe('years-a-victim-dir-logo');
    expect(fileSlug('years-=1+2', taken)).toBe('years-1-2');
    expect(fileSlug('shares-VPR-MA-5', taken)).toBe('shares-VPR-MA-5');
    expect(fileSlug('years-Школа_№5', taken)).toBe('years-Школа_-5'); // «№» is a symbol, not a letter
    expect(fileSlug('../..', taken)).toBe('file');
    expect(fileSlug('.hidden', taken)).toBe('hidden');
  });

  it('unique, compared case-blind: a second «a-b» (or «A-B») takes «-2», a third «-3»', () => {
    const taken = new Set<string>();
    expect(['a/b', 'a-b', 'A.B', 'a b'].map((name) => fileSlug(name, taken))).toEqual(['a-b', 'a-b-2', 'A-B-3', 'a-b-4']);
  });

  it('at most 100 characters, the number kept when cut, no «-» left before it; never a name Windows reserves', () => {
    const taken = new Set<string>();
    const long = 'я'.repeat(150);
    expect(fileSlug(long, taken)).toBe('я'.repeat(100));
    expect(fileSlug(long, taken)).toBe(`${'я'.repeat(98)}-2`);
    // «я»×99, a space, «ббб» → «я»×99 + «-ббб», cut at 100 characters it would end in «-»
    expect(fileSlug(`${'я'.repeat(99)} ббб`, taken)).toBe('я'.repeat(99));
    expect(fileSlug('CON', taken)).toBe('_CON');
    expect(fileSlug('lpt1', taken)).toBe('_lpt1');
  });
});
