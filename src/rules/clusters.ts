/**
 * The three clusters of seed 004 («По итогам анализа результатов (МСОКО) школы кластеризуются по
 * трем группам»): 1 — low results (flagged by classify, or on an official list: «федерацией,
 * регионом, а также муниципалитетом были отнесены к разряду ШНРО», official-lists.ts); 2 — risk zone (a context risk, a low
 * ИОР with two negative changes running, or one low result in Y); 3 — positive dynamics in Y over
 * every procedure kind present. Precedence 1 > 2 > 3; a school in none is stable (null). Each
 * rule is a registry entry (texts in data/clusters.json) and can be switched off in config.
 */
import texts from '../../data/clusters.json' with { type: 'json' };
import type { SchoolProfile } from '../model/profile.js';
import type { Passage } from '../model/sources.js';
import type { ClusterParams } from './dynamics-params.js';
import type { ChangeRef, OverallDirection, SchoolDynamics } from './dynamics.js';
import type { SchoolVerdict } from './fioko.js';
import type { OfficialList } from './official-lists.js';
import { lowIorOf } from './low-ior.js';

export type Cluster = 1 | 2 | 3;

export interface ClusterReason {
  rule: string;
  params: Record<string, string | number>;
  /** The changes the reason rests on that the test does not find significant (counted by the method). */
  notSignificant?: ChangeRef[];
}

export interface ClusterVerdict {
  schoolId: string;
  schoolName: string | null;
  cluster: Cluster | null;
  reasons: ClusterReason[];
}

export interface ClusterInput {
  verdict: SchoolVerdict;
  dynamics: SchoolDynamics | undefined;
  /** The overall direction into Y over every procedure in the data (R9). */
  overallAll: Pick<OverallDirection, 'direction' | 'positive' | 'notSignificant'>;
  profile: SchoolProfile | null;
  /** The official lists the profile puts the school on (null: it says nothing of them). */
  lists: OfficialList[] | null;
  /** Indicator 1.19 (ИОР) of the school, if known. */
  ior: number | null;
  year: number;
}

interface ClusterRule {
  id: string;
  cluster: Cluster;
  enabled(params: ClusterParams): boolean;
  test(input: ClusterInput, params: ClusterParams): Omit<ClusterReason, 'rule'> | null;
}

const CONTEXT_RISKS = ['computerShortage', 'staffShortage', 'smallSchool'] as const;

export const CLUSTER_RULES: ClusterRule[] = [
  {
    id: 'shnor', cluster: 1, enabled: () => true,
    test: ({ verdict }) =>
      verdict.flagged ? { params: { criteria: verdict.criteria.join(', '), procedures: verdict.lowResults.map((r) => `${r.year} ${r.procedure}`).join(', ') } } : null,
  },
  {
    id: 'official-list', cluster: 1, enabled: (p) => p.officialList,
    test: ({ lists, verdict }) => (lists && lists.length > 0 ? { params: { lists: lists.join(', '), flagged: verdict.flagged ? 1 : 0 } } : null),
  },
  {
    id: 'context-risk', cluster: 2, enabled: (p) => p.contextRisk,
    test: ({ profile }) => {
      const risks = CONTEXT_RISKS.filter((risk) => profile?.[risk] === true);
      return risks.length > 0 ? { params: { risks: risks.join(', ') } } : null;
    },
  },
  {
    id: 'low-ior-negative-run', cluster: 2, enabled: (p) => p.lowIorNegativeRun,
    test: ({ ior, dynamics, year }, params) => {
      const low = lowIorOf(ior, dynamics, params.negativeRun, year);
      return low ? { params: { ior: low.ior, procedures: low.procedures.join(', '), run: low.run }, notSignificant: low.notSignificant } : null;
    },
  },
  {
    id: 'one-low-result', cluster: 2, enabled: (p) => p.oneLowResult,
    test: ({ verdict, year }) => {
      const low = verdict.lowResults.filter((r) => r.year === year);
      return low.length === 1 ? { params: { procedure: low[0]!.procedure, share: low[0]!.failShare } } : null;
    },
  },
  {
    id: 'positive-dynamics', cluster: 3, enabled: () => true,
    test: ({ overallAll }) =>
      overallAll.direction === 'positive' ? { params: { procedures: overallAll.positive.join(', ') }, notSignificant: overallAll.notSignificant } : null,
  },
];

export function clusterOf(input: ClusterInput, params: ClusterParams): ClusterVerdict {
  const { schoolId, schoolName } = input.verdict;
  for (const cluster of [1, 2, 3] as const) {
    const reasons = CLUSTER_RULES.filter((r) => r.cluster === cluster && r.enabled(params)).flatMap((rule) => {
      const fired = rule.test(input, params);
      return fired ? [{ rule: rule.id, ...fired }] : [];
    });
    if (reasons.length > 0) return { schoolId, schoolName, cluster, reasons };
  }
  return { schoolId, schoolName, cluster: null, reasons: [] };
}

export interface ClusterText {
  id: string;
  cluster: number;
  title: { ru: string; en: string };
  source: Passage;
  interpretation: string | null;
}

export const CLUSTER_TEXTS: Map<string, ClusterText> = new Map(texts.rules.map((t) => [t.id, t]));
/** The document the three clusters come from (a data/sources.json id). */
export const CLUSTERS_SOURCE: string = texts.document;
export const CLUSTER_LABELS: Record<string, { ru: string; en: string }> = texts.labels;
