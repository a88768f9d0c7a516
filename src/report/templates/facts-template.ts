/**
 * The facts workbook of `shnor template facts`: a sheet for the department's indicators (да/нет
 * or numerator and denominator, with the document link, as seed 004's «Ссылка на документ»), a
 * sheet with a row per ШНОР/ШНСУ school and a column per school-level fact, dropdowns on the да/нет
 * cells, and a notes sheet.
 */
import type ExcelJS from 'exceljs';
import { messagesOf, type Lang, type Messages } from '../../messages/index.js';
import type { Programme } from '../../model/programme.js';
import { styleHeader, validations } from './profile-template.js';

export interface FactsSchoolRow {
  schoolId: string;
  schoolName: string | null;
  group: string;
}

const LAST_ROW = 500;
const YES_NO: ExcelJS.DataValidation = {
  type: 'list', allowBlank: true, formulae: ['"да,нет"'],
  showErrorMessage: true, errorStyle: 'warning', errorTitle: 'Значение не из списка', error: 'Выберите да или нет.',
};
const COUNT: ExcelJS.DataValidation = {
  type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0],
  showErrorMessage: true, errorStyle: 'error', errorTitle: 'Неверное значение', error: 'Введите целое число не меньше 0.',
};

export async function renderFactsTemplate(programme: Programme, schools: FactsSchoolRow[], lang: Lang): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const t = messagesOf(lang);
  const workbook = new excel.Workbook();
  addMunicipalSheet(workbook, programme, t);
  addSchoolSheet(workbook, programme, schools, t);
  addNotesSheet(workbook, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addMunicipalSheet(workbook: ExcelJS.Workbook, programme: Programme, t: Messages): void {
  const f = t.targets.facts;
  const sheet = workbook.addWorksheet(f.municipalSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  styleHeader(sheet.addRow([f.id, f.text, f.plan, f.value, f.numerator, f.denominator, f.evidence, f.note]), 32);
  const municipal = programme.indicators.filter((i) => i.fact.source === 'municipal');
  municipal.forEach((indicator, index) => {
    sheet.addRow([indicator.id, indicator.text, indicator.planText, null, null, null, indicator.evidence, null]);
    const row = index + 2;
    if (indicator.unit === 'yesno') validations(sheet).add(`D${row}:D${row}`, YES_NO);
    else validations(sheet).add(`E${row}:F${row}`, COUNT);
  });
  [8, 70, 24, 16, 12, 12, 40, 30].forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getColumn(1).numFmt = '@';
}

function addSchoolSheet(workbook: ExcelJS.Workbook, programme: Programme, schools: FactsSchoolRow[], t: Messages): void {
  const f = t.targets.facts;
  const sheet = workbook.addWorksheet(f.schoolSheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  styleHeader(sheet.addRow([f.schoolId, f.schoolName, f.group, ...programme.columns.map((c) => c.header)]), 90);
  for (const school of schools) sheet.addRow([school.schoolId, school.schoolName, school.group]);
  sheet.getColumn(1).numFmt = '@';
  [14, 36, 14].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  programme.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 4);
    column.width = 18;
    validations(sheet).add(`${column.letter}2:${column.letter}${LAST_ROW}`, c.kind === 'yesno' ? YES_NO : COUNT);
  });
}

function addNotesSheet(workbook: ExcelJS.Workbook, t: Messages): void {
  const f = t.targets.facts;
  const sheet = workbook.addWorksheet(f.notesSheet);
  for (const line of f.notes) sheet.addRow([line]);
  sheet.getColumn(1).width = 120;
  sheet.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
}
