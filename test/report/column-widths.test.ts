/**
 * Column widths of a printed table (report/to/column-widths.ts), worked out by hand from the
 * character widths in ems: lowercase 0.56, «ш» 0.8, capitals 0.72, digits 0.56, space 0.28; headers ×1.08 (bold).
 */
import { describe, expect, it } from 'vitest';
import { columnLayout, textEms } from '../../src/report/to/column-widths.js';

const close = (values: number[]) => values.map((v) => Number(v.toFixed(4)));

describe('textEms', () => {
  it('adds up the widths of the characters', () => {
    expect(textEms('Код')).toBeCloseTo(0.72 + 0.56 + 0.56, 10);
    expect(textEms('школа 12')).toBeCloseTo(0.8 + 4 * 0.56 + 0.28 + 2 * 0.56, 10);
  });
});

describe('columnLayout', () => {
  // «аааа» 2.24 em; «аа» 1.12; «а» 0.56; padding 1
  it('everything on one line when it fits: shares by the widest line of each column', () => {
    const layout = columnLayout([{ header: 'а', cells: ['аааа'] }, { header: 'аа', cells: ['а'] }], 20, 1);
    // natural: 3.24 and max(1.12 × 1.08 + 1, 1.56) = 2.2096
    expect(close(layout.shares)).toEqual(close([3.24 / 5.4496, 2.2096 / 5.4496]));
    expect(layout.scale).toBe(1);
  });

  it('the longest word as the least, the rest shared by what the cells want beyond it', () => {
    // column 1: least max(0.56 × 1.08, 2.24) + 1 = 3.24, cell line «аааа аааа» 4.76 + 1 = 5.76, wants 2.52
    // column 2: least «аа» 1.12 × 1.08 + 1 = 2.2096, cells «а» 1.56: wants 0; the header's line «аа аа» 2.52 × 1.08 + 1
    const columns = [{ header: 'а', cells: ['аааа аааа'] }, { header: 'аа аа', cells: ['а'] }];
    const layout = columnLayout(columns, 7, 1);
    // spare 7 − 5.4496 = 1.5504, all to column 1
    expect(close(layout.shares)).toEqual(close([(3.24 + 1.5504) / 7, 2.2096 / 7]));
    expect(layout.scale).toBe(1);
  });

  it('words that do not fit keep their proportions and make the font smaller', () => {
    const layout = columnLayout([{ header: 'аааа', cells: [] }, { header: 'аа', cells: ['аааа'] }], 4, 0);
    // least: 2.24 × 1.08 = 2.4192 and 2.24
    expect(close(layout.shares)).toEqual(close([2.4192 / 4.6592, 2.24 / 4.6592]));
    expect(layout.scale).toBeCloseTo(4 / 4.6592, 10);
  });
});
