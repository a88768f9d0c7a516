/**
 * The rules registry: each rule's parameter schema becomes a section of shnor.config.json.
 * A new rule is one module and one line here.
 */
import { fiokoParams } from './fioko.js';
import { scoreParams } from './indicators/params.js';
import { defaultScales } from './indicators/registry.js';

const knownScales = new Set(Object.keys(defaultScales()));

export const RULE_PARAMS = {
  classify: fiokoParams.prefault({}),
  score: scoreParams
    .refine((p) => Object.keys(p.scales).every((key) => knownScales.has(key)), {
      message: `score.scales: unknown indicator; known: ${[...knownScales].join(', ')}`,
    })
    .prefault({}),
};
