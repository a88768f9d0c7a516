/**
 * The sheet of «успеваемость» and «качество знаний»: per work (newest year first), its schools, then
 * the municipality, then the region where the reference gives its shares of marks; the last row says
 * what the shares are, or the only row that the input has no marks.
 */
import { messagesOf, type Lang } from '../messages/index.js';
import type { QualityTable, Quality, RegionQuality } from '../rules/mark-quality.js';
import { procedureName } from './procedure-name.js';
import type { Table, TableCell, TableRow } from './table-model.js';

export function qualitySheet(table: QualityTable, lang: Lang): Table {
  const t = messagesOf(lang);
  const q = t.quality;
  const l = t.labels;
  const headers = [q.level, l.schoolId, l.schoolName, l.municipality, l.procedure, l.year, ...[2, 3, 4, 5].map((mark) => q.mark({ mark })), q.marked, q.success, q.quality];
  const note = (text: string): TableRow => ({ emphasis: false, cells: [{ value: text }, ...headers.slice(1).map(() => ({ value: null }))] });
  if (table.schools.length === 0) return { name: q.sheet, headers, rows: [note(q.noMarks)], wide: [0] };
  const works = [...new Map(table.schools.map((s) => [`${s.year}\u0000${s.procedure}`, { year: s.year, procedure: s.procedure }])).values()]
    .sort((a, b) => b.year - a.year);
  const rows = works.flatMap(({ year, procedure }) => [
    ...table.schools
      .filter((s) => s.year === year && s.procedure === procedure)
      .map((s) => row(false, [q.school, s.schoolId, s.schoolName, s.municipality], procedure, year, s.quality)),
    ...table.municipalities
      .filter((m) => m.year === year && m.procedure === procedure)
      .map((m) => row(true, [q.municipality, null, null, m.municipality], procedure, year, m.quality)),
    ...table.regions.filter((r) => r.year === year && r.procedure === procedure).map((r) => regionRow(r)),
  ]);
  return { name: q.sheet, headers, rows: [...rows, note(q.basis({ region: table.regions.length > 0 }))], wide: [2, 3, 4] };

  function row(emphasis: boolean, who: (string | null)[], procedure: string, year: number, quality: Quality): TableRow {
    const cells: TableCell[] = [
      ...who.map((value) => ({ value })),
      { value: procedureName(procedure, lang) }, { value: l.schoolYear(year) },
      ...quality.marks.map((value) => ({ value })),
      { value: quality.marks.reduce((a, b) => a + b, 0) },
      { value: quality.success, percent: true }, { value: quality.quality, percent: true },
    ];
    return { emphasis, cells };
  }

  /** The region: its shares of marks where the others have counts, and no count of pupils. */
  function regionRow(region: RegionQuality): TableRow {
    const cells: TableCell[] = [
      { value: q.region }, { value: null }, { value: null }, { value: null },
      { value: procedureName(region.procedure, lang) }, { value: l.schoolYear(region.year) },
      ...region.shares.map((value) => ({ value, percent: true })),
      { value: null },
      { value: region.success, percent: true }, { value: region.quality, percent: true },
    ];
    return { emphasis: true, cells };
  }
}
