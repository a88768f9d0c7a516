/** Terminal tables fitted to the terminal's width (report/terminal-table.ts). */
import { describe, expect, it } from 'vitest';
import { drawTable, fitColumns, headingCell, schoolColumns, shortened, withAbbreviations, wrap, type ColumnSpec } from '../../src/report/terminal-table.js';

// classify's columns in Russian, with two 9-character school codes
const CLASSIFY: ColumnSpec[] = [
  { heading: 'Код ОО', values: ['sch220093', 'edu223017'] }, //        fixed: 9 + 2 = 11
  { heading: 'Наименование ОО', preferred: 28 }, //                  30; down to «Наименование» 12 + 2 = 14
  { heading: 'ШНОР', values: ['да', 'нет', 'ШНСУ'] }, //              fixed: 4 + 2 = 6
  { heading: 'Критерии', values: ['A', 'A, B'] }, //                  fixed: 8 + 2 = 10
  { heading: 'Низкие результаты', preferred: 38 }, //                40; down to «результаты» 10 + 2 = 12
  { heading: 'Пояснения', preferred: 42 }, //                        44; down to 9 + 2 = 11
];

describe('fitColumns', () => {
  it('width unknown or wide enough: the preferred widths, the code column as wide as the longest code', () => {
    expect(fitColumns(CLASSIFY, null)).toEqual([11, 30, 6, 10, 40, 44]);
    // 141 + 7 borders = 148
    expect(fitColumns(CLASSIFY, 148)).toEqual([11, 30, 6, 10, 40, 44]);
  });

  it('80 columns: the flexible ones give way in proportion to their slack, and the table is 80 wide', () => {
    // minimums 11+14+6+10+12+11 = 64, borders 7 → room 80 − 7 − 64 = 9; slack 16, 28, 33 (77):
    // shares ⌊9·16/77⌋ = 1, ⌊9·28/77⌋ = 3, ⌊9·33/77⌋ = 3 → 7; the 2 left go to the first that can grow: name, then low results
    const widths = fitColumns(CLASSIFY, 80);
    expect(widths).toEqual([11, 16, 6, 10, 16, 14]);
    expect(widths.reduce((a, b) => a + b, 0) + widths.length + 1).toBe(80);
  });

  it('narrower than the words: the flexible columns down to 6 + 2, the widest first, words cut; the code never cut', () => {
    // the words need 64 + 7 = 71 > 40; the flexible columns can give 14 − 8 = 6, 12 − 8 = 4, 11 − 8 = 3 — all 13 of them
    expect(fitColumns(CLASSIFY, 40)).toEqual([11, 8, 6, 10, 8, 8]);
  });

  it('a little narrower than the words: the widest flexible column gives first', () => {
    // 71 − 3 = 68: the name gives 3 (14 → 11, still the most above its floor until 11 = 3 + 8 ties with 12 − 1 …)
    const widths = fitColumns(CLASSIFY, 68);
    expect(widths.reduce((a, b) => a + b, 0) + widths.length + 1).toBe(68);
    expect(widths).toEqual([11, 11, 6, 10, 12, 11]);
  });

  it('a fixed column holding names instead of codes stops at 24 characters', () => {
    expect(fitColumns([{ heading: 'Код ОО', values: ['МБОУ «Средняя общеобразовательная школа № 1»'] }], null)).toEqual([26]);
  });

  it('a flexible column keeps the words of its short labels whole', () => {
    // «результатами» 12 + 2 = 14 beats «Кластер» 7 + 2 = 9; with «Пояснения» 9 + 2 = 11 and 3 borders, 28 columns hold exactly the words
    const columns: ColumnSpec[] = [{ heading: 'Кластер', preferred: 26, unbroken: ['1. Школы с низкими результатами'] }, { heading: 'Пояснения', preferred: 42 }];
    expect(fitColumns(columns, 28)).toEqual([14, 11]);
    // narrower than its words, the label's column too gives way: 10 columns, 2 borders → 8
    expect(fitColumns([columns[0]!], 10)).toEqual([8]);
  });
});

describe('headingCell', () => {
  it('wraps a heading to its column without cutting a word', () => {
    expect(headingCell('Низкие результаты', 16)).toBe('Низкие\nрезультаты');
    expect(headingCell('Код ОО', 11)).toBe('Код ОО');
  });
});

describe('shortened', () => {
  it('a text longer than the width: its first width − 1 characters, spaces at the cut dropped, and «…»', () => {
    // 41 characters into 15: «МБОУ СОШ № 3 и» (14) and «…»
    expect(shortened('МБОУ СОШ № 3 им. А. С. Пушкина г. Демидов', 15)).toBe('МБОУ СОШ № 3 и…');
    // into 14: «МБОУ СОШ № 2 » (13) loses its space
    expect(shortened('МБОУ СОШ № 2 г. Демидов', 14)).toBe('МБОУ СОШ № 2…');
    expect(shortened('МБОУ СОШ № 2', 12)).toBe('МБОУ СОШ № 2');
    expect(shortened('две\nстроки', 20)).toBe('две строки');
  });
});

describe('schoolColumns', () => {
  it('the code column as wide as the codes; a name cut unless the school is known by its name only', () => {
    const [code, name] = schoolColumns([
      { schoolId: 'sch220093', schoolName: 'МБОУ СОШ № 1' },
      { schoolId: 'МБОУ Ачинская СОШ', schoolName: 'МБОУ Ачинская СОШ' },
    ], { code: 'Код ОО', name: 'Наименование ОО' });
    expect(code).toEqual({ heading: 'Код ОО', values: ['sch220093', ''] });
    expect(name).toEqual({ heading: 'Наименование ОО', preferred: 28, shorten: [true, false] });
  });
});

describe('drawTable', () => {
  it('a rule under the headings, none between the rows, a blank row between groups', () => {
    const table = drawTable(['Код', 'Имя'], [5, 6], [{ rows: [['a', 'x']], marked: false }, { rows: [['b', 'y']], marked: false }], (t) => t);
    expect(table.split('\n')).toEqual([
      '┌─────┬──────┐',
      '│ Код │ Имя  │',
      '├─────┼──────┤',
      '│ a   │ x    │',
      '│     │      │',
      '│ b   │ y    │',
      '└─────┴──────┘',
    ]);
  });

  it('a heading in two lines: the rule under both', () => {
    const lines = drawTable(['Код ОО', 'Имя'], [5, 6], [{ rows: [['a', 'x']], marked: false }], (t) => t).split('\n');
    expect(lines.slice(1, 4)).toEqual(['│ Код │ Имя  │', '│ ОО  │      │', '├─────┼──────┤']);
  });
});

describe('abbreviations stay with the word before them', () => {
  it('«уч. г.:» together, and with the year when the three fit', () => {
    expect(withAbbreviations(['2024/2025', 'уч.', 'г.:'], ' ', 20)).toEqual(['2024/2025 уч. г.:']);
    // «2024/2025 уч. г.:» is 17 > 15: joined from the end, «уч. г.:» (7) keeps together
    expect(withAbbreviations(['2024/2025', 'уч.', 'г.:'], ' ', 15)).toEqual(['2024/2025', 'уч. г.:']);
    expect(withAbbreviations(['ВПР', 'Математика', '6', 'кл.', '35,19%'], ' ', 15)).toEqual(['ВПР', 'Математика', '6 кл.', '35,19%']);
    expect(withAbbreviations(['+31,19', 'п.п.,', 'отрицательная'], ' ', 15)).toEqual(['+31,19 п.п.,', 'отрицательная']);
  });

  it('a cell wrapped to 15: no line begins with «г.:»', () => {
    // units 2024/2025 | уч. г.: | ВПР | Математика | 6 кл. | 35,19% | (19/54); greedy at 15: «2024/2025 уч. г.:» 17,
    // «уч. г.: ВПР Математика» 22, «Математика 6 кл.» 16, «6 кл. 35,19% (19/54)» 20 — each breaks before its last unit
    // (without the rule the first line was «2024/2025 уч.» and the second began with «г.:»)
    expect(wrap('2024/2025 уч. г.: ВПР Математика 6 кл. 35,19% (19/54)', 15)).toEqual(['2024/2025', 'уч. г.: ВПР', 'Математика', '6 кл. 35,19%', '(19/54)']);
  });
});
