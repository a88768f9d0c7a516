/**
 * The empty school profile workbook of `shnor template profile`: a «Профиль» sheet with one
 * column per profile field (dropdowns and number checks on the cells) and a «Пояснения» sheet
 * saying what goes in each column and which indicator uses it. Russian only, like the headers.
 */
import type ExcelJS from 'exceljs';
import {
  PROFILE_FIELDS, PROFILE_NOTES_SHEET, PROFILE_SHEET, choiceWords, type ProfileField, type ProfileKind,
} from '../../model/profile-fields.js';

/** Rows 2 … LAST_ROW carry the validations: room for a municipality's schools. */
const TEMPLATE_LAST_ROW = 500;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF4' } };
// validation titles: Excel reports a workbook with a title over 32 characters as damaged
const TITLE_BAD = 'Неверное значение';
const TITLE_NOT_LISTED = 'Значение не из списка';
const NOTES_HEADERS = ['Столбец', 'Что вводить', 'Допустимые значения', 'Показатель'];

const VALUES: Record<ProfileKind, string> = {
  id: 'текст (код или логин), обязательно',
  text: 'текст',
  count: 'целое число ≥ 0',
  percent: 'число от 0 до 100 (десятичная запятая допустима)',
  number: 'число',
  yesno: 'да / нет',
  contest: choiceWords('contest').join(' / '),
  innovation: choiceWords('innovation').join(' / '),
  significance: `${choiceWords('significance').join(' / ')}; пусто — фактор не актуален`,
};

export async function renderProfileTemplate(): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  addProfileSheet(workbook);
  addNotesSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addProfileSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(PROFILE_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  styleHeader(sheet.addRow(PROFILE_FIELDS.map((field) => field.header)), 75);
  PROFILE_FIELDS.forEach((field, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = field.key === 'schoolName' ? 40 : field.kind === 'significance' ? 26 : 18;
    // codes such as «007» must stay text
    if (field.kind === 'id') column.numFmt = '@';
    const validation = validationOf(field);
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

function validationOf(field: ProfileField): ExcelJS.DataValidation | null {
  switch (field.kind) {
    case 'count':
      return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...stop('Введите целое число не меньше 0.') };
    case 'percent':
      return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], ...stop('Введите число от 0 до 100 (проценты).') };
    case 'yesno':
    case 'contest':
    case 'innovation':
    case 'significance': {
      const words = choiceWords(field.kind);
      // a warning, not a stop: the reader also accepts synonyms such as «призёры» or «+»
      return {
        type: 'list', allowBlank: true, formulae: [`"${words.join(',')}"`],
        showErrorMessage: true, errorStyle: 'warning', errorTitle: TITLE_NOT_LISTED, error: `Выберите из списка: ${words.join(', ')}.`,
      };
    }
    default:
      return null;
  }
}

function stop(error: string): Partial<ExcelJS.DataValidation> {
  return { showErrorMessage: true, errorStyle: 'error', errorTitle: TITLE_BAD, error };
}

function addNotesSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(PROFILE_NOTES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  styleHeader(sheet.addRow(NOTES_HEADERS), 20);
  for (const field of PROFILE_FIELDS) sheet.addRow([field.header, field.note, VALUES[field.kind], field.indicator ?? '']);
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
