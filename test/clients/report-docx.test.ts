/**
 * shnor report --docx --pdf through the built CLI on the demo district: report.docx read back
 * (the sections of report.md as Heading 1, its tables, the requisites set in the config and blanks
 * for the rest, an SVG + PNG per chart), two runs byte for byte, report.docx converted to PDF by
 * LibreOffice and report.pdf (Chromium) read with pdftotext (--pdf without Chromium: test/e2e/report-docx.test.ts).
 *
 * Never skipped: without LibreOffice or poppler-utils the tests fail saying how to install them
 * (`apt-get install -y libreoffice-writer-nogui poppler-utils`; .ci/run does it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { media, openDocx, paragraphs, tables, textsOf, type Docx } from '../report/docx-read.js';
import { cliEnv, runCli, tempDir, writeIn, type CliResult } from '../e2e/run-cli.js';
import { tool } from './tools.js';


const DEMO = [
  'fixtures/demo/district.xlsx',
  '--profile', 'fixtures/demo/schools-profile.xlsx',
  '--reference', 'fixtures/demo/region-reference.csv',
  '--year', '2025',
];

/** Part of the requisites: the rest must come out blank. */
const CONFIG = {
  report: {
    requisites: {
      organisation: 'Управление образования администрации МО Демидовский район',
      approver: { position: 'Начальник управления образования', name: 'И. И. Иванова' },
      number: '01-12/345',
    },
  },
};

/** Names from fixtures/demo (EXPECTED.md). */
const DM03 = 'МБОУ СОШ № 3 им. А. С. Пушкина г. Демидов';
const DM05 = 'МБОУ СОШ № 5 г. Демидов';
const BLANK = '______________________________';
const DATE_BLANK = '«___» ______________ 20___ г.';


/** The text of a PDF with all whitespace runs as one space (a table cell may wrap). */
async function pdfText(path: string, pages: string[] = []): Promise<string> {
  return (await tool('pdftotext', [...pages, path, '-'])).replace(/\s+/g, ' ');
}

/** The ## headings of report.md: the sections of the document, whatever they are. */
function sectionsOf(dir: string): string[] {
  return readFileSync(join(dir, 'report.md'), 'utf8').split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
}

/** The number of Markdown tables in report.md (runs of lines starting with «|»). */
function markdownTables(dir: string): number {
  return readFileSync(join(dir, 'report.md'), 'utf8').split('\n').filter((line, i, all) => line.startsWith('|') && !all[i - 1]?.startsWith('|')).length;
}

const svgCharts = (dir: string) => readdirSync(join(dir, 'charts')).filter((f) => f.endsWith('.svg')).sort();

describe('shnor report --docx --pdf', () => {
  let dir: string;
  let withConfig: CliResult;
  let again: CliResult;
  let plain: CliResult;
  let docx: Docx;

  beforeAll(async () => {
    dir = await tempDir('shnor-report-docx-');
    const config = await writeIn(dir, 'shnor.config.json', JSON.stringify(CONFIG));
    const report = (out: string, extra: string[] = [], env = cliEnv()) =>
      runCli(['--config', config, 'report', ...DEMO, '--docx', '--pdf', '-o', join(dir, out), ...extra], { timeoutMs: 120_000, env });
    [withConfig, again, plain] = await Promise.all([
      report('a'),
      report('b'),
      runCli(['report', ...DEMO, '--docx', '-o', join(dir, 'plain')], { timeoutMs: 120_000 }),
    ]);
    for (const result of [withConfig, again, plain]) expect(result.code, result.stderr).toBe(0);
    docx = await openDocx(readFileSync(join(dir, 'a', 'report.docx')));
  }, 180_000);

  it('writes report.docx and report.pdf next to the other files, and says nothing about Chromium', () => {
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['charts', 'report.docx', 'report.html', 'report.md', 'report.pdf', 'report.xlsx']);
    expect(withConfig.stderr).not.toContain('Chromium');
  });

  it('report.docx: the sections of report.md, in order, as Heading 1; a table for each table of report.md', () => {
    const sections = sectionsOf(join(dir, 'a'));
    expect(sections).toContain('2. Список ШНОР');
    expect(textsOf(docx.xml, 'Heading1')).toEqual(sections);
    // DM-03: ВПР Математика 6 кл. 35,19% and ОГЭ Математика 34% are low (≥ 30%); its other six procedures are not
    expect(textsOf(docx.xml, 'Heading2')).toContain(`Школа DM-03 ${DM03}: процедуры с риском — 2 из 8`);
    expect(tables(docx.xml)).toHaveLength(markdownTables(join(dir, 'a')));
  });

  it('report.docx: the list table holds the flagged schools by code and name, under a repeated header row', () => {
    const list = tables(docx.xml).find((t) => t[0]!.cells[1] === 'Наименование ОО' && t[0]!.cells[2] === 'Критерии')!;
    expect(list[0]!.header).toBe(true);
    expect(list.slice(1).map((r) => r.cells[0])).toEqual(['DM-03', 'DM-05', 'DM-07', 'DM-09', 'DM-11', 'DM-12', 'DM-14', 'DM-27']);
    expect(list[1]!.cells[1]).toBe(DM03);
    expect(list[2]!.cells.slice(1, 3)).toEqual([DM05, 'B']);
  });

  it('report.docx: УТВЕРЖДАЮ with the configured position and name, the number; blanks for the date and the executor', () => {
    const texts = paragraphs(docx.xml).map((p) => p.text);
    expect(texts.slice(0, 5)).toEqual([
      'УТВЕРЖДАЮ',
      'Начальник управления образования',
      '_____________ И. И. Иванова',
      DATE_BLANK,
      'Управление образования администрации МО Демидовский район',
    ]);
    expect(texts).toContain(`${DATE_BLANK} № 01-12/345`);
    expect(texts.slice(-3)).toEqual([`Исполнитель: ${BLANK}`, BLANK, `тел. ${BLANK}, e-mail: ${BLANK}`]);
  });

  it('report.html and report.md carry the same requisites: approval before the title, executor at the end', () => {
    const html = readFileSync(join(dir, 'a', 'report.html'), 'utf8');
    expect(html).toContain(`<p class="approval">УТВЕРЖДАЮ<br>Начальник управления образования<br>_____________ И. И. Иванова<br>${DATE_BLANK}</p>`);
    expect(html.indexOf('class="approval"')).toBeLessThan(html.indexOf('<h1>'));
    expect(html).toContain(`<p class="registration">${DATE_BLANK} № 01-12/345<br>${BLANK}</p>`);
    expect(html).toMatch(new RegExp(`<footer class="executor"><p>Исполнитель: ${BLANK}<br>`));
    const md = readFileSync(join(dir, 'a', 'report.md'), 'utf8');
    const escaped = (text: string) => text.replace(/_/g, '\\_');
    expect(md.startsWith(`УТВЕРЖДАЮ\\\nНачальник управления образования\\\n${escaped('_____________')} И. И. Иванова\\\n${escaped(DATE_BLANK)}\n`)).toBe(true);
    expect(md.trimEnd().endsWith(`тел. ${escaped(BLANK)}, e-mail: ${escaped(BLANK)}`)).toBe(true);
  });

  it('report.docx without report.requisites: blanks where the approver and number go, no name', async () => {
    const bare = await openDocx(readFileSync(join(dir, 'plain', 'report.docx')));
    const texts = paragraphs(bare.xml).map((p) => p.text);
    expect(texts.slice(0, 5)).toEqual(['УТВЕРЖДАЮ', BLANK, '_____________ _______________', DATE_BLANK, BLANK]);
    expect(texts).toContain(`${DATE_BLANK} № __________`);
    expect(bare.xml).not.toContain('Иванова');
  });

  it('report.docx: no date of writing anywhere — only the blank, and core properties of 2000-01-01', async () => {
    const today = new Date();
    const ru = `${String(today.getDate()).padStart(2, '0')}.${String(today.getMonth() + 1).padStart(2, '0')}.${today.getFullYear()}`;
    expect(docx.xml).not.toContain(ru);
    expect(docx.xml).not.toContain(today.toISOString().slice(0, 10));
    const core = await docx.zip.file('docProps/core.xml')!.async('string');
    expect(core.match(/\d{4}-\d{2}-\d{2}T[\d:]+Z/g)).toEqual(['2000-01-01T00:00:00Z', '2000-01-01T00:00:00Z']);
  });

  it('report.docx: each chart of charts/ embedded as its SVG with a PNG fallback twice its size', async () => {
    const charts = svgCharts(join(dir, 'a'));
    expect(charts.length).toBeGreaterThan(0);
    const embedded = await Promise.all(media(docx, 'svg').map((f) => f.async('string')));
    expect(embedded.sort()).toEqual(charts.map((f) => readFileSync(join(dir, 'a', 'charts', f), 'utf8')).sort());
    const pngs = await Promise.all(media(docx, 'png').map((f) => f.async('nodebuffer')));
    expect(pngs).toHaveLength(charts.length);
    const svgWidths = embedded.map((svg) => Number(/width="(\d+)"/.exec(svg)![1])).sort((a, b) => a - b);
    // PNG: signature, then IHDR with the width at byte 16
    for (const png of pngs) expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngs.map((png) => png.readUInt32BE(16) / 2).sort((a, b) => a - b)).toEqual(svgWidths);
  });

  it('is deterministic: a second run writes the same report.docx and report.pdf, byte for byte', () => {
    for (const file of ['report.docx', 'report.pdf']) {
      expect(readFileSync(join(dir, 'a', file)).equals(readFileSync(join(dir, 'b', file))), file).toBe(true);
    }
  });

  it('LibreOffice turns report.docx into a PDF with the headings, the schools, the requisites and the charts', async () => {
    const out = join(dir, 'lo');
    await tool('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(dir, 'a', 'report.docx')]);
    const pdf = join(out, 'report.pdf');
    expect(existsSync(pdf), 'soffice wrote no report.pdf').toBe(true);
    const text = await pdfText(pdf);
    for (const section of sectionsOf(join(dir, 'a'))) expect(text).toContain(section);
    for (const expected of ['УТВЕРЖДАЮ', 'И. И. Иванова', '№ 01-12/345', DM05, 'Исполнитель']) expect(text).toContain(expected);
    // the table of contents on page 1: the section titles, each with its dot leader
    const first = (await pdfText(pdf, ['-l', '1'])).replace(/\.{4,} ?/g, ' ');
    expect(first).toContain(`Содержание ${sectionsOf(join(dir, 'a')).join(' ')}`);
    const images = (await tool('pdfimages', ['-list', pdf])).split('\n').filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line));
    expect(images.length).toBeGreaterThanOrEqual(svgCharts(join(dir, 'a')).length);
  }, 180_000);

  it('report.pdf (Chromium): A4 pages numbered at the foot, with the headings, the schools and the requisites', async () => {
    const pdf = join(dir, 'a', 'report.pdf');
    const text = await pdfText(pdf);
    for (const section of sectionsOf(join(dir, 'a'))) expect(text).toContain(section);
    for (const expected of ['УТВЕРЖДАЮ', 'Начальник управления образования', 'И. И. Иванова', DM05, `Исполнитель: ${BLANK}`]) expect(text).toContain(expected);
    const info = await tool('pdfinfo', [pdf]);
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(2);
    // as laid out: without -layout a table's header cells at the page's foot may come after the number
    expect((await pdfText(pdf, ['-layout', '-f', '2', '-l', '2'])).trim().endsWith(' 2')).toBe(true);
  });
});

