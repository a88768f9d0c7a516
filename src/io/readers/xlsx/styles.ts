/**
 * Number formats, the one thing of styles.xml a value depends on: a number shown as a percentage
 * is read as shown (0.857 with «0.0%» → 85.7), a date-formatted serial as a date. Each cell style
 * (xf of cellXfs, the `s` of a cell) gets its format's kind once, before the sheets are read.
 */
import type { CellValue } from '../types.js';
import type { Archive } from './archive.js';
import { parsePart } from './xml.js';

export type FormatKind = 'number' | 'percent' | 'date';

/** The built-in formats (ECMA-376 18.8.30) that are not plain numbers, as the exceljs reader knew them. */
const BUILT_IN: Record<number, string> = {
  9: '0%', 10: '0.00%',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
};

/** The kind of each cell style's number format, by style index. */
export async function readFormatKinds(archive: Archive, part: string): Promise<FormatKind[]> {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await parsePart(archive, part, {
    open(name, attributes) {
      switch (name) {
        case 'numFmt':
          custom.set(Number(attributes.get('numFmtId')), attributes.get('formatCode') ?? '');
          break;
        case 'cellXfs':
          inCellXfs = true;
          break;
        case 'xf':
          if (inCellXfs) formatIds.push(Number(attributes.get('numFmtId') ?? 0));
          break;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formatIds.map((id) => classifyFormat(custom.get(id) ?? BUILT_IN[id] ?? ''));
}

export function classifyFormat(numFmt: string): FormatKind {
  // quoted text, escaped and padding characters and [colours]/[$-419] are not format codes
  const codes = numFmt.replace(/"[^"]*"|[\\_*].|\[[^\]]*\]/g, '');
  if (codes.includes('%')) return 'percent';
  if (/[ymdhs]/i.test(codes)) return 'date'; // «General» has none of these letters
  return 'number';
}

/** A number cell's value as its format shows it. */
export function formattedNumber(value: number, kind: FormatKind, date1904: boolean): CellValue {
  if (!Number.isFinite(value)) return null;
  switch (kind) {
    case 'percent':
      return Number((value * 100).toFixed(10));
    case 'date':
      return new Date(Math.round((value - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
    default:
      return value;
  }
}
