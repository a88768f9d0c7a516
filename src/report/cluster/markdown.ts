/** cluster in Markdown: the schools grouped by cluster, then each rule's source quoted once. */
import { msg, type Lang } from '../../messages/index.js';
import { CLUSTER_TEXTS, type ClusterText } from '../../rules/clusters.js';
import { escapeMarkdown as escape } from '../escape.js';
import { issueLine } from '../issue-text.js';
import { basisText, clusterLabel, CLUSTERS, reasonTexts, ruleEnabled, ruleTitle, summaryText, switchOf, type ClusterReport } from './report.js';
import { append } from '../../model/arrays.js';

export function renderClusterMarkdown(report: ClusterReport, lang: Lang): string {
  const l = msg().labels;
  const c = msg().cluster;
  const { year, schools } = report.analysis;
  const lines = [`# ${escape(c.title(l.schoolYear(year)))}`, '', escape(basisText(report)), '', `**${escape(summaryText(report))}**`, ''];
  for (const cluster of CLUSTERS) {
    const members = schools.filter((s) => s.cluster === cluster);
    lines.push(`## ${cluster === null ? '' : `${cluster}. `}${escape(clusterLabel(cluster, lang))} (${members.length})`, '');
    if (members.length === 0) {
      lines.push(escape(msg().dynamics.none), '');
      continue;
    }
    lines.push(`| ${[l.schoolId, l.schoolName, c.reasons].map(escape).join(' | ')} |`, '|---|---|---|');
    append(lines, [...members.map((s) => `| ${escape(s.schoolId)} | ${escape(s.schoolName ?? '')} | ${reasonTexts(s, year, lang).map(escape).join('<br>') || '—'} |`), '']);
  }
  lines.push(`## ${escape(c.sources)}`, '', ...[...CLUSTER_TEXTS.values()].flatMap((text) => ruleSource(text, report, lang)));
  if (report.issues.length > 0) append(lines, [`## ${escape(l.issues)}`, '', ...report.issues.map((i) => `- ${escape(issueLine(i))}`)]);
  return `${lines.join('\n')}\n`;
}

function ruleSource(text: ClusterText, report: ClusterReport, lang: Lang): string[] {
  const c = msg().cluster;
  const key = switchOf(text.id);
  const off = key && !ruleEnabled(text.id, report.params) ? ` — ${escape(c.disabled(key))}` : '';
  const lines = [`**${escape(`${c.cluster} ${text.cluster}. ${ruleTitle(text.id, lang)}`)}** (\`${text.id}\`)${off}`, '', `> ${escape(text.source)}`, ''];
  if (text.interpretation) {
    const own = text.interpretation.replace(/^интерпретация shnor:\s*/i, '');
    lines.push(`_${escape(capital(msg().score.interpretation))}:_ ${escape(capital(own))}`, '');
  }
  return lines;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
