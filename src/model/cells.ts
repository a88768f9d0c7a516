/** A spreadsheet cell as the readers deliver it. */
export type CellValue = string | number | boolean | Date | null;
