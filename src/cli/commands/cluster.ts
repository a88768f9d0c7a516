/**
 * shnor cluster FILES… [--profile FILE] [--reference FILE] — the three clusters of seed 004 for
 * the target year: low results, at risk, positive dynamics; each school in one (or none) with the
 * rules that put it there. Without a profile the context risks are not checked.
 */
import { dataCommand } from '../data-command.js';
import { addMethodOptions, addOutputOptions, addReadingOptions, addReferenceOptions, addSignificanceOption } from '../options.js';

export const registerCluster = dataCommand('cluster', (h) => ({
  flags: (c) => addOutputOptions(addReadingOptions(addMethodOptions(addReferenceOptions(addSignificanceOption(c.option('--profile <file>', h.profile)))))),
  load: async () => (await import('../../app/cluster.js')).runCluster,
}));
