/**
 * What a data row of the per-school ЕГЭ form is, from its municipality and school cells. Rows
 * that are not schools are totals, and a total is a reference value, never a school:
 * - «итого по Забайкальскому краю» (in either cell): the region's total — it names a край, an
 *   область, a регион, a республика or an автономный округ;
 * - «Итого по …» / «Всего …» naming anything else, or «Итого» beside a municipality: that
 *   municipality's total;
 * - a municipality without a school, or a school cell that repeats the municipality: the
 *   municipality's own row (its total when it has figures, else the heading of the schools below);
 * - a bare «Итого» / «Всего» with no municipality: the region's total when it is the first or the
 *   last row of the table, else the total of the municipality above (decided by the caller, which
 *   knows the position).
 */
import { normalizeLabel } from '../../model/text.js';
import { isTotalLabel } from './columns.js';
import { EGE_FORM_REGION_WORD } from '../vocabulary/rows.js';

/** How a row was recognised as a total: said in the note each total row gets. */
export type TotalReason = 'names-region' | 'total-word' | 'no-school' | 'repeats-municipality' | 'first-row' | 'last-row' | 'after-schools';

export type RowKind =
  | { kind: 'school'; name: string; municipality: string | null }
  | { kind: 'region-total'; label: string; reason: TotalReason }
  /** municipality null: the municipality of the rows above. */
  | { kind: 'district-total'; label: string; municipality: string | null; reason: TotalReason }
  | { kind: 'municipality-row'; label: string; municipality: string; reason: TotalReason }
  | { kind: 'bare-total'; label: string }
  | { kind: 'nameless' };

export function rowKind(municipality: string | null, school: string | null): RowKind {
  const schoolTotal = school !== null && isTotalLabel(school);
  const municipalityTotal = municipality !== null && isTotalLabel(municipality);
  const label = schoolTotal ? school : municipalityTotal ? municipality : null;
  if (label !== null) {
    const words = normalizeLabel(label).split(' ');
    if (words.some((word) => EGE_FORM_REGION_WORD.test(word))) return { kind: 'region-total', label, reason: 'names-region' };
    const named = municipalityTotal ? null : municipality;
    if (words.length > 1 || named !== null) return { kind: 'district-total', label, municipality: named, reason: 'total-word' };
    return { kind: 'bare-total', label };
  }
  if (municipality !== null && school === null) return { kind: 'municipality-row', label: municipality, municipality, reason: 'no-school' };
  if (municipality !== null && school !== null && normalizeLabel(school) === normalizeLabel(municipality)) {
    return { kind: 'municipality-row', label: school, municipality, reason: 'repeats-municipality' };
  }
  if (school !== null) return { kind: 'school', name: school, municipality };
  return { kind: 'nameless' };
}
