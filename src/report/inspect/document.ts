/**
 * inspect's document: a section per file — what shnor sees in each sheet and the command that
 * reads it again without guessing — with no title of its own; the sheets: a row per sheet, and the
 * input problems.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { shortList } from '../../messages/list.js';
import type { Issue } from '../../model/issues.js';
import type { FileReport, SheetReport } from '../../io/inspect.js';
import type { Document, Section, Text } from '../document/model.js';
import { procedureName } from '../procedure-name.js';
import { issueTable, type Table } from '../table-model.js';
import { diagnosisLines, failureText, fitVerdict } from './diagnosis.js';
import { inspectJson } from './json.js';

export interface InspectReport {
  files: FileReport[];
  issues: Issue[];
}

export function inspectDocument(report: InspectReport, lang: Lang): Document {
  return {
    title: null,
    sections: report.files.map((file) => fileSection(file, lang)),
    sheets: [sheetsTable(report, lang), issueTable(report.issues, lang)],
    json: { value: inspectJson(report, lang) },
  };
}

function fileSection(file: FileReport, lang: Lang): Section {
  const t = messagesOf(lang);
  const ins = t.inspect;
  const title = ins.file({ file: file.file, format: file.format ?? '', encoding: file.encoding ?? '', delimiter: file.delimiter === '\t' ? '\\t' : (file.delimiter ?? '') });
  const reproduce: Text[] = file.reproduce !== null ? [[`  ${ins.reproduce}: `, { code: file.reproduce }]] : file.error ? [] : [`  ${ins.unreadable}`];
  const lines: Text[] = [
    ...(file.error ? [ins.failed(failureText(file, lang))] : []),
    ...file.sheets.flatMap((sheet) => sheetLines(sheet, lang)),
    ...reproduce,
  ];
  return { title, blocks: [{ kind: 'lines', tight: true, lines }] };
}

function sheetLines(sheet: SheetReport, lang: Lang): string[] {
  const t = messagesOf(lang);
  const ins = t.inspect;
  const header = sheet.headerRow !== null ? ins.headerAt(sheet.headerRow) : sheet.diagnosis ? ins.noHeader : ins.emptySheet;
  const lines = [ins.sheet({
    sheet: sheet.sheet ?? ins.noSheet, header, layout: sheet.layout ?? '—', records: sheet.records, rejected: sheet.rejected, merged: sheet.merged, warnings: sheet.warnings,
  })];
  if (sheet.diagnosis) {
    const cells = sheet.columns.map((c) => c.header);
    lines.push(ins.likeliest({ row: sheet.diagnosis.row, cells: shortList(cells, t.labels.andMore, ' | ') }));
  } else if (sheet.headerRow !== null) {
    lines.push(ins.found({ procedures: sheet.procedures.map((p) => procedureName(p, lang)).join(', '), years: sheet.years.join(', ') }));
  }
  if (sheet.columns.length > 0) lines.push(`    ${ins.columns}: ${columnsText(sheet, lang)}`);
  return sheet.diagnosis ? [...lines, ...diagnosisLines(sheet.diagnosis, lang)] : lines;
}

/** «Код ОО» → schoolId; …; не используются: «Примечание», … — the unused ones cut when many. */
function columnsText(sheet: SheetReport, lang: Lang): string {
  const t = messagesOf(lang);
  const used = sheet.columns.filter((c) => c.field !== null).map((c) => `«${c.header}» → ${c.field}`);
  const unused = sheet.columns.filter((c) => c.field === null).map((c) => `«${c.header}»`);
  return [...used, ...(unused.length > 0 ? [`${t.inspect.unused}: ${shortList(unused, t.labels.andMore)}`] : [])].join('; ');
}

function sheetsTable(report: InspectReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const rows = report.files.flatMap((f) => {
    const sheets: (SheetReport | null)[] = f.sheets.length > 0 ? f.sheets : [null];
    return sheets.map((s) => {
      const nearest = s?.diagnosis?.layouts[0] ?? null;
      const why = f.error ? failureText(f, lang) : nearest ? fitVerdict(nearest, lang) : null;
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
  return { name: 'inspect', headers: t.inspect.headers, rows, wide: [0, 14, 15] };
}
