/**
 * A document as a Word file: the requisites of an official справка (approval at the top right,
 * number and date, executor at the end), a table of contents, page numbers in the footer,
 * sections and headings styled Heading 1 and 2, tables with a shaded header row repeated on every
 * page, and charts as SVG with a PNG fallback (what LibreOffice and older Word show). Charts
 * without a PNG are left out with a note. The same input gives the same bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document as WordDocument,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table as WordTable,
  TableCell as WordCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type IRunOptions,
  type IStylesOptions,
} from 'docx';
import { messagesOf, type Lang } from '../../messages/index.js';
import type { Chart } from '../charts.js';
import { pageCellText } from '../format.js';
import type { Table } from '../table-model.js';
import { blocksOn, sectionsOn, flatItems, type Block, type Document, type Section, type Text } from '../document/model.js';
import { columnLayout, columnTexts } from './column-widths.js';
import { FIXED_DATE, withFixedZipDates } from './zip.js';

/** A chart drawn for Word: its SVG, the same as PNG, and its size in CSS pixels. */
export interface ChartImage {
  svg: string;
  png: Buffer;
  width: number;
  height: number;
}

const FONT = 'Times New Roman';
// A4 in twips (1/20 pt), the margins of office documents: 20 mm top and bottom, 30 mm left (binding), 15 mm right
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Images are sized in CSS pixels: 15 twips each at 96 dpi. */
const CONTENT_PX = CONTENT_WIDTH / 15;
/** The approval stamp takes the right 45% of the line. */
const APPROVAL_INDENT = Math.round(CONTENT_WIDTH * 0.55);
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const HEADER_FILL = 'E7ECF4';
const LOW_FILL = 'F4B6B6';
/** Sizes in half-points. */
const SIZE = { body: 22, table: 18, small: 20 };
/** The smallest table font, in half-points, however many columns. */
const LEAST_TABLE_SIZE = 12;
/** A cell's margin on either side, in twips. */
const CELL_MARGIN = 60;

/** `chartFiles`: the charts are also written as charts/<name>.svg beside the file (the yearly report's folder). */
export async function documentDocx(document: Document, charts: Map<string, ChartImage>, lang: Lang, chartFiles = true): Promise<Buffer> {
  const word = new WordDocument({
    creator: 'shnor',
    title: document.title ?? '',
    description: document.subtitle ?? '',
    styles: styles(lang),
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children: [
          ...front(document, lang),
          ...sectionsOn(document, 'page').flatMap((section, i) => sectionChildren(section, i === 0, charts, lang, chartFiles)),
          ...executor(document),
        ],
      },
    ],
  });
  return withFixedZipDates(await Packer.toBuffer(word), { 'docProps/core.xml': fixedCoreDates, 'word/document.xml': markTableOfContents });
}

/** LibreOffice shows a table of contents only with Word's gallery mark, which docx does not write. */
function markTableOfContents(xml: string): string {
  const mark = '<w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>';
  return xml.replace(/<w:sdtPr><w:alias w:val="[^"]*"\/><\/w:sdtPr>/, mark);
}

/** docx writes the time of writing as the created and modified dates. */
function fixedCoreDates(xml: string): string {
  const date = FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z');
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${date}`);
}

function styles(lang: Lang): IStylesOptions {
  const heading = { font: FONT, bold: true, color: '000000' };
  return {
    default: {
      document: { run: { font: FONT, size: SIZE.body, language: { value: lang === 'ru' ? 'ru-RU' : 'en-GB' } }, paragraph: { spacing: { after: 120 } } },
      title: { run: { ...heading, size: 30 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 240 } } },
      heading1: { run: { ...heading, size: 28 }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true } },
      heading2: { run: { ...heading, size: SIZE.body }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true } },
    },
  };
}

function text(value: string, options: IRunOptions = {}): TextRun {
  return new TextRun({ ...options, text: value });
}

/** Approval, organisation, title, number and date, subtitle, table of contents. */
function front(document: Document, lang: Lang): FileChild[] {
  const t = messagesOf(lang);
  const r = document.requisites;
  const centered = (line: string, options: IRunOptions = {}) => new Paragraph({ alignment: AlignmentType.CENTER, children: [text(line, options)] });
  return [
    ...(r ? r.approval.map((line) => new Paragraph({ indent: { left: APPROVAL_INDENT }, spacing: { after: 0 }, children: [text(line)] })) : []),
    ...(r ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480 }, children: [text(r.organisation, { bold: true })] })] : []),
    ...(document.title === null ? [] : [new Paragraph({ heading: HeadingLevel.TITLE, children: [text(document.title)] })]),
    ...(r ? r.registration.map((line) => centered(line)) : []),
    ...(document.subtitle === undefined ? [] : [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { before: 240 }, children: [text(document.subtitle)] })]),
    new Paragraph({ spacing: { before: 360 }, children: [text(t.report.contents, { bold: true })] }),
    // the titles are cached in the field: LibreOffice shows them as they are, Word adds page numbers when it updates the field
    new TableOfContents(t.report.contents, {
      headingStyleRange: '1-1',
      cachedEntries: document.sections.flatMap((section) => (section.title === null ? [] : [{ title: section.title, level: 1 }])),
    }),
  ];
}

function sectionChildren(section: Section, first: boolean, charts: Map<string, ChartImage>, lang: Lang, chartFiles: boolean): FileChild[] {
  return [
    ...(section.title === null ? [] : [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: first || section.newPage === true, children: [text(section.title)] })]),
    ...blocksOn(section, 'page').flatMap((block) => blockChildren(block, charts, lang, chartFiles)),
  ];
}

function blockChildren(block: Block, charts: Map<string, ChartImage>, lang: Lang, chartFiles: boolean): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 709 }, children: runs(block.text, { bold: block.tone === 'strong' }) })];
    case 'lines':
      return block.lines.map((line) => new Paragraph({ children: runs(typeof line === 'object' && !Array.isArray(line) ? line.text : line) }));
    case 'quote':
      return [new Paragraph({ indent: { left: 709 }, children: lines(`«${block.text}»`, { italics: true }) })];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(block.text)] })];
    case 'list':
      return flatItems(block.items).map(({ text: item, depth }) => new Paragraph({ bullet: { level: depth }, spacing: { after: 40 }, children: runs(item) }));
    case 'table':
      return block.table.rows.length === 0 ? [] : [wordTable(block.table, lang), new Paragraph({ children: [] })];
    case 'chart':
      return chartChildren(block.chart, charts.get(block.chart.name), lang, chartFiles);
  }
}

/** A text with its marks: strong runs bold, emphasised italic, code in a fixed font. */
function runs(value: Text, options: IRunOptions = {}): TextRun[] {
  if (typeof value === 'string') return lines(value, options);
  return value.flatMap((run) => {
    if (typeof run === 'string') return lines(run, options);
    if ('strong' in run) return lines(run.strong, { ...options, bold: true });
    if ('em' in run) return lines(run.em, { ...options, italics: true });
    return lines(run.code, { ...options, font: 'Liberation Mono' });
  });
}

/** A text with line breaks as runs separated by breaks. */
function lines(value: string, options: IRunOptions = {}): TextRun[] {
  return value.split('\n').map((line, i) => text(line, { ...options, break: i > 0 ? 1 : undefined }));
}

function wordTable(table: Table, lang: Lang): WordTable {
  const { widths, size } = tableLayout(table, lang);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.headers.map((h, i) => cell(h, widths[i]!, { size, bold: true, fill: HEADER_FILL })),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((c, i) =>
          cell(pageCellText(c, lang), widths[i]!, { size, bold: row.emphasis || c.low === true, fill: c.low ? LOW_FILL : undefined, right: typeof c.value === 'number' }),
        ),
      }),
  );
  return new WordTable({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [header, ...rows],
  });
}

/** The page width shared out by the columns' content (column-widths.ts), in twips, and the font size that fits it. */
function tableLayout(table: Table, lang: Lang): { widths: number[]; size: number } {
  // an em at the table's size, in twips; Arial's widths (column-widths.ts) hold Times New Roman's bold capitals too
  const emTwips = SIZE.table * 10;
  const { shares, scale } = columnLayout(columnTexts(table, lang), CONTENT_WIDTH / emTwips, (2 * CELL_MARGIN) / emTwips);
  const widths = shares.map((share) => Math.floor(CONTENT_WIDTH * share));
  widths[widths.length - 1]! += CONTENT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return { widths, size: Math.max(LEAST_TABLE_SIZE, Math.floor(SIZE.table * scale)) };
}

function cell(value: string, width: number, style: { size: number; bold: boolean; fill?: string; right?: boolean }): WordCell {
  return new WordCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    verticalAlign: VerticalAlign.TOP,
    shading: style.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: style.fill } : undefined,
    children: value.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: style.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { after: 0 },
          children: [text(line, { bold: style.bold, size: style.size })],
        }),
    ),
  });
}

function chartChildren(chart: Chart, image: ChartImage | undefined, lang: Lang, chartFiles: boolean): Paragraph[] {
  const t = messagesOf(lang);
  const caption = (line: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [text(line, { italics: true, size: SIZE.small })] });
  if (!image) return [caption(`${chart.title}. ${chartFiles ? t.report.chartOmitted(`charts/${chart.name}.svg`) : t.report.chartOmittedHtml}`)];
  const scale = Math.min(1, CONTENT_PX / image.width);
  const picture = new ImageRun({
    type: 'svg',
    data: Buffer.from(image.svg),
    fallback: { type: 'png', data: image.png },
    transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
    altText: { name: chart.name, title: chart.title, description: chart.title },
  });
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 0 }, children: [picture] }), caption(chart.title)];
}

function executor(document: Document): Paragraph[] {
  return (document.requisites?.executor ?? []).map((line, i) => new Paragraph({ spacing: { before: i === 0 ? 720 : 0, after: 0 }, children: [text(line, { size: SIZE.small })] }));
}
