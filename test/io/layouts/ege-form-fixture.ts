/**
 * A small workbook in the shape of a region's per-school ЕГЭ form (the real Забайкальский край
 * file: title rows, each subject merged over five metric columns, a metric row, sheets named by
 * the year, an applications sheet), with the traps of the real one: empty cells meaning 0, a mean 0
 * where nobody took the subject, an oral-language column, a high count the mean cannot hold, a
 * header copied from the next year, a region total whose mean is not its schools'. Written with
 * merges so that the streaming reader sees each subject only in its first column.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/model/cells.js';

export const TITLE_2023 = 'Информация о результатах ЕГЭ выпускников школ в 2023 году';
export const ALPHA = 'Комитет образования города Альфа';
export const BETA = 'Управление образования района Бета';
export const SUBJECTS = ['Русский язык', 'Математика профильная', 'Математика базовая', 'Химия', 'Английский язык (устный)'];
export const METRICS = ['приняло участие', 'не преодолен min порог', 'высокобалльники (80-99 баллов)', 'получили 100 баллов', 'средний балл'];
const graduates = (year: number) => `Всего выпускников в ${year} году по программам среднего общего образования, принявших участие в ЕГЭ, чел.`;
const IDENTITY = ['Муниципальное образование', 'Образовательная организация (школа)', 'Профиль (при наличии)'];

/** The header row as the streaming reader gives it: each subject in the first of its five columns only. */
export function headerRow(year: number): CellValue[] {
  return [...IDENTITY, graduates(year), ...SUBJECTS.flatMap((s) => [s, null, null, null, null])];
}

export const METRIC_ROW: CellValue[] = [null, null, null, null, ...SUBJECTS.flatMap(() => METRICS)];
const NOBODY: CellValue[] = [null, null, null, null, 0];

/** Sheet «2023»: a row of column numbers under the header, the municipality repeated, a municipal total, the region's total last. */
export const SHEET_2023: CellValue[][] = [
  [TITLE_2023], // 1
  ['Тестовый край'], // 2
  [], // 3
  headerRow(2023), // 4
  METRIC_ROW, // 5
  Array.from({ length: 29 }, (_, i) => i + 1), // 6: column numbers
  // 7: failing empty = 0; Химия nobody (mean 0 = no data); the oral column empty
  [ALPHA, 'МБОУ СОШ № 1', 'X', 20, 20, null, 5, 1, 70.5, 10, 4, null, null, 40.2, 8, null, null, null, 3.9, ...NOBODY, ...NOBODY],
  // 8: Химия 3 of 80–99 points among 3 with a mean of 45 — 240 points cannot fit in 135; the oral part taken by one
  [ALPHA, 'МБОУ СОШ № 2', 'X', 12, 12, 1, null, null, 55, ...NOBODY, 12, null, null, null, 4.1, 3, 1, 3, null, 45, 1, 1, null, null, 0],
  // 9: the municipality's total
  [ALPHA, 'Итого по городу Альфа', null, 32, 32, 1, 5, 1, 64.69, 10, 4, null, null, 40.2, 20, null, null, null, 4.02, 3, 1, null, null, 45, 1, 1, null, null, 0],
  // 10: text for a count; a mean with no participants
  [BETA, 'МОУ Бетинская СОШ', null, 9, 9, 3, null, null, 38, 'девять', 2, null, null, 30, null, null, null, null, 3.5, ...NOBODY, ...NOBODY],
  // 11: more failing than participants; a base-maths mean below the mark scale
  [BETA, 'МОУ Гаммская ООШ', null, 5, 5, 6, null, null, 20, ...NOBODY, 5, 2, null, null, 1.8, ...NOBODY, ...NOBODY],
  // 12: the region's total; its base-maths mean 3.18 is not its schools' 4.02
  ['итого по Тестовому краю', null, null, 46, 46, 10, 5, 1, 61.2, 12, 6, null, null, 38.5, 25, 2, null, null, 3.18, 3, 1, null, null, 45, 1, 1, null, null, 0],
];

/** Sheet «2022»: titled 2022, its header copied from 2023; the region's total first; municipalities as rows of their own. */
export const SHEET_2022: CellValue[][] = [
  ['Информация о результатах ЕГЭ выпускников школ в 2022 году'], // 1
  headerRow(2023), // 2
  METRIC_ROW, // 3
  [null, 'Всего', null, 30, 30, 3, 2, 0, 60, ...NOBODY, 10, 1, null, null, 4, ...NOBODY, ...NOBODY], // 4: the region's total, first
  [ALPHA, null, null, 18, 18, 1, 2, 0, 62], // 5: the municipality with its total
  [null, 'МБОУ СОШ № 1', 'X', 18, 18, 1, 2, null, 62], // 6
  [BETA], // 7: the municipality's heading, no figures
  [null, 'МОУ Бетинская СОШ', null, 12, 12, 2, null, null, 57, ...NOBODY, 10, 1, null, null, 4], // 8
  [BETA, BETA, null, 12, 12, 2, null, null, 57], // 9: the school cell repeats the municipality
];

/** Sheet «2024»: applications, not results — one row of subjects, counts under them. */
export const SHEET_2024: CellValue[][] = [
  ['Информация о поданных выпускниками школ 2024 года заявлениях на участие в ЕГЭ'], // 1
  [null, ...IDENTITY, graduates(2024)], // 2
  [null, null, null, null, null, 'Русский язык', 'Математика профильная'], // 3
  [null, ALPHA, 'МБОУ СОШ № 1', 'X', 20, 20, 10], // 4
];

const SHEETS: [string, CellValue[][], number][] = [
  ['2024', SHEET_2024, 0],
  ['2023', SHEET_2023, 4],
  ['2022', SHEET_2022, 2],
];

/** Writes the workbook: each subject's name merged over its five columns of the header row. */
export async function writeFormWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2024, 5, 1));
  for (const [name, rows, header] of SHEETS) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((cells, i) => {
      const row = sheet.getRow(i + 1);
      cells.forEach((value, j) => {
        if (value !== null) row.getCell(j + 1).value = value as ExcelJS.CellValue;
      });
    });
    sheet.mergeCells(1, 1, 1, 29);
    if (header > 0) SUBJECTS.forEach((_, s) => sheet.mergeCells(header, 5 + 5 * s, header, 9 + 5 * s));
  }
  await workbook.xlsx.writeFile(path);
}
