/** The layout registry: a new layout is one module and one line here. */
import { egeFormLayout } from './ege-form.js';
import { fisokoLayout } from './fisoko.js';
import { longLayout } from './long.js';
import { pupilsLayout } from './pupils.js';
import { studentsLayout } from './students.js';
import type { Layout, LayoutMatch, LayoutName, Need } from './types.js';
import { wideLayout } from './wide.js';

export const LAYOUTS: Record<LayoutName, Layout> = {
  long: longLayout,
  wide: wideLayout,
  students: studentsLayout,
  fisoko: fisokoLayout,
  pupils: pupilsLayout,
  'ege-form': egeFormLayout,
};

/** The best reading of a header row among the allowed layouts, or null. */
export function matchHeader(headers: string[], forced: LayoutName | undefined, titles: string[] = []): LayoutMatch | null {
  const candidates = forced ? [LAYOUTS[forced]] : Object.values(LAYOUTS);
  let best: LayoutMatch | null = null;
  for (const layout of candidates) {
    const match = layout.match(headers, titles);
    if (match && (best === null || match.score > best.score)) best = match;
  }
  return best;
}

/** How far a header row is from one layout. */
export interface LayoutFit {
  layout: LayoutName;
  needs: Need[];
  /** Needs met by a column the row has (a forbidden column's absence is not counted). */
  recognised: number;
  unmet: number;
}

/**
 * Every allowed layout's needs of a header row, nearest first: the most needs met by a column,
 * then the fewest unmet, then the registry's order.
 */
export function fitLayouts(headers: string[], forced: LayoutName | undefined): LayoutFit[] {
  const layouts = forced ? [LAYOUTS[forced]] : Object.values(LAYOUTS);
  const fits = layouts.map((layout): LayoutFit => {
    const needs = layout.needs(headers);
    return {
      layout: layout.name,
      needs,
      recognised: needs.filter((n) => n.met && !n.forbidden).length,
      unmet: needs.filter((n) => !n.met).length,
    };
  });
  // a stable sort keeps the registry's order among equals
  return fits.sort((a, b) => b.recognised - a.recognised || a.unmet - b.unmet);
}
