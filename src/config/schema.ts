/**
 * shnor.config.json: every method parameter with its default (zod), assembled from the rules'
 * own parameter schemas, and the requisites of the report (not a rule). Keys starting with «//»
 * are comments. Command-line flags override the file; the file overrides the defaults.
 */
import * as z from 'zod';
import { xlsxLimitParams } from '../io/readers/xlsx/limits.js';
import { DEFAULT_MIN_SCORES } from '../model/min-scores.js';
import { DEFAULT_MAX_PARTICIPANTS } from '../model/result-schema.js';
import { LANGS, msg } from '../messages/index.js';
import { requisitesSchema } from '../model/requisites.js';
import { RULE_PARAMS } from '../rules/index.js';
import { defaultScales } from '../rules/indicators/registry.js';

const knownScales = Object.keys(defaultScales());

/**
 * How input is read: large CSV protocols (shnor tasks, --tasks) on several threads, the result the
 * same; what an XLSX workbook may expand to before it is refused; and the most pupils one school's
 * result may count.
 */
const readParams = z
  .object({
    /** A count above it (participants, «2» …) is a bad cell: 10,000 is beyond any school's procedure (docs/rules.md). */
    maxParticipants: z.number().int().min(1).default(DEFAULT_MAX_PARTICIPANTS),
    /** Threads for one file; 0 — one a processor core, at most 4; 1 — always one. */
    threads: z.number().int().min(0).max(64).default(0),
    /** Files from this size (MiB) are read in parts: below it a worker's start-up costs more than it saves. */
    parallelFromMiB: z.number().min(0).default(16),
    ...xlsxLimitParams,
  })
  .strict();

export const configSchema = z
  .object({
    lang: z.enum(LANGS as ['ru', 'en']).default('ru'),
    minScores: z.record(z.string(), z.number().min(0).max(100)).default(DEFAULT_MIN_SCORES),
    ...RULE_PARAMS,
    read: readParams.prefault({}),
    report: z
      .object({
        requisites: requisitesSchema.prefault({}),
        /** Teacher names in the report's difficulty maps: off unless asked for (issue 9). */
        teachers: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .refine((config) => Object.keys(config.score.scales).every((key) => knownScales.includes(key)), {
    path: ['score', 'scales'],
    error: () => msg().labels.unknownScale(knownScales.join(', ')),
  });

export type Config = z.infer<typeof configSchema>;

export const DEFAULT_CONFIG: Config = configSchema.parse({});
