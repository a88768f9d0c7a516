/**
 * What every cluster renderer shows, laid out once: each school's cluster, its label, and the
 * reasons as sentences — the rule's title (data/clusters.json) and the values that fired it.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { Issue } from '../../model/issues.js';
import { failValueText } from '../fail-term.js';
import { procedureName } from '../procedure-name.js';
import type { ClusterAnalysis } from '../../rules/analysis.js';
import { CLUSTER_LABELS, CLUSTER_RULES, CLUSTER_TEXTS, type Cluster, type ClusterReason, type ClusterVerdict } from '../../rules/clusters.js';
import type { ClusterParams } from '../../rules/dynamics-params.js';
import type { ListStanding } from '../../rules/official-lists.js';
import { formatNumber, formatPercent } from '../format.js';
import { labelOf } from '../labels.js';
import { notFlaggedClause } from '../official-lists.js';
import { chanceNote } from '../significance.js';
import type { Table } from '../table-model.js';

export interface ClusterReport {
  analysis: ClusterAnalysis;
  issues: Issue[];
  profileGiven: boolean;
  params: ClusterParams;
}

export const CLUSTERS: (Cluster | null)[] = [1, 2, 3, null];

/** The config key that switches a rule off, for the rules that can be. */
const SWITCHES: Record<string, keyof ClusterParams> = {
  'official-list': 'officialList', 'context-risk': 'contextRisk', 'low-ior-negative-run': 'lowIorNegativeRun', 'one-low-result': 'oneLowResult',
};

export function switchOf(rule: string): string | null {
  return SWITCHES[rule] ? `cluster.${SWITCHES[rule]}` : null;
}

export function ruleEnabled(rule: string, params: ClusterParams): boolean {
  return CLUSTER_RULES.find((r) => r.id === rule)?.enabled(params) ?? true;
}

export function clusterLabel(cluster: Cluster | null, lang: Lang): string {
  return CLUSTER_LABELS[String(cluster)]?.[lang] ?? String(cluster);
}

export function ruleTitle(rule: string, lang: Lang): string {
  return CLUSTER_TEXTS.get(rule)?.title[lang] ?? rule;
}

/** The reasons as sentences; `lists` gives a listed school's why-not when the data do not flag it. */
export function reasonTexts(verdict: ClusterVerdict, year: number, lang: Lang, lists: Map<string, ListStanding>): string[] {
  return verdict.reasons.map((reason) => {
    const chance = chanceNote(reason.notSignificant, lang);
    return `${ruleTitle(reason.rule, lang)}: ${reasonValues(reason, year, lang, lists.get(verdict.schoolId))}${chance ? `; ${chance}` : ''}`;
  });
}

function reasonValues(reason: ClusterReason, year: number, lang: Lang, standing: ListStanding | undefined): string {
  const t = messagesOf(lang);
  const c = t.cluster;
  const p = reason.params;
  const schoolYear = t.labels.schoolYear(year);
  const names = (codes: string | number | undefined) => codesOf(codes).map((code) => procedureName(code, lang)).join(', ');
  switch (reason.rule) {
    case 'shnor':
      return c.shnor({ criteria: String(p.criteria), results: lowResults(codesOf(p.procedures), lang) });
    case 'official-list': {
      const names = codesOf(p.lists).map((list) => labelOf(t.lists.names, list) ?? list).join(', ');
      const notFlagged = notFlaggedClause(standing, year, lang);
      return notFlagged ? `${names}; ${notFlagged}` : names;
    }
    case 'context-risk':
      return codesOf(p.risks).map((risk) => labelOf(c.risks, risk) ?? risk).join(', ');
    case 'low-ior-negative-run':
      return c.lowIor({ ior: formatNumber(Number(p.ior), lang, 4), run: Number(p.run), procedures: names(p.procedures) });
    case 'one-low-result':
      return c.oneLow({
        procedure: procedureName(String(p.procedure), lang), share: failValueText(formatPercent(Number(p.share), lang), String(p.procedure), lang), year: schoolYear,
      });
    case 'positive-dynamics':
      return c.positive({ year: schoolYear, procedures: names(p.procedures) });
    default:
      return Object.entries(p).map(([key, value]) => `${key} ${value}`).join(', ');
  }
}

function codesOf(value: string | number | undefined): string[] {
  return String(value ?? '').split(', ').filter(Boolean);
}

/** «2025 VPR-MA-6, 2024 VPR-MA-5» → «2024/2025 уч. г.: ВПР Математика 6 кл.; 2023/2024 уч. г.: ВПР Математика 5 кл.». */
function lowResults(items: string[], lang: Lang): string {
  const t = messagesOf(lang);
  const byYear = new Map<number, string[]>();
  for (const item of items) {
    const [year, code] = item.split(' ');
    byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), procedureName(code ?? '', lang)]);
  }
  return [...byYear].map(([year, names]) => `${t.labels.schoolYear(year)}: ${names.join(', ')}`).join('; ');
}

/** One row per school: id, name, cluster, label, rule ids, reasons. */
export function clusterTable(report: ClusterReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const c = t.cluster;
  const { year, schools } = report.analysis;
  const rows = schools.map((s) => ({
    emphasis: s.cluster === 1,
    cells: [
      { value: s.schoolId }, { value: s.schoolName }, { value: s.cluster }, { value: clusterLabel(s.cluster, lang) },
      { value: s.reasons.map((r) => r.rule).join(', ') || null }, { value: reasonTexts(s, year, lang, report.analysis.lists).join('\n') || null },
    ],
  }));
  return { name: c.sheet, headers: [l.schoolId, l.schoolName, c.cluster, c.label, c.rules, c.reasons], rows, wide: [1, 3, 5] };
}

export function summaryText(report: ClusterReport, lang: Lang): string {
  const t = messagesOf(lang);
  const count = (cluster: Cluster | null) => report.analysis.schools.filter((s) => s.cluster === cluster).length;
  return t.cluster.summary({ one: count(1), two: count(2), three: count(3), none: count(null), total: report.analysis.schools.length });
}

export function basisText(report: ClusterReport, lang: Lang): string {
  const t = messagesOf(lang);
  const l = t.labels;
  const year = report.analysis.year;
  return t.cluster.basis({ year: l.schoolYear(year), previous: l.schoolYear(year - 1), profile: report.profileGiven });
}
