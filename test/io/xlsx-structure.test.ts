/**
 * Valid workbooks as other tools write them, each built part by part: parts in any order of the
 * zip, stored or deflated, rows and cells without r=, absolute targets, sheets named anything, tab
 * order, rich and inline text, formulas, number formats, the 1904 date system.
 */
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { xlsxReader } from '../../src/io/readers/xlsx.js';
import type { ReadOptions } from '../../src/io/readers/types.js';
import { openSource } from '../../src/io/source.js';
import { collect, removeTempDirs, writeTemp } from './helpers.js';
import { workbookParts, zip, type WorkbookSpec, type ZipEntry } from './xlsx-parts.js';

afterAll(removeTempDirs);

async function read(entries: ZipEntry[], options: ReadOptions = {}) {
  const path = await writeTemp('book.xlsx', zip(entries).bytes);
  return collect(xlsxReader, await openSource(path), options);
}

const readBook = (spec: WorkbookSpec, options: ReadOptions = {}) => read(workbookParts(spec), options);

/** Two sheets: text from the shared strings and numbers. */
const RESULTS: WorkbookSpec = {
  sheets: [
    { name: '2021', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>8</v></c></row>' },
    { name: '2022', rows: '<row r="3"><c r="B3" t="s"><v>2</v></c></row>' },
  ],
  sharedStrings: ['<t>Код ОО</t>', '<t>«2»</t>', '<t>007</t>'],
};
const RESULTS_ROWS = [
  { name: '2021', rows: [{ cells: ['Код ОО', '«2»'], rowNumber: 1 }, { cells: ['007', 8], rowNumber: 2 }], ended: true },
  { name: '2022', rows: [{ cells: [null, '007'], rowNumber: 3 }], ended: true },
];

describe('xlsxReader: where the parts are', () => {
  it('reads the parts in any zip order: the sheets first, shared strings next, workbook.xml last', async () => {
    const parts = workbookParts(RESULTS);
    const order = ['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels', '_rels/.rels', 'xl/workbook.xml'];
    const reordered = order.map((name) => parts.find((p) => p.name === name)!);
    expect(await read(reordered)).toEqual(RESULTS_ROWS);
  });

  it('reads shared strings before the sheet with workbook.xml last', async () => {
    const parts = workbookParts(RESULTS);
    const workbook = parts.find((p) => p.name === 'xl/workbook.xml')!;
    const strings = parts.find((p) => p.name === 'xl/sharedStrings.xml')!;
    expect(await read([strings, ...parts.filter((p) => p !== workbook && p !== strings), workbook])).toEqual(RESULTS_ROWS);
  });

  it('reads stored (uncompressed) parts', async () => {
    expect(await read(workbookParts(RESULTS).map((p) => ({ ...p, store: true })))).toEqual(RESULTS_ROWS);
  });

  it('follows absolute relationship targets to sheet parts named anything', async () => {
    const spec: WorkbookSpec = {
      ...RESULTS,
      absoluteTargets: true,
      sheets: RESULTS.sheets.map((sheet, i) => ({ ...sheet, part: `xl/worksheets/данные ${i + 1}.xml` })),
    };
    expect(await readBook(spec)).toEqual(RESULTS_ROWS);
  });

  it('reads the sheets in tab order (workbook.xml), not in the order of the zip', async () => {
    const spec: WorkbookSpec = { ...RESULTS, sheets: [{ ...RESULTS.sheets[1], part: 'xl/worksheets/sheet9.xml' }, { ...RESULTS.sheets[0], part: 'xl/worksheets/sheet1.xml' }] };
    const sheets = await readBook(spec);
    expect(sheets.map((s) => s.name)).toEqual(['2022', '2021']);
  });

  it('leaves out a sheet without a worksheet part (a chart sheet)', async () => {
    const parts = workbookParts(RESULTS).map((p) =>
      p.name === 'xl/_rels/workbook.xml.rels' ? { ...p, data: String(p.data).replace('relationships/worksheet" Target="worksheets/sheet2.xml"', 'relationships/chartsheet" Target="chartsheets/sheet1.xml"') } : p,
    );
    expect((await read(parts)).map((s) => s.name)).toEqual(['2021']);
  });

  it('--sheet reads that sheet only, its name matched without case and outer spaces', async () => {
    expect(await readBook(RESULTS, { sheet: ' 2022 ' })).toEqual([RESULTS_ROWS[1]]);
  });

  it('reads a workbook from standard input', async () => {
    const bytes = zip(workbookParts(RESULTS)).bytes;
    const source = await openSource('-', Readable.from([bytes.subarray(0, 100), bytes.subarray(100)]));
    expect(await collect(xlsxReader, source)).toEqual(RESULTS_ROWS);
  });
});

describe('xlsxReader: rows and cells', () => {
  it('counts rows and cells without r= by their position', async () => {
    const rows = '<row><c t="s"><v>0</v></c><c><v>5</v></c></row><row r="4"><c r="B4"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row><row/>';
    expect((await readBook({ sheets: [{ name: 'Лист1', rows }], sharedStrings: ['<t>а</t>'] }))[0].rows).toEqual([
      { cells: ['а', 5], rowNumber: 1 },
      { cells: [null, 1, 2], rowNumber: 4 }, // B4, then C4 by position
      { cells: [3], rowNumber: 5 },
      { cells: [], rowNumber: 6 },
    ]);
  });

  it('keeps a row as long as its last stored cell, a styled empty one too (a merged area: the value in its first cell)', async () => {
    const rows = '<row r="1"><c r="A1" t="s" s="1"><v>0</v></c><c r="B1" s="1"/><c r="C1" s="1"/></row><row r="2"><c r="C2"><v>7</v></c></row>';
    expect((await readBook({ sheets: [{ name: 'Лист1', rows }], sharedStrings: ['<t>Результаты ВПР</t>'] }))[0].rows).toEqual([
      { cells: ['Результаты ВПР', null, null], rowNumber: 1 },
      { cells: [null, null, 7], rowNumber: 2 },
    ]);
  });

  it('joins every run of rich text, in shared strings and inline strings, leaving out phonetic guides', async () => {
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
      '<c r="C1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Гимназия </t></r><r><t>№ 2</t></r></is></c>' +
      '<c r="D1" t="inlineStr"><is><t>Лицей</t></is></c><c r="E1" t="inlineStr"><is><t></t></is></c></row>';
    const sharedStrings = ['<r><rPr><b/></rPr><t xml:space="preserve">Школа </t></r><r><t>№1</t></r>', '<t>Код</t><rPh sb="0" eb="1"><t>コード</t></rPh>'];
    expect((await readBook({ sheets: [{ name: 'Лист1', rows }], sharedStrings }))[0].rows).toEqual([
      { cells: ['Школа №1', 'Код', 'Гимназия № 2', 'Лицей', null], rowNumber: 1 },
    ]);
  });

  it('decodes entities, character references and CDATA; CR LF becomes LF', async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>ООО &quot;Рога&quot; &amp; &#1050;&#x43E;</t></is></c><c r="B1" t="inlineStr"><is><t><![CDATA[<b>&]]></t></is></c><c r="C1" t="inlineStr"><is><t>а\r\nб</t></is></c></row>';
    expect((await readBook({ sheets: [{ name: 'Лист1', rows }] }))[0].rows[0].cells).toEqual(['ООО "Рога" & Ко', '<b>&', 'а\nб']);
  });

  it('gives a formula its cached result (shared formulas too), a text result, booleans; errors and a formula without a result are null', async () => {
    const rows =
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*0</f><v>0</v></c><c r="C1" t="str"><f>"ит"&amp;"ого"</f><v>итого</v></c>' +
      '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><f>1&gt;2</f><v>0</v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1" t="e"><v>#N/A</v></c><c r="H1"><f>A1</f></c></row>' +
      '<row r="2"><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>';
    expect((await readBook({ sheets: [{ name: 'Лист1', rows }] }))[0].rows).toEqual([
      { cells: [2, 0, 'итого', true, false, null, null, null], rowNumber: 1 },
      { cells: [null, 4], rowNumber: 2 },
    ]);
  });

  const STYLES =
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd.mm.yyyy"/><numFmt numFmtId="166" formatCode="0&quot; баллов&quot;"/></numFmts>' +
    '<cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs>' +
    '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="9"/><xf numFmtId="14"/><xf numFmtId="166"/></cellXfs>';

  it('shows numbers as their format does: percentages ×100, date serials as dates (custom and built-in formats)', async () => {
    const rows = '<row r="1"><c r="A1" s="1"><v>0.857</v></c><c r="B1" s="2"><v>44301</v></c><c r="C1" s="3"><v>0.5</v></c><c r="D1" s="4"><v>44302</v></c><c r="E1" s="5"><v>12</v></c><c r="F1" s="0"><v>0.25</v></c><c r="G1"><v>1e3</v></c></row>';
    // 44301 days after 1899-12-30 is 2021-04-15 (25569 is 1970-01-01: 44301 − 25569 = 18732 days of the Unix epoch)
    expect((await readBook({ sheets: [{ name: 'Лист1', rows }], styles: STYLES }))[0].rows[0].cells).toEqual([
      85.7, new Date(Date.UTC(2021, 3, 15)), 50, new Date(Date.UTC(2021, 3, 16)), 12, 0.25, 1000,
    ]);
  });

  it('counts date serials from 1904 when the workbook says date1904', async () => {
    // 42839 + 1462 (the days from 1900 to 1904 in Excel's count) = 44301 → 2021-04-15
    const rows = '<row r="1"><c r="A1" s="2"><v>42839</v></c></row>';
    expect((await readBook({ sheets: [{ name: 'Лист1', rows }], styles: STYLES, date1904: true }))[0].rows[0].cells).toEqual([new Date(Date.UTC(2021, 3, 15))]);
  });

  it('reads elements with a namespace prefix (x:row, x:c)', async () => {
    const parts = workbookParts({ sheets: [{ name: 'Лист1', rows: '' }] }).map((p) =>
      p.name === 'xl/worksheets/sheet1.xml'
        ? { ...p, data: '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>да</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>' }
        : p,
    );
    expect((await read(parts))[0].rows).toEqual([{ cells: [null, 'да'], rowNumber: 2 }]);
  });
});
