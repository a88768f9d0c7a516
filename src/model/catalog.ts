/**
 * The recommendation catalogue (data/recommendations.json; `--catalog FILE` extends it, or
 * replaces it with `"mode": "replace"`): measures with the trigger that calls for them, the
 * audience, the responsible party, the timing and the source they come from. Validated with zod.
 */
import * as z from 'zod';
import { RISK_FACTORS } from './profile.js';
import { passageSchema } from './sources.js';

const procedurePattern = z
  .object({ kind: z.enum(['VPR', 'OGE', 'EGE', 'KDR']), subject: z.string().optional(), grade: z.number().int().optional() })
  .strict();

export const triggerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('low-result'), procedures: z.array(procedurePattern).min(1) }).strict(),
  z.object({ kind: z.literal('indicator'), indicators: z.array(z.string()).min(1) }).strict(),
  z.object({ kind: z.literal('cluster'), clusters: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])).min(1) }).strict(),
  z.object({ kind: z.literal('risk'), factors: z.array(z.enum(RISK_FACTORS)).min(1) }).strict(),
  z.object({ kind: z.literal('dynamics'), events: z.array(z.enum(['negative-run', 'entered-list', 'left-list'])).min(1) }).strict(),
  /** A problem task (issue 9): per school and skill, or a skill that is a problem in most ШНОР. {tasks}, {skill}, {subject}, {next}, {count}, {total} in the texts. */
  z.object({ kind: z.literal('task'), scope: z.enum(['school', 'district']) }).strict(),
]);

export const AUDIENCES = ['management', 'teachers', 'pupils', 'parents', 'methodological-service'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const catalogEntrySchema = z
  .object({
    id: z.string().min(1),
    trigger: triggerSchema,
    audience: z.enum(AUDIENCES),
    measure: z.string().min(1),
    responsible: z.string(),
    timing: z.string(),
    /** document: a registry id (data/sources.json), «shnor» for shnor's own measure, or a user catalogue's own words. */
    source: passageSchema,
    own: z.boolean().default(false),
  })
  .strict();

export const catalogSchema = z
  .object({
    $source: z.string().optional(),
    mode: z.enum(['extend', 'replace']).default('extend'),
    entries: z.array(catalogEntrySchema),
  })
  .strict()
  .refine((c) => new Set(c.entries.map((e) => e.id)).size === c.entries.length, { message: 'duplicate id' });

export type Trigger = z.infer<typeof triggerSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;

/** The shipped catalogue with a user's: same ids replaced, new ones added; or the user's alone. */
export function combineCatalogs(base: CatalogEntry[], extra: Catalog | null): CatalogEntry[] {
  if (!extra) return base;
  if (extra.mode === 'replace') return extra.entries;
  const replaced = new Set(extra.entries.map((e) => e.id));
  return [...base.filter((e) => !replaced.has(e.id)), ...extra.entries];
}
