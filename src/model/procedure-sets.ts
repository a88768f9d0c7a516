/**
 * Procedure sets for `--procedures` (ruling R1, seed 004 «Анализ проводится по результатам
 * следующих процедур (ФИОКО)»): fioko = the eight listed procedures; extended adds
 * «ВПР 4, 7, 8 кл; КДР 4, 6, 7, 8 кл.»; all = every procedure in the data.
 */
import { parseProcedure } from './procedures.js';

export const FIOKO_PROCEDURES = [
  'VPR-MA-5', 'VPR-MA-6', 'VPR-RU-5', 'VPR-RU-6', 'OGE-MA', 'OGE-RU', 'EGE-MA-B', 'EGE-MA-P',
] as const;

const EXTENDED_VPR = ['VPR-RU-4', 'VPR-MA-4', 'VPR-RU-7', 'VPR-MA-7', 'VPR-RU-8', 'VPR-MA-8'];
const EXTENDED_KDR_GRADES = new Set([4, 6, 7, 8]);

export type ProcedureSetName = 'fioko' | 'extended' | 'all';

/** What `--procedures` resolved to: a fixed list, or a predicate over the codes in the data. */
export interface ProcedureSelection {
  name: ProcedureSetName | 'list';
  /** Procedures named by the set itself, present in the data or not. */
  listed: string[];
  includes(code: string): boolean;
}

export function selectProcedures(spec: ProcedureSetName | string[]): ProcedureSelection {
  if (Array.isArray(spec)) {
    const set = new Set(spec);
    return { name: 'list', listed: [...set], includes: (code) => set.has(code) };
  }
  if (spec === 'all') return { name: 'all', listed: [], includes: () => true };
  const fioko = new Set<string>(FIOKO_PROCEDURES);
  if (spec === 'fioko') return { name: 'fioko', listed: [...fioko], includes: (code) => fioko.has(code) };
  const extended = new Set<string>([...FIOKO_PROCEDURES, ...EXTENDED_VPR]);
  return {
    name: 'extended',
    listed: [...extended],
    includes: (code) => extended.has(code) || isExtendedKdr(code),
  };
}

function isExtendedKdr(code: string): boolean {
  const p = parseProcedure(code);
  return p?.kind === 'KDR' && p.grade !== null && EXTENDED_KDR_GRADES.has(p.grade);
}
