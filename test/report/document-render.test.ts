/**
 * One document, every format (issue 19): what each renderer of report/to makes of the same blocks —
 * the screen's and the page's own blocks, blank lines and tight blocks, lists, marks, tables, the
 * sheets and the JSON. Expected texts are written out by hand from the model's rules.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/report/document/model.js';
import { FORMATS, formatForPath, OUTPUT_FORMATS } from '../../src/report/to/index.js';
import type { RenderContext, Rendered } from '../../src/report/to/context.js';
import { fold } from '../../src/report/to/terminal.js';

// painting keeps a text's length, as colour codes do on a terminal: a table's widths stay the text's
const PAINT = { flagged: (t: string) => t.toUpperCase(), dim: (t: string) => `~${t.slice(1)}` };
const CONTEXT: RenderContext = { lang: 'ru', excel: false, paint: PAINT, width: null };

const TABLE = {
  name: 'Школы',
  headers: ['Код', 'Доля'],
  rows: [
    { emphasis: true, cells: [{ value: 'a-1' }, { value: 35.5, percent: true, low: true }] },
    { emphasis: false, cells: [{ value: 'B|2' }, { value: ['одна', 'две'] }] },
  ],
};

const DOCUMENT: Document = {
  title: 'Список',
  sections: [
    {
      title: null,
      blocks: [
        { kind: 'paragraph', text: 'Основание', only: 'page' },
        { kind: 'paragraph', text: [{ strong: 'ШНОР: 1' }, ' из ', { code: 'shnor <x>' }] },
        { kind: 'paragraph', text: 'сводка', only: 'screen', tight: 'screen' },
        { kind: 'paragraph', text: 'проблем 2', tone: 'dim', only: 'screen', tight: 'screen' },
      ],
    },
    {
      title: 'Раздел',
      blocks: [
        { kind: 'list', tight: 'screen', items: [{ text: 'важно', strong: true, items: ['вложено'] }, 'просто'] },
        { kind: 'quote', text: 'цитата', only: 'page' },
        { kind: 'table', table: TABLE },
      ],
    },
    { title: 'Только страница', only: 'page', blocks: [{ kind: 'list', items: ['x'] }] },
  ],
  sheets: [TABLE, { name: 'Другой', headers: ['h'], rows: [] }],
  json: { value: { year: 2025, list: ['a-1'] } },
};

async function text(rendered: Rendered): Promise<string> {
  if (typeof rendered === 'string') return rendered;
  if (Buffer.isBuffer(rendered)) return rendered.toString('utf8');
  if (Symbol.asyncIterator in rendered) {
    const chunks: Buffer[] = [];
    for await (const chunk of rendered) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
  return [...rendered].join('');
}

describe('the page (md)', () => {
  it('shows the page blocks apart by blank lines, sections as ##, nested items indented, marks kept, text escaped', async () => {
    expect(await text(FORMATS.md.render(DOCUMENT, CONTEXT))).toBe([
      '# Список',
      '',
      'Основание',
      '',
      '**ШНОР: 1** из `shnor <x>`',
      '',
      '## Раздел',
      '',
      '- важно',
      '  - вложено',
      '- просто',
      '',
      '> цитата',
      '',
      '| Код | Доля |',
      '|-|-|',
      '| a-1 | **35,5%** |',
      '| B\\|2 | одна<br>две |',
      '',
      '## Только страница',
      '',
      '- x',
      '',
    ].join('\n'));
  });

  it('a tight block follows the one before without a blank line; a document without a title starts with its first block', async () => {
    const document: Document = { title: null, sections: [{ title: 'С', blocks: [{ kind: 'heading', text: 'h' }, { kind: 'list', tight: true, items: ['a'] }] }] };
    expect(await text(FORMATS.md.render(document, CONTEXT))).toBe('## С\n\n### h\n- a\n');
  });
});

describe('the screen (table)', () => {
  it('shows the screen blocks, tight ones without a blank line, items indented with their marker, flagged and dim painted', async () => {
    const screen = await text(FORMATS.table.render(DOCUMENT, CONTEXT));
    const lines = screen.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'Список',
      '',
      'ШНОР: 1 из shnor <x>',
      'сводка',
      '~роблем 2',
      '',
      'Раздел',
      '  • ВАЖНО',
      '    • вложено',
    ]);
    expect(lines[9]).toBe('  • просто');
    expect(screen).not.toContain('цитата');
    expect(screen).not.toContain('Только страница');
    // the table: the flagged row painted cell by cell, a cell of lines on two rows, the percent as the page writes it
    expect(lines.some((l) => l.includes('│ A-1 │ 35,5% │'))).toBe(true);
    expect(lines.some((l) => l.includes('B|2') && l.includes('одна'))).toBe(true);
    expect(lines.some((l) => !l.includes('B|2') && l.includes('две'))).toBe(true);
    expect(screen.endsWith('\n')).toBe(true);
  });
});

describe('the screen at a known width', () => {
  it('fold: broken at the last space that fits, the next lines under the text; a word longer than the width cut', () => {
    expect(fold('один два три', null, 0)).toEqual(['один два три']);
    expect(fold('один два три', 12, 0)).toEqual(['один два три']);
    // «один два» is 8; «один два три» 12 > 10
    expect(fold('один два три', 10, 0)).toEqual(['один два', 'три']);
    // indent 2, hang 2: the next lines start at 4
    expect(fold('  • альфа бета гамма', 14, 2)).toEqual(['  • альфа бета', '    гамма']);
    // the aligning spaces kept on the first line
    expect(fold('  ВПР     ▁▃  10% → 30%', 16, 2)).toEqual(['  ВПР     ▁▃', '    10% → 30%']);
    expect(fold('абвгдежзий', 4, 0)).toEqual(['абвг', 'дежз', 'ий']);
    // an abbreviation stays with the word before it: «2024/2025 уч. г.:» (17) and «+31,19 п.п.» (11) are one unit each
    expect(fold('к 2024/2025 уч. г.: +31,19 п.п.', 20, 0)).toEqual(['к 2024/2025 уч. г.:', '+31,19 п.п.']);
  });

  it('fold: a command to copy is never broken — on a line of its own, wider than the terminal if it must be', () => {
    const command = "shnor classify a.xlsx --sheet 'Лист 1'";
    // «  Повторить: » and the command's 38 characters do not fit in 30; alone at 4 it is 42, left whole
    expect(fold(`  Повторить: ${command}`, 30, 2, [command])).toEqual(['  Повторить:', `    ${command}`]);
    expect(fold(`  Повторить: ${command}`, 60, 2, [command])).toEqual([`  Повторить: ${command}`]);
    // without it, the same line is broken at spaces inside the command
    expect(fold(`  Повторить: ${command}`, 30, 2)).toEqual(['  Повторить: shnor classify', "    a.xlsx --sheet 'Лист 1'"]);
  });

  it('paragraphs, list items and lines fold at the width; lines marked `cut` keep to one line ending «…»', async () => {
    const document: Document = {
      title: null,
      sections: [{
        title: null,
        blocks: [
          { kind: 'paragraph', text: 'Школа с низкими результатами' },
          { kind: 'list', items: ['первая мера школы'] },
          { kind: 'lines', indent: 2, lines: ['– мера с основанием', 'коротко'], cut: true },
        ],
      }],
    };
    const at14 = await text(FORMATS.table.render(document, { ...CONTEXT, width: 14 }));
    // «Школа с низкими» is 15 > 14; «  • первая мера» 15 > 14; «– мера с основанием» cut to 14 − 2 = 12: «– мера с ос» (11) and «…»
    expect(at14).toBe('Школа с\nнизкими\nрезультатами\n\n  • первая\n    мера школы\n\n  – мера с ос…\n  коротко\n');
    const piped = await text(FORMATS.table.render(document, CONTEXT));
    expect(piped).toBe('Школа с низкими результатами\n\n  • первая мера школы\n\n  – мера с основанием\n  коротко\n');
  });
});

describe('the sheets (csv, xlsx) and the data (json)', () => {
  it('CSV is the first sheet, numbers with a point, lines of a cell joined by a line break', async () => {
    expect(await text(FORMATS.csv.render(DOCUMENT, CONTEXT))).toBe('Код,Доля\na-1,35.5\nB|2,"одна\nдве"\n');
  });

  it('JSON is the projection indented by two, or its pieces as they come', async () => {
    expect(await text(FORMATS.json.render(DOCUMENT))).toBe('{\n  "year": 2025,\n  "list": [\n    "a-1"\n  ]\n}\n');
    const streamed: Document = { ...DOCUMENT, json: { pieces: () => ['{"a":', '1}', '\n'] } };
    expect(await text(FORMATS.json.render(streamed))).toBe('{"a":1}\n');
  });

  it('HTML shows the page: no screen block, a section without a title has no heading, marks as tags', async () => {
    const html = await text(FORMATS.html.render(DOCUMENT, CONTEXT));
    expect(html).toContain('<h1>Список</h1>\n<section>\n<p>Основание</p>');
    expect(html).toContain('<p><strong>ШНОР: 1</strong> из <code>shnor &lt;x&gt;</code></p>');
    expect(html).toContain('<ul><li>важно<ul><li>вложено</li></ul></li><li>просто</li></ul>');
    expect(html).toContain('<td>одна<br>две</td>');
    expect(html).not.toContain('сводка');
  });
});

describe('the registry', () => {
  it('gives every format a renderer and each extension to one format', () => {
    const extensions = OUTPUT_FORMATS.flatMap((f) => [...FORMATS[f].extensions]);
    expect(new Set(extensions).size).toBe(extensions.length);
    expect(formatForPath('list.HTM')).toBe('html');
    expect(formatForPath('list.markdown')).toBe('md');
    expect(formatForPath('list.txt')).toBeNull();
  });
});
