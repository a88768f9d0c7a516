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
  column: (p) => `Pass / quality rate, ${p.year}`,
  cell: (p) => `${p.success} / ${p.quality}` + (p.municipality ? ` (municipality ${p.municipality})` : ''),
  basis: 'Pass rate: the share of «3», «4» and «5»; quality rate: the share of «4» and «5», of the pupils with a mark; the municipality is every school of the input; no region: the reference values carry no marks.',
  noMarks: 'The input has no counts of marks «2»–«5»: pass and quality rates are not computed.',
};
