/**
 * The score's parameters as shnor.config.json carries them (section «score»), with defaults
 * equal to seed 003. `scales` overrides any indicator's scale by id.
 */
import * as z from 'zod';
import { scaleSchema } from './scale.js';

export const scoreParams = z
  .object({
    /** 1.2, 1.9, 1.21: which ЕГЭ mathematics stands for «математика». */
    egeMath: z.enum(['EGE-MA-P', 'EGE-MA-B']).default('EGE-MA-P'),
    /** Ruling R4: a zero share of «2» is 1 percentage point, or the ratio itself is 1. */
    zeroShare2: z.enum(['one-point', 'ratio-one']).default('one-point'),
    /** 1.9: how many schools make «the best» and «the lowest». */
    inequalityTopN: z.number().int().min(1).default(2),
    /** 2.9: the municipal-stage efficiency above which a school gets 2 points. */
    olympiadEfficiency: z.number().min(0).max(100).default(30),
    scales: z.record(z.string(), scaleSchema).default({}),
  })
  .strict();

export type ScoreParams = z.infer<typeof scoreParams>;
