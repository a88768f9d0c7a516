/**
 * Appending, maximum and minimum over arrays of any length. A spread in a call —
 * `push(...items)`, `Math.max(...values)` — puts every element on the stack as an argument and
 * throws RangeError beyond about 120,000 of them (a region's results, a run's issues);
 * test/source-guards.test.ts keeps such spreads out of src/.
 */

/** Adds the items to the end of the target, one by one; returns the target. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest value, or `floor` when none is larger (for an empty list, `floor` itself). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest value, or `ceiling` when none is smaller (for an empty list, `ceiling` itself). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const value of values) if (value < min) min = value;
  return min;
}
