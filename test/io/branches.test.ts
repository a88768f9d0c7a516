import { afterAll, describe, expect, it } from 'vitest';
import { settleBranches } from '../../src/io/branches.js';
import type { SchoolEntry } from '../../src/io/identity.js';
import { loadSchools } from '../../src/io/schools.js';
import { record } from '../rules/score-helpers.js';
import { removeTempDirs, writeTemp } from './helpers.js';

afterAll(removeTempDirs);

/** A --schools entry; with a parent, the parent_id cell is on `row` of s.csv. */
function entry(schoolId: string, parentId: string | null = null, row = 2): SchoolEntry {
  const parent = parentId === null ? {} : { parent: { parentId, source: { file: 's.csv', sheet: null, row }, column: 'Код юрлица' } };
  return { schoolId, names: [schoolId], municipality: null, schoolType: null, ...parent };
}

describe('settleBranches', () => {
  it('links a branch to a legal entity of the list or of the data', () => {
    const { branches, issues } = settleBranches([entry('P'), entry('B1', 'P'), entry('B2', 'Q')], [record('Q', 2024, 'OGE-MA')]);
    expect([...branches]).toEqual([['B1', 'P'], ['B2', 'Q']]);
    expect(issues).toEqual([]);
  });

  it('reports a parent neither listed nor in the data at the parent_id cell, and drops the link', () => {
    const { branches, issues } = settleBranches([entry('B', 'X-99', 3)], [record('B', 2024, 'OGE-MA')]);
    expect(branches.size).toBe(0);
    expect(issues).toEqual([{ file: 's.csv', sheet: null, row: 3, column: 'Код юрлица', code: 'parent-unknown', params: { school: 'B', parent: 'X-99', grandparent: '' } }]);
  });

  it('reports a school that is its own parent', () => {
    expect(settleBranches([entry('P', 'P')], []).issues.map((i) => i.code)).toEqual(['parent-self']);
  });

  it('reports a branch of a branch, keeping the link of the branch to its legal entity', () => {
    const { branches, issues } = settleBranches([entry('P'), entry('B', 'P'), entry('BB', 'B', 4)], []);
    expect([...branches]).toEqual([['B', 'P']]);
    expect(issues).toEqual([expect.objectContaining({ row: 4, code: 'branch-of-branch', params: { school: 'BB', parent: 'B', grandparent: 'P' } })]);
  });

  it('reports a cycle at every link in it', () => {
    const { branches, issues } = settleBranches([entry('A', 'B', 2), entry('B', 'C', 3), entry('C', 'A', 4)], []);
    expect(branches.size).toBe(0);
    expect(issues.map((i) => [i.row, i.code])).toEqual([[2, 'parent-cycle'], [3, 'parent-cycle'], [4, 'parent-cycle']]);
  });
});

describe('loadSchools with a parent column', () => {
  it('reads «Код юрлица», takes a dash for no parent, and reports a school given two parents', async () => {
    const file = await writeTemp('schools.csv', [
      'Код ОО;Наименование ОО;Код юрлица',
      'P;МБОУ СОШ;—',
      'B;Заречный филиал;P',
      'B;Заречная ООШ;Q',
    ].join('\n'));
    const { schools, issues } = await loadSchools(file);
    expect(schools.map((s) => [s.schoolId, s.parent?.parentId ?? null, s.names])).toEqual([['P', null, ['МБОУ СОШ']], ['B', 'P', ['Заречный филиал', 'Заречная ООШ']]]);
    expect(schools[1]!.parent).toEqual({ parentId: 'P', source: { file, sheet: null, row: 3 }, column: 'Код юрлица' });
    expect(issues).toEqual([{ file, sheet: null, row: 4, column: 'Код юрлица', code: 'parent-conflict', params: { school: 'B', parent: 'Q', first: 'P' } }]);
  });

  it.each(['parent_id', 'Головная ОО', 'Код головной ОО'])('knows the header «%s»', async (header) => {
    const file = await writeTemp('schools.csv', `Код ОО;Наименование ОО;${header}\nB;Филиал;P\n`);
    expect((await loadSchools(file)).schools[0]!.parent?.parentId).toBe('P');
  });
});
