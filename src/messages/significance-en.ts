/** What a verdict says about the significance of the changes it rests on (English); part of the messages module. */
import type { significanceRu } from './significance-ru.js';

export const significanceEn: typeof significanceRu = {
  chance: (changes) => `within chance variation — ${changes}; counted by the method`,
  chanceSchools: (ids) => `Of them, resting on changes within chance variation (counted by the method): ${ids}.`,
  heldBack: (changes) => `not counted, not significant — ${changes}`,
  notCounted: 'not counted in verdicts: not significant',
  change: (p) => `${p.delta} pp into ${p.year} (${p.p === null ? 'significance cannot be tested: no participant counts' : `p = ${p.p}`})`,
  basis: (p) =>
    p.required
      ? `Verdicts (clusters, negative runs, target indicators, measures, the overall direction) count only significant changes (p < ${p.alpha}); a change without participant counts is not counted.`
      : 'Significance does not change the verdicts: a change counts by the method even when it is not significant, and a verdict resting on such a change says so.',
  help: 'count only significant changes (p < dynamics.alpha, 0.05 by default) in verdicts (clusters 2 and 3, negative runs, targets 8.x, measures, the overall direction)',
};
