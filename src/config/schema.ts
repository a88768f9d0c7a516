/**
 * shnor.config.json: every method parameter with its default (zod). Keys starting with «//»
 * are comments. Command-line flags override the file; the file overrides the defaults.
 */
import { z } from 'zod';
import { DEFAULT_MIN_SCORES } from '../model/min-scores.js';
import { LANGS } from '../messages/index.js';

const procedureSpec = z.union([z.enum(['fioko', 'extended', 'all']), z.array(z.string()).min(1)]);

export const classifySchema = z
  .object({
    threshold: z.number().gt(0).lte(100).default(30),
    sameProcedure: z.boolean().default(false),
    procedures: procedureSpec.default('fioko'),
    minParticipants: z.number().int().min(1).default(1),
    smallSample: z.number().int().min(1).default(10),
  })
  .strict();

export const configSchema = z
  .object({
    lang: z.enum(LANGS as ['ru', 'en']).default('ru'),
    classify: classifySchema.default(classifySchema.parse({})),
    minScores: z.record(z.string(), z.number().min(0).max(100)).default(DEFAULT_MIN_SCORES),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type ClassifyConfig = z.infer<typeof classifySchema>;

export const DEFAULT_CONFIG: Config = configSchema.parse({});
