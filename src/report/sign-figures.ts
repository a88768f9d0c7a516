/**
 * The figures of a computed objectivity sign in a note or a finding (rules/objectivity-flag.ts
 * signParams): the shares as «45,8%», the p of the test as «2,8·10⁻⁹», what the share is compared
 * with as «по региону» / «по муниципалитету».
 */
import { messagesOf, type Lang } from '../messages/index.js';
import { formatPercent, formatSmallP } from './format.js';

const SHARES = new Set(['raisedPct', 'raisedRegionPct', 'spikePct', 'spikeRegionPct']);
const P_VALUES = new Set(['raisedP', 'spikeP']);

/** The parameter as text when it is a sign's share, p or reference; null for any other. */
export function signFigure(key: string, value: string | number, lang: Lang): string | null {
  if (typeof value === 'string') return key === 'against' ? (messagesOf(lang).objectivity.against[value as 'region' | 'municipality'] ?? value) : null;
  if (SHARES.has(key)) return formatPercent(value, lang, 1);
  if (P_VALUES.has(key)) return formatSmallP(value, lang);
  return null;
}
