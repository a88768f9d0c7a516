/** `shnor inspect` in every format. */
import { msg, type Lang } from '../../messages/index.js';
import type { Issue } from '../../model/issues.js';
import { procedureName } from '../../model/procedures.js';
import type { FileReport } from '../../io/inspect.js';
import { renderCsv } from '../renderers/csv.js';
import type { ReportRenderers } from '../renderers/index.js';
import { renderXlsx } from '../renderers/xlsx.js';
import { issueTable, type Table } from '../table-model.js';

export interface InspectReport {
  files: FileReport[];
  issues: Issue[];
}

function renderText(report: InspectReport, lang: Lang, markdown: boolean): string {
  const t = msg().inspect;
  const lines: string[] = [];
  for (const file of report.files) {
    lines.push(markdown ? `## ${t.file({ file: file.file, format: file.format, encoding: file.encoding ?? '', delimiter: file.delimiter === '\t' ? '\\t' : (file.delimiter ?? '') })}` : t.file({ file: file.file, format: file.format, encoding: file.encoding ?? '', delimiter: file.delimiter === '\t' ? '\\t' : (file.delimiter ?? '') }));
    for (const sheet of file.sheets) {
      lines.push(t.sheet({
        sheet: sheet.sheet ?? t.noSheet, header: sheet.headerRow === null ? t.noHeader : t.headerAt(sheet.headerRow),
        layout: sheet.layout ?? '—', records: sheet.records, rejected: sheet.rejected, warnings: sheet.warnings,
      }));
      lines.push(t.found({ procedures: sheet.procedures.map((p) => procedureName(p, lang)).join(', '), years: sheet.years.join(', ') }));
      if (sheet.columns.length > 0) lines.push(`    ${t.columns}: ${sheet.columns.map((c) => `«${c.header}» → ${c.field ?? t.unused}`).join('; ')}`);
    }
    lines.push(`  ${t.reproduce}: ${markdown ? `\`${file.reproduce}\`` : file.reproduce}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function sheetsTable(report: InspectReport, lang: Lang): Table {
  const t = msg().inspect;
  return {
    name: 'inspect',
    headers: t.headers,
    rows: report.files.flatMap((f) =>
      f.sheets.map((s) => ({
        emphasis: false,
        cells: [
          f.file, f.format, f.encoding, f.delimiter, s.sheet, s.headerRow, s.layout, s.records, s.rejected, s.warnings,
          s.procedures.map((p) => procedureName(p, lang)).join(', '), s.years.join(', '), f.reproduce,
        ].map((value) => ({ value })),
      })),
    ),
    wide: [0, 10, 12],
  };
}

export const INSPECT_RENDERERS: ReportRenderers<InspectReport> = {
  table: (r, c) => renderText(r, c.lang, false),
  md: (r, c) => renderText(r, c.lang, true),
  json: (r) => `${JSON.stringify({ files: r.files, issues: r.issues.map(({ params: _params, ...rest }) => rest) }, null, 2)}\n`,
  csv: (r, c) => renderCsv(sheetsTable(r, c.lang), c.excel),
  xlsx: (r, c) => renderXlsx([sheetsTable(r, c.lang), issueTable(r.issues)]),
};
