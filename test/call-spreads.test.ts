/**
 * No spread of a data-sized array in a call anywhere in src/ (issue 18, item 11): `push(...items)`,
 * `Math.min(...years)` and `f(...rows)` pass each element as an argument and throw RangeError
 * («Maximum call stack size exceeded») beyond about 120,000 of them — a region's results, a run's
 * issues. Data-sized arrays go through model/arrays.ts (append, maxOf, minOf); the spreads left are
 * over lists whose length the program fixes, each named below with the reason it stays small.
 * The scan reads the syntax tree (TypeScript's parser), so a spread in a string or a comment, in an
 * array literal (`[...a, b]`, which takes no stack) or in an object literal does not count.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files.js';

/** `file: spread expression` → why that list stays small. */
const SMALL_LISTS: Record<string, string> = {
  'src/errors.ts: params': 'the one optional params argument of an error (a tuple of at most one)',
  'src/io/schools.ts: row.names.filter((n) => !known.names.includes(n))': 'the names of one school on one row',
  'src/rules/fioko.ts: branchNotesOf(branches, options)': 'the branches of one school',
  'src/rules/fioko.ts: sampleNotes(results, options)': 'the results of one school in two years',
  'src/rules/indicators/scale.ts: allPoints(scale)': 'the points of one indicator scale (data/indicators.json)',
  'src/rules/recommendations.ts: fired.map((f) => f.priority)': 'the triggers of one catalogue entry',
};

/** Every spread inside the arguments of a call or a `new`, as `file: expression`. */
export function callSpreads(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
      found.push(`${file}: ${node.expression.getText(source).replace(/\s+/g, ' ')}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('spreads in calls', () => {
  const spreads = sourceFiles().flatMap(({ file, text }) => callSpreads(file, text));

  it('are found where they are and only there', () => {
    expect(callSpreads('a.ts', 'x.push(...rows); const y = [...rows]; f({ ...o }); g(`...${a}`); // h(...b)')).toEqual(['a.ts: rows']);
    expect(callSpreads('a.ts', 'Math.max(0, ...xs.map((x) => x.n)); new Set(...args);')).toEqual(['a.ts: xs.map((x) => x.n)', 'a.ts: args']);
  });

  it('are only over the small fixed lists named here', () => {
    expect(spreads.filter((s) => !(s in SMALL_LISTS))).toEqual([]);
  });

  it('each named list is still in the code (an entry goes when its spread does)', () => {
    expect(Object.keys(SMALL_LISTS).filter((s) => !spreads.includes(s))).toEqual([]);
  });
});
