/**
 * Targeted recommendations (адресные рекомендации): the catalogue's measures whose triggers fire
 * for a school — a low result in a procedure, an indicator at the bottom of its scale (ruling
 * R8), the cluster, a risk factor of high or medium significance (R7), negative dynamics two
 * years running, entering or leaving the list. A measure reached by several triggers appears
 * once with every reason. Order: list criteria first, then the weakest indicators, then risks
 * (high before medium).
 */
import type { Audience, CatalogEntry, Trigger } from '../model/catalog.js';
import type { SchoolProfile, Significance } from '../model/profile.js';
import { parseProcedure } from '../model/procedures.js';
import type { ClusterVerdict } from './clusters.js';
import { notSignificant, runChanges, type ChangeRef, type SchoolDynamics } from './dynamics.js';
import type { SchoolVerdict } from './fioko.js';
import type { SchoolScore } from './score.js';
import type { TaskFill } from './task-recommendations.js';

export type TriggerKind = Trigger['kind'];

export interface RecommendationReason {
  trigger: TriggerKind;
  procedure: string | null;
  indicator: string | null;
  value: number | string | null;
  /**
   * A task reason's second number, the value set against it: the reference success (%) of the
   * school's task, or the district's schools looked at for a skill most ШНОР share (value: how many).
   */
  compared?: number | null;
  /** The changes a dynamics or cluster reason rests on that the test does not find significant. */
  notSignificant?: ChangeRef[];
}

export interface Recommendation {
  id: string;
  audience: Audience;
  /** 1 list criteria, 2 weakest indicators and dynamics, 3 high risks, 4 medium risks. */
  priority: number;
  entry: CatalogEntry;
  reasons: RecommendationReason[];
  /** Task-level measures: the values for the blanks of the catalogue text. */
  fill?: TaskFill;
}

export interface SchoolFacts {
  verdict: SchoolVerdict;
  year: number;
  score: SchoolScore | null;
  cluster: ClusterVerdict | null;
  profile: SchoolProfile | null;
  dynamics: SchoolDynamics | null;
  /** Movement of the list into Y. */
  enteredList: boolean;
  leftList: boolean;
  negativeRun: number;
}

interface Fired {
  priority: number;
  reason: RecommendationReason;
}

const RISK_PRIORITY: Record<Significance, number | null> = { high: 3, medium: 4, low: null };

export function recommend(facts: SchoolFacts, catalog: CatalogEntry[]): Recommendation[] {
  const recommendations = catalog.flatMap((entry): Recommendation[] => {
    const fired = fire(entry.trigger, facts);
    if (fired.length === 0) return [];
    return [{ id: entry.id, audience: entry.audience, priority: Math.min(...fired.map((f) => f.priority)), entry, reasons: fired.map((f) => f.reason) }];
  });
  return recommendations.sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
}

const reason = (trigger: TriggerKind, fields: Partial<RecommendationReason>): RecommendationReason => ({
  trigger, procedure: null, indicator: null, value: null, ...fields,
});

/** The reason's changes that are not significant, only when there are some. */
const chance = (changes: ChangeRef[]): Partial<RecommendationReason> => (changes.length > 0 ? { notSignificant: changes } : {});

function fire(trigger: Trigger, facts: SchoolFacts): Fired[] {
  switch (trigger.kind) {
    case 'low-result':
      return facts.verdict.lowResults
        .filter((r) => r.year === facts.year && trigger.procedures.some((p) => matches(r.procedure, p)))
        .map((r) => ({ priority: 1, reason: reason('low-result', { procedure: r.procedure, value: r.failShare }) }));
    case 'indicator':
      return (facts.score?.indicators ?? [])
        .filter((i) => i.lowest && trigger.indicators.includes(i.id))
        .map((i) => ({ priority: 2, reason: reason('indicator', { indicator: i.id, value: i.value }) }));
    case 'cluster':
      return facts.cluster?.cluster != null && trigger.clusters.includes(facts.cluster.cluster)
        ? [{
          priority: facts.cluster.cluster === 1 ? 1 : 2,
          reason: reason('cluster', { value: facts.cluster.cluster, ...chance(facts.cluster.reasons.flatMap((r) => r.notSignificant ?? [])) }),
        }]
        : [];
    case 'risk':
      return trigger.factors.flatMap((factor) => {
        const significance = facts.profile?.risks[factor];
        const priority = significance ? RISK_PRIORITY[significance] : null;
        return priority === null ? [] : [{ priority, reason: reason('risk', { indicator: factor, value: significance! }) }];
      });
    case 'dynamics':
      return trigger.events.flatMap((event) => dynamicsEvent(event, facts));
    case 'task':
      // task-level measures need the task results: src/rules/task-recommendations.ts
      return [];
  }
}

function dynamicsEvent(event: 'negative-run' | 'entered-list' | 'left-list', facts: SchoolFacts): Fired[] {
  if (event === 'entered-list') return facts.enteredList ? [{ priority: 1, reason: reason('dynamics', { value: event }) }] : [];
  if (event === 'left-list') return facts.leftList ? [{ priority: 2, reason: reason('dynamics', { value: event }) }] : [];
  return (facts.dynamics?.procedures ?? [])
    .filter((p) => p.negativeRun >= facts.negativeRun)
    .map((p) => ({
      priority: 2,
      reason: reason('dynamics', { procedure: p.procedure, value: event, ...chance(notSignificant(p.procedure, runChanges(p, facts.year))) }),
    }));
}

function matches(code: string, pattern: { kind: string; subject?: string; grade?: number }): boolean {
  const p = parseProcedure(code);
  if (!p || p.kind !== pattern.kind) return false;
  return (pattern.subject === undefined || p.subject === pattern.subject) && (pattern.grade === undefined || p.grade === pattern.grade);
}
