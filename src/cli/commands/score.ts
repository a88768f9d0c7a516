/**
 * shnor score FILES… [--profile FILE] [--reference FILE] — the municipal point indicators of
 * seed 003 for every school, with totals and ranks. Without a profile the profile indicators
 * have no points («нет данных профиля»); everything computable from results is still scored.
 */
import { dataCommand } from '../data-command.js';
import { addMarkersOption, addObjectivityFromOption, addMethodOptions, addOutputOptions, addReadingOptions, addReferenceOptions, addSignificanceOption } from '../options.js';

export const registerScore = dataCommand('score', (h) => ({
  flags: (c) => addOutputOptions(addReadingOptions(addMethodOptions(addReferenceOptions(addObjectivityFromOption(addMarkersOption(addSignificanceOption(c.option('--profile <file>', h.profile)))))))),
  load: async () => (await import('../../app/score.js')).runScore,
}));
