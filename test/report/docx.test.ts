/**
 * The DOCX renderer on a small hand-made document: whatever the sections (an «8. ШНСУ» it has never
 * seen included), they come out as Heading 1 and in the table of contents; tables with a repeated,
 * shaded header row and filled low cells; bullets; charts as SVG + PNG sized to the page, or a
 * note when there is no PNG; the requisites; the same bytes on every run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/messages/index.js';
import { clusterCounts } from '../../src/report/charts.js';
import { documentDocx, type ChartImage } from '../../src/report/to/docx.js';
import { chart, heading, list, paragraph, table, type Document } from '../../src/report/document/model.js';
import { requisitesSchema } from '../../src/model/requisites.js';
import { requisiteLines } from '../../src/report/document/requisites.js';
import { media, openDocx, paragraphs, tables, textsOf, type Docx } from './docx-read.js';

const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const SVG = (width: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="200" viewBox="0 0 ${width} 200"><rect width="10" height="10"/></svg>`;
/** EMU per CSS pixel. */
const EMU = 9525;

const wide = clusterCounts('wide', 'Широкий график', [], '');
const narrow = clusterCounts('narrow', 'Узкий график', [], '');
const missing = clusterCounts('missing', 'График без PNG', [], '');

function sample(): Document {
  return {
    title: 'Справка',
    subtitle: 'Подзаголовок',
    sections: [
      {
        id: 'first',
        title: '1. Первый раздел',
        blocks: [
          paragraph('Текст с <угловыми> скобками & амперсандом'),
          list(['пункт один', 'пункт два']),
          table({
            name: 't',
            headers: ['Код ОО', 'Наименование ОО', 'Доля «2»'],
            rows: [
              { emphasis: true, cells: [{ value: 'DM-03' }, { value: 'МБОУ СОШ № 3\nг. Демидов' }, { value: 35.19, percent: true, low: true }] },
              { emphasis: false, cells: [{ value: 'DM-04' }, { value: 'МБОУ СОШ № 4' }, { value: 12.5, percent: true }] },
            ],
            wide: [1],
          }),
          chart(wide),
          chart(narrow),
        ],
      },
      {
        id: 'shnsu',
        title: '8. ШНСУ',
        blocks: [heading('Подраздел'), table({ name: 'empty', headers: ['A'], rows: [] }), chart(missing)],
      },
    ],
    requisites: requisiteLines(requisitesSchema.parse({ approver: { name: 'И. И. Иванова' }, number: '01-12/345' }), 'ru'),
  };
}

const images = new Map<string, ChartImage>([
  ['wide', { svg: SVG(1000), png: PNG_1x1, width: 1000, height: 200 }],
  ['narrow', { svg: SVG(500), png: PNG_1x1, width: 500, height: 200 }],
]);

describe('documentDocx', () => {
  let bytes: Buffer;
  let docx: Docx;

  beforeAll(async () => {
    setLang('ru');
    bytes = await documentDocx(sample(), images, 'ru');
    docx = await openDocx(bytes);
  });

  it('styles each section title Heading 1 and each heading block Heading 2', () => {
    expect(textsOf(docx.xml, 'Heading1')).toEqual(['1. Первый раздел', '8. ШНСУ']);
    expect(textsOf(docx.xml, 'Heading2')).toEqual(['Подраздел']);
    expect(textsOf(docx.xml, 'Title')).toEqual(['Справка']);
  });

  it('has a table of contents field listing the sections, marked so LibreOffice shows it', () => {
    expect(docx.xml).toContain('TOC \\o &quot;1-1&quot;');
    expect(docx.xml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(textsOf(docx.xml, 'TOC1').map((t) => t.trim())).toEqual(['1. Первый раздел', '8. ШНСУ']);
  });

  it('numbers the pages in the footer', async () => {
    const footer = await docx.zip.file('word/footer1.xml')!.async('string');
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
  });

  it('keeps paragraph text as it is (escaped in the XML) and lists as bullets', () => {
    const all = paragraphs(docx.xml);
    expect(all.map((p) => p.text)).toContain('Текст с <угловыми> скобками & амперсандом');
    const bullets = all.filter((p) => p.xml.includes('<w:numPr>'));
    expect(bullets.map((p) => p.text)).toEqual(['пункт один', 'пункт два']);
  });

  it('writes the table with a repeated, shaded, bold header row, filled low cells, and skips an empty table', () => {
    const found = tables(docx.xml);
    expect(found).toHaveLength(1);
    const [header, first, second] = found[0]!;
    expect(header!.header).toBe(true);
    expect(header!.cells).toEqual(['Код ОО', 'Наименование ОО', 'Доля «2»']);
    expect(header!.xml).toContain('w:fill="E7ECF4"');
    expect(header!.xml).toContain('<w:b/>');
    expect(first!.header).toBe(false);
    expect(first!.cells).toEqual(['DM-03', 'МБОУ СОШ № 3\nг. Демидов', '35,19%']);
    expect(first!.xml.match(/w:fill="F4B6B6"/g)).toHaveLength(1);
    expect(second!.cells).toEqual(['DM-04', 'МБОУ СОШ № 4', '12,5%']);
    expect(second!.xml).not.toContain('F4B6B6');
    expect(second!.xml).not.toContain('<w:b/>');
    // the 9355-twip text width shared by the columns' content (column-widths.ts, tested by hand there)
    const widths = [...found[0]![0]!.xml.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9355);
    expect(widths).toEqual([2090, 4733, 2532]);
  });

  it('embeds each chart as SVG with its PNG fallback, no wider than the page; a chart without PNG is a note', async () => {
    expect(media(docx, 'svg')).toHaveLength(2);
    expect(media(docx, 'png')).toHaveLength(1); // one PNG, the same bytes for both charts
    const svgs = await Promise.all(media(docx, 'svg').map((f) => f.async('string')));
    expect(svgs.sort()).toEqual([SVG(1000), SVG(500)].sort());
    expect(docx.xml).toContain('<asvg:svgBlip');
    const extents = [...docx.xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // 1000 px is scaled to the text width, 11906 − 1701 − 850 = 9355 twips = 623.7 px; 500 px stays
    expect(extents).toEqual([[624 * EMU, 125 * EMU], [500 * EMU, 200 * EMU]]);
    expect(paragraphs(docx.xml).map((p) => p.text)).toContain('График без PNG. График не вставлен (нет Chromium): он в файле charts/missing.svg.');
  });

  it('opens with the approval at the top right and the number, ends with the executor; unset ones blank', () => {
    const all = paragraphs(docx.xml);
    expect(all.slice(0, 4).map((p) => p.text)).toEqual(['УТВЕРЖДАЮ', '______________________________', '_____________ И. И. Иванова', '«___» ______________ 20___ г.']);
    for (const p of all.slice(0, 4)) expect(p.xml).toMatch(/<w:ind w:left="5145"\/>/);
    expect(all.map((p) => p.text)).toContain('«___» ______________ 20___ г. № 01-12/345');
    expect(all.slice(-3).map((p) => p.text)).toEqual([
      'Исполнитель: ______________________________',
      '______________________________',
      'тел. ______________________________, e-mail: ______________________________',
    ]);
  });

  it('dates its core properties 2000-01-01, not now, and gives the same bytes again', async () => {
    const core = await docx.zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>');
    for (const entry of Object.values(docx.zip.files)) expect(entry.date.getTime(), entry.name).toBe(Date.UTC(2000, 0, 1));
    expect((await documentDocx(sample(), images, 'ru')).equals(bytes)).toBe(true);
  });

  it('leaves out the requisites of a document that has none', async () => {
    const plain = await openDocx(await documentDocx({ ...sample(), requisites: undefined }, images, 'ru'));
    const texts = paragraphs(plain.xml).map((p) => p.text);
    expect(texts[0]).toBe('Справка');
    expect(texts.join('\n')).not.toContain('УТВЕРЖДАЮ');
    expect(texts.join('\n')).not.toContain('Исполнитель');
  });
});
