/**
 * The dynamics' and clusters' parameters (config sections «dynamics» and «cluster»), with the
 * defaults of the issue and ruling R9.
 */
import * as z from 'zod';

export const dynamicsParams = z
  .object({
    /** R9: a change of the failing share of at least this many pp is real (0: any change). */
    marginPp: z.number().min(0).max(100).default(10),
    /** The significance level of the two-proportion test. */
    alpha: z.number().gt(0).lt(1).default(0.05),
    /** A change counts in verdicts only when it crosses the margin and is significant (default: the seeds' literal reading). */
    requireSignificance: z.boolean().default(false),
    /** Sample classes (federal recommendation): under `limited` participants — limited; from `informative` — informative. */
    limitedBelow: z.number().int().min(1).default(20),
    informativeFrom: z.number().int().min(1).default(50),
  })
  .strict();

export const clusterParams = z
  .object({
    /** Cluster 1: a school on an official list (federal, regional, «500+») is in it whatever the data say. */
    officialList: z.boolean().default(true),
    /** Cluster 2 rules that may be switched off. */
    contextRisk: z.boolean().default(true),
    lowIorNegativeRun: z.boolean().default(true),
    oneLowResult: z.boolean().default(true),
    /** R9: «отрицательная динамика … в течение 2-3 лет» — this many consecutive negative changes. */
    negativeRun: z.number().int().min(1).default(2),
  })
  .strict();

export type DynamicsParams = z.infer<typeof dynamicsParams>;
export type ClusterParams = z.infer<typeof clusterParams>;
