/**
 * The report's sections on the programme's two groups and its targets: the ШНСУ with their social
 * context, and the target indicators with plan, fact and status (issue 8).
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { SchoolProfile } from '../../model/profile.js';
import type { YearAnalysis } from '../../rules/analysis.js';
import type { ShnsuVerdict } from '../../rules/shnsu.js';
import { planVsFact } from '../charts.js';
import { chart, paragraph, table, type Block, type Section } from '../document/model.js';
import { shnsuReasonTexts } from '../classify/shnsu.js';
import { noteText, statusCounts, targetsSummaryTable, targetsTable } from '../targets/report.js';
import type { TargetOutcome } from '../../rules/targets.js';
import type { Table } from '../table-model.js';

export interface ProgrammeInput {
  analysis: YearAnalysis;
  schoolProfiles: SchoolProfile[];
  profileGiven: boolean;
  factsGiven: boolean;
  isbshBelow: number | null;
  programmeTitle: string;
}

/** `gap`: why the section has no data (src/report/yearly/gaps.ts), its first sentence. */
export function shnsuSection(input: ProgrammeInput, lang: Lang, title: string, gap?: string): Section {
  const s = messagesOf(lang).targets.shnsu;
  const { analysis } = input;
  const verdicts = [...analysis.shnsu.values()];
  const shnsu = verdicts.filter((v) => v.shnsu === true);
  const { flagged } = analysis.classification;
  const blocks: Block[] = [];
  if (gap) blocks.push(paragraph(gap));
  else if (input.isbshBelow === null) blocks.push(paragraph(s.thresholdUnsetInReport));
  const both = shnsu.filter((v) => flagged.has(v.schoolId)).length;
  blocks.push(paragraph(s.summary({ shnor: flagged.size, shnsu: shnsu.length, both })));
  if (shnsu.length > 0) blocks.push(table(contextTable(shnsu, input, flagged, lang)));
  return { id: 'shnsu', title, blocks };
}

function contextTable(shnsu: ShnsuVerdict[], input: ProgrammeInput, flagged: ReadonlySet<string>, lang: Lang): Table {
  const t = messagesOf(lang);
  const c = t.targets.context;
  const l = t.labels;
  const g = t.targets.groups;
  const profiles = new Map(input.schoolProfiles.map((p) => [p.schoolId, p]));
  const names = new Map(input.analysis.classification.schools.map((v) => [v.schoolId, v.schoolName]));
  const rows = shnsu.map((v) => {
    const p = profiles.get(v.schoolId);
    const values = [p?.isbsh, p?.failingShare, p?.disabledShare, p?.nonNativeShare, p?.socialRiskShare, p?.parentsHigherShare, p?.parentsVocationalShare];
    return {
      emphasis: flagged.has(v.schoolId),
      cells: [
        { value: v.schoolId }, { value: names.get(v.schoolId) ?? null }, { value: flagged.has(v.schoolId) ? g.both : g.shnsu },
        { value: shnsuReasonTexts(v, lang).join('; ') },
        ...values.map((value, i) => ({ value: value ?? null, percent: i > 0 })),
      ],
    };
  });
  const headers = [l.schoolId, l.schoolName, t.targets.facts.group, c.reasons, c.isbsh, c.failing, c.disabled, c.nonNative, c.social, c.parentsHigher, c.parentsVocational];
  return { name: c.heading.slice(0, 31), headers, rows, wide: [1, 3] };
}

/** Indicators without data for the same reason, when there are many: said once on the page, not row by row. */
const GROUPED_FROM = 3;

function noDataGroups(targets: TargetOutcome[], year: number, lang: Lang): { note: string; outcomes: TargetOutcome[] }[] {
  const byNote = new Map<string, TargetOutcome[]>();
  for (const o of targets.filter((x) => x.status === 'noData')) {
    const note = noteText(o, year, lang);
    byNote.set(note, [...(byNote.get(note) ?? []), o]);
  }
  return [...byNote].filter(([, outcomes]) => outcomes.length >= GROUPED_FROM).map(([note, outcomes]) => ({ note, outcomes }));
}

export function targetsSection(input: ProgrammeInput, lang: Lang, title: string, gap?: string): Section {
  const t = messagesOf(lang);
  const l = t.labels;
  const { year, targets } = input.analysis;
  const groups = noDataGroups(targets, year, lang);
  const grouped = new Set(groups.flatMap((g) => g.outcomes));
  const blocks: Block[] = [
    paragraph(input.programmeTitle),
    paragraph(t.targets.basis({ year: l.schoolYear(year), previous: l.schoolYear(year - 1) })),
    ...(gap ? [paragraph(gap)] : []),
    ...(input.analysis.outsidePeriod ? [paragraph(t.targets.outsidePeriod({ year: l.schoolYear(year), ...input.analysis.outsidePeriod }))] : []),
    paragraph(t.targets.summary(statusCounts(targets))),
    table(targetsSummaryTable(targets.filter((o) => !grouped.has(o)), year, lang)),
    ...groups.map((g) => paragraph(t.targets.noDataGroup({ count: g.outcomes.length, ids: g.outcomes.map((o) => o.indicator.id).join(', '), note: g.note }))),
    { ...table(targetsTable(targets, year, lang)), only: 'sheet' },
  ];
  return { id: 'targets', title, blocks };
}

/** Plan and fact of the indicators in percent that have both, for the charts appendix. */
export function targetsChart(input: ProgrammeInput, lang: Lang): Block[] {
  const t = messagesOf(lang);
  const { year, targets } = input.analysis;
  const bars = targets
    .filter((o) => o.indicator.unit === 'percent' && typeof o.plan === 'number' && typeof o.fact === 'number')
    .flatMap((o) => [
      { indicator: o.indicator.id, series: t.targets.chartPlan, value: o.plan as number },
      { indicator: o.indicator.id, series: t.targets.chartFact, value: o.fact as number },
    ]);
  return bars.length > 0 ? [chart(planVsFact('targets', t.targets.chartTitle(t.labels.schoolYear(year)), bars, t.targets.chartAxis))] : [];
}
