/**
 * Minimum ЕГЭ test scores (data/min-scores.json, overridable in config «minScores»). A result
 * in a 100-point ЕГЭ subject fails below its minimum; ЕГЭ базовая математика is marked 2–5.
 */
import minScoresData from '../../data/min-scores.json' with { type: 'json' };
import { parseProcedure } from './procedures.js';

export const DEFAULT_MIN_SCORES: Record<string, number> = Object.fromEntries(
  Object.entries(minScoresData).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
);

const scoreBased = new Map<string, boolean>();

export function isScoreBased(procedure: string): boolean {
  let known = scoreBased.get(procedure);
  if (known === undefined) {
    const p = parseProcedure(procedure);
    known = p?.kind === 'EGE' && p.level !== 'B';
    scoreBased.set(procedure, known);
  }
  return known;
}

/** EGE-MA-P → «MA-P»; EGE-PH → «PH». */
export function minScoreKey(procedure: string): string {
  const p = parseProcedure(procedure);
  if (!p) return procedure;
  return p.level ? `${p.subject}-${p.level}` : p.subject;
}
