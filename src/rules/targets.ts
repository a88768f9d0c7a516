/**
 * The programme's target indicators 8.1–8.8 (seed 004, «Целевые показатели»): «Доля школ, от
 * общего числа школ ШНРО и ШНСУ в МСО, достигших положительной динамики в результатах» ОГЭ
 * математика (8.1), ОГЭ русский (8.2), ЕГЭ математика (8.3), ЕГЭ русский (8.4), КДР4ЧГ (8.5),
 * КДР6ЧГ (8.6), КДР8ЕНГ (8.7), КДР7МГ (8.8) — «не менее к 2022 г — 30%, 2023 г — 70%, 2024 г — 100%».
 * Here: of the schools flagged in Y−1 with results in both years, the share whose change into Y
 * is positive (the same direction as the dynamics, ruling R9), against the programme year's target.
 */
import { parseProcedure } from '../model/procedures.js';
import type { SchoolDynamics } from './dynamics.js';
import type { DynamicsParams } from './dynamics-params.js';

export interface TargetResult {
  id: string;
  procedure: string;
  programmeYear: number;
  target: number;
  /** Last year's ШНОР with this procedure in both years. */
  schools: number;
  positive: string[];
  share: number | null;
  met: boolean | null;
}

const SEED_TARGETS: [string, (egeMath: string) => string][] = [
  ['8.1', () => 'OGE-MA'], ['8.2', () => 'OGE-RU'], ['8.3', (egeMath) => egeMath], ['8.4', () => 'EGE-RU'],
  ['8.5', () => 'KDR-RL-4'], ['8.6', () => 'KDR-RL-6'], ['8.7', () => 'KDR-SL-8'], ['8.8', () => 'KDR-ML-7'],
];

export function targetIndicators(
  dynamics: SchoolDynamics[], flaggedBefore: Set<string>, year: number, params: DynamicsParams, egeMath: string,
): TargetResult[] {
  const programmeYear = params.programmeStart === null ? 1 : Math.max(1, year - params.programmeStart + 1);
  const target = params.targets[Math.min(programmeYear, params.targets.length) - 1]!;
  const present = new Set(dynamics.flatMap((s) => s.procedures.map((p) => p.procedure)));
  const seeded = SEED_TARGETS.map(([id, code]) => ({ id, procedure: code(egeMath) }));
  const otherKdr = [...present].filter((p) => parseProcedure(p)?.kind === 'KDR' && !seeded.some((t) => t.procedure === p)).sort();
  const wanted = [
    ...seeded.filter((t) => !t.procedure.startsWith('KDR') || present.has(t.procedure)),
    ...otherKdr.map((procedure) => ({ id: '8.x', procedure })),
  ];
  return wanted.map(({ id, procedure }) => {
    const changes = dynamics
      .filter((s) => flaggedBefore.has(s.schoolId))
      .flatMap((s) => (s.procedures.find((p) => p.procedure === procedure)?.changes ?? []).filter((c) => c.to === year).map((c) => ({ schoolId: s.schoolId, c })));
    const positive = changes.filter(({ c }) => c.direction === 'positive').map(({ schoolId }) => schoolId);
    const share = changes.length === 0 ? null : Math.round((positive.length / changes.length) * 10_000) / 100;
    return { id, procedure, programmeYear, target, schools: changes.length, positive, share, met: share === null ? null : share >= target };
  });
}
