/**
 * report --docx and --pdf, the outputs that need a browser: Chromium draws each chart's SVG as
 * the PNG that Word and LibreOffice show, and prints report.html on A4 pages. Without Chromium
 * the command still succeeds (exit 0): report.docx without charts, no report.pdf, and a warning
 * saying how to install it — a missing browser never holds back the rest of the справка.
 */
import type { Browser } from 'playwright-core';
import type { ProgressStep } from '../app/env.js';
import { getLang, msg } from '../messages/index.js';
import type { ChartImage } from '../report/to/docx.js';
import type { Document } from '../report/document/model.js';
import { launchChromium } from './chromium.js';
import { colorWanted, errorLine } from './terminal.js';

export interface PrintFlags {
  docx?: boolean;
  pdf?: boolean;
}

const FOOTER = '<div style="width:100%;text-align:center;font:9pt \'Liberation Sans\',Arial,sans-serif"><span class="pageNumber"></span></div>';

/** report.docx and report.pdf as asked for, as [file name, bytes]; `html` gives report.html in pieces, joined only for the PDF. */
export async function printedFiles(
  document: Document, svgs: Map<string, string>, html: () => Iterable<string>, flags: PrintFlags, progress?: (step: ProgressStep) => void,
): Promise<[string, Buffer][]> {
  if (!flags.docx && !flags.pdf) return [];
  // the browser starts within the first step
  progress?.(flags.docx ? 'docx' : 'pdf');
  const launched = await launchChromium(process.env);
  const browser = 'browser' in launched ? launched.browser : null;
  if ('reason' in launched) warnNoChromium(launched.reason, flags);
  try {
    const files: [string, Buffer][] = [];
    if (flags.docx) {
      // loaded only when asked for, as vega and exceljs are
      const { documentDocx } = await import('../report/to/docx.js');
      files.push(['report.docx', await documentDocx(document, browser ? await rasterise(browser, svgs) : new Map(), getLang())]);
    }
    if (flags.pdf && browser) {
      if (flags.docx) progress?.('pdf');
      files.push(['report.pdf', await printPdf(browser, [...html()].join(''))]);
    }
    return files;
  } finally {
    await browser?.close();
  }
}

function warnNoChromium(reason: string, flags: PrintFlags): void {
  const c = msg().report.chromium;
  const lost = [flags.pdf ? c.pdfLost : '', flags.docx ? c.chartsLost : ''].filter(Boolean).join('. ');
  process.stderr.write(errorLine(c.missing({ reason, lost }), colorWanted(process.stderr, process.env)));
}

/** Each SVG drawn at twice its size, for print; the size is kept in CSS pixels. */
export async function rasterise(browser: Browser, svgs: Map<string, string>): Promise<Map<string, ChartImage>> {
  const page = await browser.newPage({ deviceScaleFactor: 2 });
  const images = new Map<string, ChartImage>();
  for (const [name, svg] of svgs) {
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
    const element = (await page.$('svg'))!;
    const box = (await element.boundingBox())!;
    images.set(name, { svg, png: await element.screenshot({ type: 'png' }), width: Math.round(box.width), height: Math.round(box.height) });
  }
  await page.close();
  return images;
}

/** The page size and margins come from report.html's @page rule; page numbers at the foot. */
async function printPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER });
  await page.close();
  return fixedPdfDates(pdf);
}

/**
 * Chromium dates the PDF with the time of printing: a fixed date of the same length keeps the
 * byte offsets of the file valid and makes two runs give the same bytes.
 */
function fixedPdfDates(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1').replace(
    /\/(CreationDate|ModDate) \(D:\d{14}([^)]*)\)/g,
    (_, key: string, zone: string) => `/${key} (D:20000101000000${zone.replace(/\d/g, '0').replace('-', '+')})`,
  );
  return Buffer.from(text, 'latin1');
}
