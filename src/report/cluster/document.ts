/**
 * cluster's document. The page: the schools grouped by cluster, then each rule's source quoted once,
 * then the input problems. The screen: one table of school, cluster and reasons fitted to the
 * terminal, each wrapped line its own row (cli-table3 is slow on multi-line cells, as in classify).
 * The sheets: a row per school, then the problems.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { citation, citePassage } from '../../model/sources.js';
import { CLUSTER_TEXTS, CLUSTERS_SOURCE, type Cluster, type ClusterText } from '../../rules/clusters.js';
import { issueCounts } from '../classify/report.js';
import { paragraph, table, type Block, type Document, type Inline, type Section } from '../document/model.js';
import { issueLine } from '../issue-text.js';
import { listsSummary } from '../official-lists.js';
import { issueTable, type Table } from '../table-model.js';
import { schoolCells, schoolColumns } from '../terminal-table.js';
import { clusterJson } from './json.js';
import { basisText, clusterLabel, clusterTable, CLUSTERS, reasonTexts, ruleEnabled, ruleTitle, summaryText, switchOf, type ClusterReport } from './report.js';

export function clusterDocument(report: ClusterReport, lang: Lang): Document {
  const t = messagesOf(lang);
  const l = t.labels;
  const c = t.cluster;
  const screen = (block: Block): Block => ({ ...block, only: 'screen', tight: 'screen' });
  const lists = listsSummary(report.analysis.lists.values(), lang);
  const blocks: Block[] = [
    { ...paragraph(summaryText(report, lang), 'strong'), only: 'page' },
    ...(lists ? [{ ...paragraph(lists), only: 'page' as const }] : []),
    screen(table(screenTable(report, lang))),
    screen(paragraph(summaryText(report, lang))),
    ...(lists ? [screen(paragraph(lists))] : []),
    ...(report.issues.length > 0 ? [screen(paragraph(l.issuesSummary(issueCounts(report.issues)), 'dim'))] : []),
  ];
  return {
    title: c.title(l.schoolYear(report.analysis.year), citation(CLUSTERS_SOURCE, lang)),
    subtitle: basisText(report, lang),
    sections: [
      { title: null, blocks },
      ...CLUSTERS.map((cluster) => clusterSection(report, cluster, lang)),
      { title: c.sources, only: 'page', blocks: [...CLUSTER_TEXTS.values()].flatMap((text) => ruleSource(text, report, lang)) },
      ...(report.issues.length > 0 ? [{ title: l.issues, only: 'page' as const, blocks: [{ kind: 'list' as const, items: report.issues.map((i) => issueLine(i, lang)) }] }] : []),
    ],
    sheets: [clusterTable(report, lang), issueTable(report.issues, lang)],
    json: { value: clusterJson(report, lang) },
  };
}

function clusterSection(report: ClusterReport, cluster: Cluster | null, lang: Lang): Section {
  const t = messagesOf(lang);
  const l = t.labels;
  const { year, schools } = report.analysis;
  const members = schools.filter((s) => s.cluster === cluster);
  const label = clusterLabel(cluster, lang);
  const pageTable: Table = {
    name: label,
    headers: [l.schoolId, l.schoolName, t.cluster.reasons],
    rows: members.map((s) => {
      const reasons = reasonTexts(s, year, lang, report.analysis.lists);
      return { emphasis: s.cluster === 1, cells: [{ value: s.schoolId }, { value: s.schoolName ?? '' }, { value: reasons.length > 0 ? reasons : '—' }] };
    }),
  };
  return {
    title: `${cluster === null ? '' : `${cluster}. `}${label} (${members.length})`,
    only: 'page',
    blocks: [members.length === 0 ? paragraph(t.dynamics.none) : table(pageTable)],
  };
}

/** Each line of a school its own table row; the reasons in full, wrapped. */
function screenTable(report: ClusterReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const c = t.cluster;
  const { year, schools } = report.analysis;
  return {
    name: c.sheet,
    headers: [l.schoolId, l.schoolName, c.cluster, c.reasons],
    rows: schools.map((s) => ({
      emphasis: s.cluster === 1,
      cells: [...schoolCells(s), [`${s.cluster === null ? '' : `${s.cluster}. `}${clusterLabel(s.cluster, lang)}`], reasonTexts(s, year, lang, report.analysis.lists)].map((value) => ({ value })),
    })),
    screen: {
      columns: [
        ...schoolColumns(schools, { code: l.schoolId, name: l.schoolName }),
        { heading: c.cluster, preferred: 26, unbroken: schools.map((s) => clusterLabel(s.cluster, lang)) },
        { heading: c.reasons, preferred: 62 },
      ],
    },
  };
}

function ruleSource(text: ClusterText, report: ClusterReport, lang: Lang): Block[] {
  const t = messagesOf(lang);
  const c = t.cluster;
  const key = switchOf(text.id);
  const off: Inline[] = key && !ruleEnabled(text.id, report.params) ? [` — ${c.disabled(key)}`] : [];
  const blocks: Block[] = [
    paragraph([{ strong: `${c.cluster} ${text.cluster}. ${ruleTitle(text.id, lang)}` }, ' (', { code: text.id }, ')', ...off]),
    { kind: 'quote', text: `${citePassage(text.source, lang)}: «${text.source.quote}»` },
  ];
  if (text.interpretation) blocks.push(paragraph([{ em: `${capital(t.score.interpretation)}:` }, ` ${text.interpretation}`]));
  return blocks;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
