/**
 * shnor targets FILES… [--profile FILE] [--facts FILE] [--programme FILE] — the programme's target
 * indicators for the year: plan, fact, numerator, denominator, status and why (seed 004, January
 * monitoring «по целевым показателям МППКО»).
 */
import { dataCommand } from '../data-command.js';
import { addMethodOptions, addOutputOptions, addReadingOptions, addReferenceOptions, addSignificanceOption } from '../options.js';

export const registerTargets = dataCommand('targets', (h) => ({
  flags: (c) =>
    addOutputOptions(addReadingOptions(addMethodOptions(addReferenceOptions(addSignificanceOption(c
      .option('--profile <file>', h.profile)
      .option('--facts <file>', h.facts)
      .option('--programme <file>', h.programme)))))),
  load: async () => (await import('../../app/targets.js')).runTargets,
}));
