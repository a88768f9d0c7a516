/**
 * The report's part on the official list of signs of non-objective ВПР results (--markers): the
 * schools of the data on the list of the target year, a column per ВПР marked, and how many
 * schools each procedure has. Shown under the rating, whose indicator 1.18 the list feeds.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { ObjectivityList } from '../../model/markers.js';
import { compareProcedures } from '../../model/procedures.js';
import { procedureName } from '../procedure-name.js';
import { compareNatural } from '../../model/text.js';
import type { YearAnalysis } from '../../rules/analysis.js';
import { heading, paragraph, table, type Block } from '../document/model.js';
import type { Table } from '../table-model.js';

export function objectivityBlocks(list: ObjectivityList, analysis: YearAnalysis, lang: Lang): Block[] {
  const t = messagesOf(lang);
  const m = t.markers.yearly;
  const l = t.labels;
  const { year } = analysis;
  const { file } = list;
  if (!list.years.includes(year)) return [heading(m.heading), paragraph(m.notCovered({ file, year, years: list.years.join(', ') }))];
  const schools = new Map(analysis.classification.schools.map((s) => [s.schoolId, s]));
  const ofYear = list.entries.filter((e) => e.year === year);
  const listed = ofYear.filter((e) => schools.has(e.schoolId) && e.procedures.length > 0).sort((a, b) => compareNatural(a.schoolId, b.schoolId));
  const procedures = [...new Set(listed.flatMap((e) => e.procedures))].sort(compareProcedures);
  const blocks: Block[] = [
    heading(m.heading),
    paragraph(m.summary({
      year, schoolYear: l.schoolYear(year), file, listed: listed.length, schools: schools.size, outside: ofYear.filter((e) => !schools.has(e.schoolId)).length,
    })),
  ];
  if (listed.length === 0) return [...blocks, paragraph(m.none), paragraph(m.caution)];
  const counts = procedures.map((p) => `${procedureName(p, lang)} — ${listed.filter((e) => e.procedures.includes(p)).length}`);
  const sheet: Table = {
    name: m.sheet,
    headers: [l.schoolId, l.schoolName, l.flagged, ...procedures.map((p) => procedureName(p, lang)), m.count],
    rows: listed.map((entry) => {
      const verdict = schools.get(entry.schoolId)!;
      return {
        emphasis: verdict.flagged,
        cells: [
          { value: entry.schoolId }, { value: verdict.schoolName ?? entry.schoolName }, { value: verdict.flagged ? l.yes : l.no },
          ...procedures.map((p) => ({ value: entry.procedures.includes(p) ? m.marked : null })),
          { value: entry.procedures.length },
        ],
      };
    }),
    wide: [1],
  };
  return [...blocks, paragraph(m.byProcedure(counts.join('; '))), table(sheet), paragraph(m.caution)];
}
