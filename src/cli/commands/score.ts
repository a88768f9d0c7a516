/**
 * shnor score FILES… [--profile FILE] [--reference FILE] — the municipal point indicators of
 * seed 003 for every school, with totals and ranks. Without a profile the profile indicators
 * have no points («нет данных профиля»); everything computable from results is still scored.
 */
import { msg } from '../../messages/index.js';
import { dataCommand } from '../data-command.js';
import { addMarkersOption, addOutputOptions, addReadingOptions, addReferenceOptions } from '../options.js';

export const registerScore = dataCommand(() => {
  const h = msg().help;
  return {
    name: 'score',
    description: h.score,
    examples: h.scoreExamples,
    flags: (c) => addOutputOptions(addReadingOptions(addReferenceOptions(addMarkersOption(c.option('--profile <file>', h.profile))))),
    load: async () => ({ run: (await import('../../app/score.js')).runScore, renderers: (await import('../../report/score/renderers.js')).SCORE_RENDERERS }),
  };
});
