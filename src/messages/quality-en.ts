/** Texts of the pass rate and the quality rate from counts of marks (English); the shape of quality-ru.ts. */
import type { QualityMessages } from './quality-ru.js';

export const qualityEn: QualityMessages = {
  sheet: 'Pass and quality rates',
  success: 'Pass rate («3»–«5»), %',
  quality: 'Quality rate («4»–«5»), %',
  marked: 'With a mark',
  mark: (p) => `«${p.mark}»`,
  level: 'Level',
  school: 'school',
  municipality: 'municipality',
  schools: 'Schools',
  municipalitySuccess: 'Municipality pass rate, %',
  municipalityQuality: 'Municipality quality rate, %',
  regionSuccess: 'Region pass rate, %',
  regionQuality: 'Region quality rate, %',
  column: (p) => `Pass / quality rate, ${p.year}`,
  cell: (p) => {
    const around = [p.municipality && `municipality ${p.municipality}`, p.region && `region ${p.region}`].filter(Boolean);
    return `${p.success} / ${p.quality}` + (around.length > 0 ? ` (${around.join('; ')})` : '');
  },
  region: 'region',
  basis: (p) =>
    'Pass rate: the share of «3», «4» and «5»; quality rate: the share of «4» and «5», of the pupils with a mark; the municipality is every school of the input; ' +
    (p.region
      ? 'the region from the reference file\'s shares of marks (its «2»–«5» columns are shares, %): pass rate = 100 − share of «2», quality rate = share of «4» + share of «5».'
      : 'no region: the reference values do not give the shares of all four marks «2»–«5».'),
  noMarks: 'The input has no counts of marks «2»–«5»: pass and quality rates are not computed.',
};
