/**
 * Scales turn an indicator's value into points. They are data (config «score.scales», defaults
 * equal to seed 003), in three shapes:
 *   bands  — ordered ranges: `upTo` is an inclusive upper bound, `below` a strict one, and the
 *            last band (neither) takes the rest. The seed's gaps («до 5% — 3; 6–30% — 1») are
 *            closed at the previous range's bound: ≤5 → 3, >5 and ≤30 → 1, >30 → 0.
 *   sign   — dynamics: a change ≥ 0 («положительная динамика (или отсутствует)») or < 0.
 *   levels — a choice (yes/no, none/participants/winners) → points.
 */
import * as z from 'zod';

const band = z.union([
  z.object({ upTo: z.number(), points: z.number() }).strict(),
  z.object({ below: z.number(), points: z.number() }).strict(),
  z.object({ points: z.number() }).strict(),
]);

export const scaleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bands'), bands: z.array(band).min(1) }).strict(),
  z.object({ kind: z.literal('sign'), positive: z.number(), negative: z.number() }).strict(),
  z.object({ kind: z.literal('levels'), points: z.record(z.string(), z.number()) }).strict(),
]);

export type Scale = z.infer<typeof scaleSchema>;
export type Band = z.infer<typeof band>;

/** The points for a value; a level missing from the scale gives null. */
export function pointsFor(value: number | string, scale: Scale): number | null {
  switch (scale.kind) {
    case 'sign':
      return (value as number) >= 0 ? scale.positive : scale.negative;
    case 'levels':
      return scale.points[String(value)] ?? null;
    case 'bands':
      return bandPoints(value as number, scale.bands);
  }
}

function bandPoints(value: number, bands: Band[]): number | null {
  for (const b of bands) {
    if ('upTo' in b ? value <= b.upTo : 'below' in b ? value < b.below : true) return b.points;
  }
  return null;
}

/** Every number of points the scale can give. */
function allPoints(scale: Scale): number[] {
  switch (scale.kind) {
    case 'sign':
      return [scale.positive, scale.negative];
    case 'levels':
      return Object.values(scale.points);
    case 'bands':
      return scale.bands.map((b) => b.points);
  }
}

export function maxPoints(scale: Scale): number {
  return Math.max(...allPoints(scale));
}

/** The lowest points of the scale: «an indicator scoring 0» means this (ruling R8). */
export function minPoints(scale: Scale): number {
  return Math.min(...allPoints(scale));
}

export const sign = (positive = 3, negative = 0): Scale => ({ kind: 'sign', positive, negative });
export const yesNo = (yes = 3, no = 0): Scale => ({ kind: 'levels', points: { yes, no } });
