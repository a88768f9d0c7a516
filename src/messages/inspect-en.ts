/** Texts of `shnor inspect` (English); the shape of inspect-ru.ts. */
import { EXAMPLES } from './examples.js';
import type { InspectMessages } from './inspect-ru.js';

export const inspectEn: InspectMessages = {
  file: (p) => `File ${p.file}${p.format ? ` — ${p.format.toUpperCase()}` : ''}${p.encoding ? `, encoding ${p.encoding}` : ''}${p.delimiter ? `, delimiter "${p.delimiter}"` : ''}`,
  sheet: (p) =>
    `  Sheet ${p.sheet}: ${p.header}, layout ${p.layout}; records ${p.records}; rows left out ${p.rejected}; ` +
    `${p.merged > 0 ? `rows merged with a repeat ${p.merged}; ` : ''}warnings ${p.warnings}`,
  headerAt: (row) => `header on row ${row}`,
  noHeader: 'no header found',
  emptySheet: 'empty sheet',
  noSheet: '—',
  found: (p) => `    Procedures: ${p.procedures || '—'}; years: ${p.years || '—'}`,
  columns: 'Columns',
  unused: 'not used',
  reproduce: 'Read it again without guessing',
  likeliest: (p) => `    The row most like a header: ${p.row}, "${p.cells}"`,
  nearest: (p) => `    Nearest layout ${p.layout} (${p.recognised} of ${p.total} recognised): ${p.verdict}`,
  layoutFit: (p) => `    Layout ${p.layout} (${p.recognised} of ${p.total} recognised): ${p.verdict}`,
  noneRecognised: (layouts) => `    The other layouts recognised no column: ${layouts}`,
  missing: (needs) => `missing ${needs.length > 1 ? `${needs.slice(0, -1).join(', ')} and ${needs.at(-1)}` : (needs[0] ?? '')}`,
  inTheWay: (p) => `${p.columns} is in the way: ${p.need}`,
  allMet: 'every column needed is there',
  unreadable: 'Not readable as a results table: no sheet has a header row (in a folder, classify skips this file)',
  failed: (reason) => `  Not readable: ${reason}`,
  needs: {
    school: 'a school column (school_id / Код ОО / логин / school_name / школа)',
    procedure: 'a procedure column (procedure / Процедура / Предмет)',
    failing: 'a «2» or % «2» column (or the number / share failing or below the minimum score)',
    'participants-or-marks': 'a participants column (participants / Кол-во участников) or all the marks «2»–«5»',
    mean: 'a mean score column (Средний балл) — for a table without «2»',
    'wide-columns': 'columns like "ВПР Математика 5 кл. % «2»" (the procedure and the measure in the header)',
    'mark-or-score': "each participant's mark or score (mark / Отметка / score / Балл)",
    'no-participants': 'with it the table is a summary (layout long), not a row per participant',
    'fisoko-groups': 'a «Группы участников» column',
    'fisoko-participants': 'a «Кол-во участников» column',
    'fisoko-marks': 'the mark share columns «2», «3», «4», «5»',
    'pupil-school': 'a school column (логин школы / Школа; a pupil\'s «Код» is not a school)',
    'pupil-total': 'a primary score column (всего баллов / Итого баллов)',
    'pupil-tasks': 'task point columns (балл за 1 … or 1 (1б) …)',
    'ege-subjects': 'ЕГЭ subjects merged over «приняло участие», «не преодолен min порог», «средний балл» columns',
  },
  headers: [
    'File', 'Format', 'Encoding', 'Delimiter', 'Sheet', 'Header row', 'Layout', 'Records', 'Left out', 'Merged with a repeat', 'Warnings', 'Procedures', 'Years',
    'Row most like a header', 'Nearest layout', 'Why not readable', 'Reproduce',
  ],
  help: 'what shnor sees in a file: encoding, delimiter, sheets, header row, layout, columns, procedures and years, rows — and the flags that repeat the reading without guessing; ' +
    'for a file it cannot read, the row most like a header, the nearest layout and the columns it lacks',
  examples: EXAMPLES.inspect,
};
