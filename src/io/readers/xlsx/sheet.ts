/**
 * One worksheet's rows, streamed to a RowSink as the XML comes: a row numbered as the spreadsheet
 * shows it (its `r`, else the one after the last), its cells by column (their `r`, else the next
 * position), blank positions null, up to the last cell the row stores (a styled empty cell counts,
 * as it did for exceljs). A merged area keeps its value in its first cell only (the others are
 * stored empty). No object is made per cell but its value.
 *
 * Values: shared strings (t="s"), inline strings (t="inlineStr", all runs joined), formula text
 * results (t="str"), booleans, numbers as their format shows them (percent ×100, dates), errors
 * (#N/A) null, an empty text null; a formula's value is its cached result (<v>), shared formulas
 * alike.
 */
import type { CellValue, RowSink } from '../types.js';
import type { Archive } from './archive.js';
import { formattedNumber, type FormatKind } from './styles.js';
import { parsePart, SinkFailure, type Attributes } from './xml.js';

/** A worksheet's width (XFD): a cell reference beyond it would make a row of millions of blanks. */
const MAX_COLUMNS = 16_384;

export interface SheetContext {
  strings: readonly string[];
  kinds: readonly FormatKind[];
  date1904: boolean;
}

export async function readSheet(archive: Archive, part: string, context: SheetContext, sink: RowSink): Promise<void> {
  const { strings, kinds, date1904 } = context;
  let inData = false;
  let rowNumber = 0;
  let cells: CellValue[] = [];
  let column = 0;
  let type: string | undefined;
  let kind: FormatKind = 'number';
  let hasValue = false;
  let inInline = false;
  let phonetic = 0;
  let capture = false;
  let text = '';

  function cellValue(): CellValue {
    switch (type) {
      case 's': {
        const value = strings[Number(text)];
        if (value === undefined) throw archive.damaged(part, `row ${rowNumber}: shared string «${text}» does not exist (there are ${strings.length})`);
        return value === '' ? null : value;
      }
      case 'str':
      case 'inlineStr':
        return text === '' ? null : text;
      case 'b':
        return text === '1' || text === 'true';
      case 'e':
        return null; // #N/A, #DIV/0! …
      case 'd': {
        const date = new Date(text);
        return Number.isNaN(date.getTime()) ? null : date;
      }
      default:
        return text === '' ? null : formattedNumber(Number(text), kind, date1904);
    }
  }

  function open(name: string, attributes: Attributes): void {
    switch (name) {
      case 'c': {
        const r = attributes.get('r');
        const s = attributes.get('s');
        type = attributes.get('t');
        const next = r === undefined ? column + 1 : columnOf(r, column + 1);
        // a cell repeated would overwrite the one before it; Excel drops the cells after one out of order
        if (next <= column) throw archive.damaged(part, `row ${rowNumber}: cell ${r} is not after the cell before it (cells out of order)`);
        column = next;
        if (column > MAX_COLUMNS) throw archive.damaged(part, `row ${rowNumber}: a cell beyond the last column XFD (${r ?? column})`);
        kind = s === undefined ? 'number' : (kinds[Number(s)] ?? 'number');
        hasValue = false;
        text = '';
        break;
      }
      case 'v':
        hasValue = capture = true;
        break;
      case 'is':
        hasValue = inInline = true;
        break;
      case 't':
        capture = inInline && phonetic === 0;
        break;
      case 'rPh':
        phonetic += 1;
        break;
      case 'row': {
        if (!inData) break;
        const next = rowNumberOf(attributes.get('r'), rowNumber + 1);
        // two rows under one number could not be told apart in a message; Excel repairs such a sheet, dropping rows
        if (next <= rowNumber) throw archive.damaged(part, `row ${next} after row ${rowNumber}: rows out of order`);
        rowNumber = next;
        cells = [];
        column = 0;
        break;
      }
      case 'sheetData':
        inData = true;
        break;
    }
  }

  function close(name: string): void {
    switch (name) {
      case 'c': {
        const value = hasValue ? cellValue() : null;
        while (cells.length < column - 1) cells.push(null);
        cells[column - 1] = value;
        break;
      }
      case 'v':
      case 't':
        capture = false;
        break;
      case 'is':
        inInline = false;
        break;
      case 'rPh':
        phonetic -= 1;
        break;
      case 'row':
        if (!inData) break;
        try {
          sink.row(cells, rowNumber);
        } catch (error) {
          throw new SinkFailure(error);
        }
        break;
      case 'sheetData':
        inData = false;
        break;
    }
  }

  await parsePart(archive, part, {
    open,
    close,
    text(piece) {
      if (capture) text += piece;
    },
  });
  try {
    sink.end();
  } catch (error) {
    throw new SinkFailure(error);
  }
}

/** «AB12» → 28; `otherwise` for a reference without column letters. */
function columnOf(ref: string, otherwise: number): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + code - 0x60;
  }
  return column === 0 ? otherwise : column;
}

function rowNumberOf(r: string | undefined, otherwise: number): number {
  if (r === undefined) return otherwise;
  const n = Number(r);
  return Number.isInteger(n) && n > 0 ? n : otherwise;
}
