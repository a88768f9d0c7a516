/** The layout registry: a new layout is one module and one line here. */
import { egeFormLayout } from './ege-form.js';
import { fisokoLayout } from './fisoko.js';
import { longLayout } from './long.js';
import { pupilsLayout } from './pupils.js';
import { studentsLayout } from './students.js';
import type { Layout, LayoutMatch, LayoutName } from './types.js';
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
