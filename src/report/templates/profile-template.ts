/**
 * The empty school profile workbook of `shnor template profile`: a «Профиль» sheet with one
 * column per profile field (dropdowns and number checks on the cells) and a «Пояснения» sheet
 * saying what goes in each column and which indicator uses it — in Russian, or with --lang en in
 * English («Profile», «Notes»); the reader takes the headers of either.
 */
import type ExcelJS from 'exceljs';
import { messagesOf, type Lang } from '../../messages/index.js';
import type { ProfileTemplateMessages } from '../../messages/profile-template-ru.js';
import {
  PROFILE_FIELDS, PROFILE_NOTES_SHEET, PROFILE_SHEET, choiceWords, riskOf, riskTitle, type ChoiceKind, type ProfileField, type ProfileKind,
  type ScalarKey,
} from '../../model/profile-fields.js';

/** Rows 2 … LAST_ROW carry the validations: room for a municipality's schools. */
const TEMPLATE_LAST_ROW = 500;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF4' } };

/** What a cell of each kind holds, in the template's language. */
function valuesOf(t: ProfileTemplateMessages, lang: Lang): Record<ProfileKind, string> {
  const words = (kind: ChoiceKind) => choiceWords(kind, lang).join(' / ');
  return {
    ...t.values,
    yesno: words('yesno'),
    contest: words('contest'),
    innovation: words('innovation'),
    significance: t.significance(words('significance')),
  };
}

export async function renderProfileTemplate(lang: Lang): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const t = messagesOf(lang).profileTemplate;
  const workbook = new excel.Workbook();
  addProfileSheet(workbook, t, lang);
  addNotesSheet(workbook, t, lang);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addProfileSheet(workbook: ExcelJS.Workbook, t: ProfileTemplateMessages, lang: Lang): void {
  const sheet = workbook.addWorksheet(PROFILE_SHEET[lang], { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  styleHeader(sheet.addRow(PROFILE_FIELDS.map((field) => field.headers[lang])), 75);
  PROFILE_FIELDS.forEach((field, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = field.key === 'schoolName' ? 40 : field.kind === 'significance' ? 26 : 18;
    // codes such as «007» must stay text
    if (field.kind === 'id') column.numFmt = '@';
    const validation = validationOf(field, t, lang);
    if (validation !== null) validations(sheet).add(`${column.letter}2:${column.letter}${TEMPLATE_LAST_ROW}`, validation);
  });
}

/**
 * One range per column rather than cell.dataValidation on each cell: exceljs merges per-cell
 * validations into overlapping ranges (it sorts «AA10» before «AA2»), which Excel repairs.
 * The range form is in exceljs but not in its type declarations.
 */
export function validations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

function validationOf(field: ProfileField, t: ProfileTemplateMessages, lang: Lang): ExcelJS.DataValidation | null {
  const stop = (error: string): Partial<ExcelJS.DataValidation> => ({ showErrorMessage: true, errorStyle: 'error', errorTitle: t.invalidTitle, error });
  switch (field.kind) {
    case 'count':
      return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...stop(t.enterCount) };
    case 'percent':
      return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], ...stop(t.enterPercent) };
    case 'yesno':
    case 'contest':
    case 'innovation':
    case 'significance': {
      const words = choiceWords(field.kind, lang);
      // a warning, not a stop: the reader also accepts synonyms such as «призёры» or «+»
      return {
        type: 'list', allowBlank: true, formulae: [`"${words.join(',')}"`],
        showErrorMessage: true, errorStyle: 'warning', errorTitle: t.notListedTitle, error: t.chooseFrom(words.join(', ')),
      };
    }
    default:
      return null;
  }
}

function addNotesSheet(workbook: ExcelJS.Workbook, t: ProfileTemplateMessages, lang: Lang): void {
  const sheet = workbook.addWorksheet(PROFILE_NOTES_SHEET[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  const { column, enter, allowed, indicator } = t.notesHeaders;
  styleHeader(sheet.addRow([column, enter, allowed, indicator]), 20);
  const values = valuesOf(t, lang);
  // typed by the profile's keys: a column without its note does not compile
  const notes: Record<ScalarKey, string> = t.notes;
  for (const field of PROFILE_FIELDS) {
    const risk = riskOf(field.key);
    const note = risk === null ? notes[field.key as ScalarKey] : t.riskNote(riskTitle(risk)[lang]);
    sheet.addRow([field.headers[lang], note, values[field.kind], field.indicator ?? '']);
  }
  [44, 90, 36, 12].forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
}

export function styleHeader(row: ExcelJS.Row, height: number): void {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle' };
  row.height = height;
  row.eachCell((cell) => (cell.fill = HEADER_FILL));
}
