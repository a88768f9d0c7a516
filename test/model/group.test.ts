import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/model/group.js';

describe('groupBy', () => {
  it('keeps the order in which keys first appear, and each group in input order', () => {
    const groups = groupBy(['5Б-1', '5А-1', '5Б-2', '5А-2', '6А-1'], (s) => s.split('-')[0]);
    expect([...groups]).toEqual([['5Б', ['5Б-1', '5Б-2']], ['5А', ['5А-1', '5А-2']], ['6А', ['6А-1']]]);
  });

  it('leaves out an item whose key is undefined, but groups a null key', () => {
    const groups = groupBy([{ k: null }, { k: undefined }, { k: 'a' }, { k: null }], (x) => x.k);
    expect(groups.get(null)).toHaveLength(2);
    expect(groups.get('a')).toHaveLength(1);
    expect(groups.size).toBe(2);
  });
});
