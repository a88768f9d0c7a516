/** `shnor inspect` in every format. */
import { msg, type Lang } from '../../messages/index.js';
import { shortList } from '../../messages/list.js';
import type { Issue } from '../../model/issues.js';
import { procedureName } from '../procedure-name.js';
import type { FileReport, SheetReport } from '../../io/inspect.js';
import { markdownCode, markdownEscaper } from '../escape.js';
import { renderCsv } from '../renderers/csv.js';
import type { ReportRenderers } from '../renderers/index.js';
import { renderXlsx } from '../renderers/xlsx.js';
import { issueMessage } from '../issue-text.js';
import { issueTable, type Table } from '../table-model.js';
import { diagnosisLines, failureText, fitVerdict, needText } from './diagnosis.js';

export interface InspectReport {
  files: FileReport[];
  issues: Issue[];
}

function renderText(report: InspectReport, lang: Lang, markdown: boolean): string {
  const t = msg().inspect;
  const text = markdownEscaper(markdown);
  const lines: string[] = [];
  for (const file of report.files) {
    const title = t.file({ file: file.file, format: file.format ?? '', encoding: file.encoding ?? '', delimiter: file.delimiter === '\t' ? '\\t' : (file.delimiter ?? '') });
    lines.push(markdown ? `## ${text(title)}` : title);
    if (file.error) lines.push(text(t.failed(failureText(file))));
    for (const sheet of file.sheets) lines.push(...sheetLines(sheet, lang).map(text));
    if (file.reproduce !== null) lines.push(`  ${text(t.reproduce)}: ${markdown ? markdownCode(file.reproduce) : file.reproduce}`);
    else if (!file.error) lines.push(`  ${text(t.unreadable)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function sheetLines(sheet: SheetReport, lang: Lang): string[] {
  const t = msg().inspect;
  const header = sheet.headerRow !== null ? t.headerAt(sheet.headerRow) : sheet.diagnosis ? t.noHeader : t.emptySheet;
  const lines = [t.sheet({
    sheet: sheet.sheet ?? t.noSheet, header, layout: sheet.layout ?? '—', records: sheet.records, rejected: sheet.rejected, merged: sheet.merged, warnings: sheet.warnings,
  })];
  if (sheet.diagnosis) {
    const cells = sheet.columns.map((c) => c.header);
    lines.push(t.likeliest({ row: sheet.diagnosis.row, cells: shortList(cells, msg().labels.andMore, ' | ') }));
  } else if (sheet.headerRow !== null) {
    lines.push(t.found({ procedures: sheet.procedures.map((p) => procedureName(p, lang)).join(', '), years: sheet.years.join(', ') }));
  }
  if (sheet.columns.length > 0) lines.push(`    ${t.columns}: ${columnsText(sheet)}`);
  if (sheet.diagnosis) lines.push(...diagnosisLines(sheet.diagnosis));
  return lines;
}

/** «Код ОО» → schoolId; …; не используются: «Примечание», … — the unused ones cut when many. */
function columnsText(sheet: SheetReport): string {
  const t = msg().inspect;
  const used = sheet.columns.filter((c) => c.field !== null).map((c) => `«${c.header}» → ${c.field}`);
  const unused = sheet.columns.filter((c) => c.field === null).map((c) => `«${c.header}»`);
  return [...used, ...(unused.length > 0 ? [`${t.unused}: ${shortList(unused, msg().labels.andMore)}`] : [])].join('; ');
}

function sheetsTable(report: InspectReport, lang: Lang): Table {
  const t = msg().inspect;
  const rows = report.files.flatMap((f) => {
    const sheets: (SheetReport | null)[] = f.sheets.length > 0 ? f.sheets : [null];
    return sheets.map((s) => {
      const nearest = s?.diagnosis?.layouts[0] ?? null;
      const why = f.error ? failureText(f) : nearest ? fitVerdict(nearest) : null;
      return {
        emphasis: !f.readable,
        cells: [
          f.file, f.format, f.encoding, f.delimiter, s?.sheet ?? null, s?.headerRow ?? null, s?.layout ?? null, s?.records ?? null, s?.rejected ?? null,
          s?.merged ?? null, s?.warnings ?? null, s?.procedures.map((p) => procedureName(p, lang)).join(', ') ?? null, s?.years.join(', ') ?? null,
          s?.diagnosis?.row ?? null, nearest?.layout ?? null, why, f.reproduce,
        ].map((value) => ({ value })),
      };
    });
  });
  return { name: 'inspect', headers: t.headers, rows, wide: [0, 14, 15] };
}

/** The report as data, with the sentences a reader of the JSON needs beside the codes. */
function toJson(report: InspectReport): unknown {
  return {
    files: report.files.map((f) => ({
      ...f,
      error: f.error && { ...f.error, message: failureText(f) },
      sheets: f.sheets.map((s) => ({
        ...s,
        diagnosis: s.diagnosis && {
          row: s.diagnosis.row,
          nearest: s.diagnosis.layouts[0]?.layout ?? null,
          layouts: s.diagnosis.layouts.map((fit) => ({
            ...fit,
            verdict: fitVerdict(fit),
            needs: fit.needs.map((need) => ({ ...need, text: needText(need.code) })),
          })),
        },
      })),
    })),
    issues: report.issues.map(({ params: _params, ...rest }) => ({ ...rest, message: issueMessage({ ...rest, params: _params }) })),
  };
}

export const INSPECT_RENDERERS: ReportRenderers<InspectReport> = {
  table: (r, c) => renderText(r, c.lang, false),
  md: (r, c) => renderText(r, c.lang, true),
  json: (r) => `${JSON.stringify(toJson(r), null, 2)}\n`,
  csv: (r, c) => renderCsv(sheetsTable(r, c.lang), c.excel),
  xlsx: (r, c) => renderXlsx([sheetsTable(r, c.lang), issueTable(r.issues)]),
};
