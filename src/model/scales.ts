/**
 * Conversion scales of ВПР: the primary score a pupil needs for «3», «4» and «5», and the maximum,
 * one per year × procedure (FIOKO publishes them in each year's «Описание проверочной работы», table
 * «Рекомендации по переводу первичных баллов в отметки по пятибалльной шкале»). A per-pupil export
 * has no mark column: the mark is the primary score read through its year's scale. Shipped in
 * data/scales.json (ВПР 2021); `--scales FILE` adds other years. Scales change from year to year:
 * one is never borrowed from another year.
 * Example (ВПР 2021 математика 5 кл., 0–6 / 7–10 / 11–14 / 15–20): 6 → «2», 7 → «3», 15 → «5».
 */
import * as z from 'zod';
import shippedData from '../../data/scales.json' with { type: 'json' };
import type { Mark } from './records.js';

export const scaleSchema = z
  .object({
    year: z.number().int(),
    procedure: z.string(),
    min3: z.number().int().min(1),
    min4: z.number().int(),
    min5: z.number().int(),
    max: z.number().int(),
    /** Where the numbers come from, quoted. */
    source: z.string(),
    note: z.string().optional(),
  })
  .refine((s) => s.min3 < s.min4 && s.min4 < s.min5 && s.min5 <= s.max, { message: 'min3 < min4 < min5 ≤ max' });

export type Scale = z.infer<typeof scaleSchema>;

export const SHIPPED_SCALES: Scale[] = z.object({ scales: z.array(scaleSchema) }).parse(shippedData).scales;

/** The scale of a work; null when none is known (never another year's). */
export function scaleFor(scales: readonly Scale[], procedure: string, year: number): Scale | null {
  return scales.find((s) => s.procedure === procedure && s.year === year) ?? null;
}

/** The mark of a primary score 0–max by the scale. */
export function markOf(scale: Scale, score: number): Mark {
  if (score >= scale.min5) return 5;
  if (score >= scale.min4) return 4;
  return score >= scale.min3 ? 3 : 2;
}

/** The user's scales first, then the shipped ones for the works the user's do not cover. */
export function combineScales(own: readonly Scale[], shipped: readonly Scale[] = SHIPPED_SCALES): Scale[] {
  const key = (s: Scale) => `${s.procedure}|${s.year}`;
  const taken = new Set(own.map(key));
  return [...own, ...shipped.filter((s) => !taken.has(key(s)))];
}
