/**
 * The справка's recommendations: the first measures of each low-result and risk-zone school as
 * decisions (in a region's long list, each measure once with its schools), and every measure in the workbook.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { YearAnalysis } from '../../rules/analysis.js';
import type { SchoolVerdict } from '../../rules/fioko.js';
import type { Cluster, ClusterVerdict } from '../../rules/clusters.js';
import type { Recommendation } from '../../rules/recommendations.js';
import { clusterLabel } from '../cluster/report.js';
import { shortIds } from '../format.js';
import { MEASURES_BY_MEASURE_ABOVE } from './long-lists.js';
import { heading, list, paragraph, table, type Block, type Section } from '../document/model.js';
import { byAudience, catalogueNote, firstReason, measureText, municipalLines, PRIORITY_MEASURES, priorityMeasures, recommendationsTable } from '../recommend/report.js';

/**
 * Recommendations as decisions: for each school of clusters 1 and 2 at most five first measures
 * grouped by addressee with their reasons, then the municipal service's measures once with the
 * schools they concern. Every measure of every school, with its responsible, timing and source,
 * goes to the workbook only (measuresSheet): printed, it ran to a hundred pages.
 */
export function recommendationsSection(analysis: YearAnalysis, lang: Lang): Section {
  const y = messagesOf(lang).yearly;
  const r = y.recommendations;
  const all = [...analysis.recommendations.values()].flat();
  if (all.length === 0) return { id: 'recommendations', title: y.sections.recommendations, blocks: [paragraph(r.none)] };
  const clustered = lowAndRisk(analysis);
  const schools = analysis.classification.schools.filter((s) => clustered.has(s.schoolId));
  const compact = schools.length > MEASURES_BY_MEASURE_ABOVE;
  const perSchool = compact ? byMeasure(schools, analysis, clustered, lang) : measureGroups(schools, analysis, clustered, lang).flatMap((group): Block[] => {
    const names = group.schools.length === 1 ? `${group.schools[0]!.schoolId} ${group.schools[0]!.schoolName ?? ''}`.trim() : group.schools.map((s) => s.schoolId).join(', ');
    const title = group.whole ? r.wholeCluster({ cluster: clusterLabel(group.cluster, lang), schools: names }) : r.schoolHeading(names, clusterLabel(group.cluster, lang));
    return [heading(title), ...byAudience(group.measures).flatMap((g) => [paragraph(`${r.audiences[g.audience]}:`), list(g.items.map((rec) => `${measureText(rec, lang)} — ${group.grounds.get(rec)!}`))])];
  });
  const municipal = municipalMeasures(analysis, lang);
  const note = catalogueNote(all, lang);
  return {
    id: 'recommendations',
    title: y.sections.recommendations,
    blocks: [
      paragraph(compact ? y.long.measuresNote({ count: PRIORITY_MEASURES, schools: schools.length, sheet: y.sections.measures }) : r.priorityNote({ count: PRIORITY_MEASURES, schools: schools.length })),
      ...(note ? [paragraph(note)] : []),
      ...perSchool,
      ...(municipal.length > 0 ? [heading(r.municipal), list(municipal)] : []),
      paragraph(r.fullList({ count: all.length, schools: analysis.recommendations.size, sheet: y.sections.measures })),
    ],
  };
}

/**
 * The first measures of a long list, by cluster and addressee: each measure once, with the schools
 * it is a first measure for — the most schools first. A head assigns a measure, not a school's page.
 */
function byMeasure(schools: SchoolVerdict[], analysis: YearAnalysis, clustered: Map<string, ClusterVerdict>, lang: Lang): Block[] {
  const y = messagesOf(lang).yearly;
  return ([1, 2] as const).flatMap((cluster): Block[] => {
    const members = schools.filter((s) => clustered.get(s.schoolId)!.cluster === cluster);
    const first = members.flatMap((s) => priorityMeasures(analysis.recommendations.get(s.schoolId) ?? []).map((rec) => ({ id: s.schoolId, rec })));
    if (first.length === 0) return [];
    const audiences = byAudience(first.map((f) => f.rec)).map((g) => g.audience);
    return [heading(y.long.clusterHeading({ cluster: clusterLabel(cluster, lang), schools: members.length })), ...audiences.flatMap((audience): Block[] => {
      const measures = new Map<string, string[]>();
      for (const { id, rec } of first.filter((f) => f.rec.audience === audience)) {
        const text = measureText(rec, lang);
        measures.set(text, [...new Set([...(measures.get(text) ?? []), id])]);
      }
      const lines = [...measures].sort((a, b) => b[1].length - a[1].length).map(([measure, ids]) => y.long.measureSchools({ measure: measure.replace(/\.$/, ''), count: ids.length, ids: shortIds(ids, lang) }));
      return [paragraph(`${y.recommendations.audiences[audience]}:`), list(lines)];
    })];
  });
}

/** The schools of clusters 1 (low results) and 2 (risk zone), by id: those the справка decides about. */
function lowAndRisk(analysis: YearAnalysis): Map<string, ClusterVerdict> {
  return new Map(analysis.clusters.filter((c) => c.cluster === 1 || c.cluster === 2).map((c) => [c.schoolId, c]));
}

interface MeasureGroup {
  cluster: Cluster | null;
  schools: SchoolVerdict[];
  /** Every school of the cluster (the measures all of them share), or the schools with the same other measures. */
  whole: boolean;
  /** The first school's measures: the same texts as every other school's of the group. */
  measures: Recommendation[];
  /** Each measure's grounds: one text when the schools share it, else each with its schools. */
  grounds: Map<Recommendation, string>;
}

interface Member {
  school: SchoolVerdict;
  first: Recommendation[];
}

/**
 * The first measures as decisions: those every school of a cluster shares, once for the cluster;
 * then the schools with the same other measures together. On the page a list of such schools
 * reads as one decision, not as the same five lines again and again.
 */
function measureGroups(schools: SchoolVerdict[], analysis: YearAnalysis, clustered: Map<string, ClusterVerdict>, lang: Lang): MeasureGroup[] {
  const text = (rec: Recommendation) => measureText(rec, lang);
  const byCluster = new Map<Cluster | null, Member[]>();
  for (const school of schools) {
    const first = priorityMeasures(analysis.recommendations.get(school.schoolId) ?? []);
    if (first.length === 0) continue;
    const cluster = clustered.get(school.schoolId)!.cluster;
    byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), { school, first }]);
  }
  return [...byCluster].flatMap(([cluster, members]) => {
    const shared = members.length < 2 ? [] : members[0]!.first.filter((rec) => members.every((m) => m.first.some((x) => text(x) === text(rec))));
    const sharedTexts = new Set(shared.map(text));
    const groups: MeasureGroup[] = shared.length > 0 ? [group(cluster, members, shared, true, lang)] : [];
    const rest = new Map<string, Member[]>();
    for (const m of members) {
      const own = m.first.filter((rec) => !sharedTexts.has(text(rec)));
      if (own.length === 0) continue;
      const key = own.map(text).join('\n');
      rest.set(key, [...(rest.get(key) ?? []), { school: m.school, first: own }]);
    }
    for (const same of rest.values()) groups.push(group(cluster, same, same[0]!.first, false, lang));
    return groups;
  });
}

function group(cluster: Cluster | null, members: Member[], measures: Recommendation[], whole: boolean, lang: Lang): MeasureGroup {
  const grounds = new Map(measures.map((rec) => {
    const bySchool = members.map((m) => {
      const own = m.first.find((x) => measureText(x, lang) === measureText(rec, lang))!;
      return { id: m.school.schoolId, text: firstReason(own, lang) };
    });
    const texts = [...new Set(bySchool.map((b) => b.text))];
    const text = texts.length === 1 ? texts[0]! : texts.map((t) => `${t} (${bySchool.filter((b) => b.text === t).map((b) => b.id).join(', ')})`).join('; ');
    return [rec, text] as const;
  }));
  return { cluster, schools: members.map((m) => m.school), whole, measures, grounds };
}

/** The municipal service's measures for the schools of clusters 1 and 2, each once, with the schools it concerns. */
export function municipalMeasures(analysis: YearAnalysis, lang: Lang): string[] {
  const clustered = lowAndRisk(analysis);
  return municipalLines([...analysis.recommendations].filter(([schoolId]) => clustered.has(schoolId)).map(([schoolId, recommendations]) => ({ schoolId, recommendations })), lang);
}

/** Every measure of every school, in the workbook only. */
export function measuresSheet(analysis: YearAnalysis, lang: Lang): Section {
  const y = messagesOf(lang).yearly;
  const clusters = new Map(analysis.clusters.map((c) => [c.schoolId, c]));
  const report = {
    year: analysis.year,
    issues: [],
    schools: analysis.classification.schools.map((s) => ({
      schoolId: s.schoolId, schoolName: s.schoolName, cluster: clusters.get(s.schoolId) ?? null, recommendations: analysis.recommendations.get(s.schoolId) ?? [],
    })).filter((s) => s.recommendations.length > 0),
  };
  return { id: 'measures', only: 'sheet', title: y.sections.measures, blocks: [table(recommendationsTable(report, lang))] };
}
