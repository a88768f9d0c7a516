/**
 * shnor dynamics FILES… [--school ID] [--reference FILE] — every school × procedure over all the
 * years in the data: failing shares with their intervals, changes and their significance, each
 * school's overall direction into Y, how the ШНОР list moved from Y−1 to Y, targets 8.1–8.8.
 */
import { dataCommand } from '../data-command.js';
import { addMethodOptions, addOutputOptions, addReadingOptions, addReferenceOptions, addSignificanceOption, collectIds } from '../options.js';

export const registerDynamics = dataCommand('dynamics', (h) => ({
  flags: (c) =>
    addOutputOptions(addReadingOptions(addMethodOptions(addReferenceOptions(addSignificanceOption(c
      .option('--school <id>', h.school, collectIds)
      .option('--programme <file>', h.programme)))))),
  load: async () => (await import('../../app/dynamics.js')).runDynamics,
}));
