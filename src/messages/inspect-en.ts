/** Texts of `shnor inspect` (English); the shape of inspect-ru.ts. */
import type { InspectMessages } from './inspect-ru.js';

export const inspectEn: InspectMessages = {
  file: (p) => `File ${p.file} — ${p.format.toUpperCase()}${p.encoding ? `, encoding ${p.encoding}` : ''}${p.delimiter ? `, delimiter "${p.delimiter}"` : ''}`,
  sheet: (p) => `  Sheet ${p.sheet}: ${p.header}, layout ${p.layout}; records ${p.records}; rows left out ${p.rejected}; warnings ${p.warnings}`,
  headerAt: (row) => `header on row ${row}`,
  noHeader: 'no header found',
  noSheet: '—',
  found: (p) => `    Procedures: ${p.procedures || '—'}; years: ${p.years || '—'}`,
  columns: 'Columns',
  unused: 'not used',
  reproduce: 'Read it again without guessing',
  headers: ['File', 'Format', 'Encoding', 'Delimiter', 'Sheet', 'Header row', 'Layout', 'Records', 'Left out', 'Warnings', 'Procedures', 'Years', 'Reproduce'],
  help: 'what shnor sees in a file: encoding, delimiter, sheets, header row, layout, columns, procedures and years, rows — and the flags that repeat the reading without guessing',
  examples: ['shnor inspect vpr-ma5-2023.xlsx', 'shnor inspect exports/ --format json'],
};
