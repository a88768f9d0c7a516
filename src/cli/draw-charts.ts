/**
 * The charts of a command's HTML or DOCX output, drawn before it is rendered: SVG for the HTML
 * page, and for Word the same drawn as PNG by Chromium. Without Chromium the DOCX is still
 * written, without its charts, and a warning says so. Other formats draw nothing (Markdown, the
 * terminal and the workbooks carry the values in their tables).
 */
import type { Document } from '../report/document/model.js';
import { chartsOf } from '../report/document/model.js';
import type { DrawnCharts } from '../report/to/context.js';
import type { OutputFormat } from '../report/to/index.js';
import { msg } from '../messages/index.js';
import { launchChromium } from './chromium.js';
import { rasterise } from './print.js';
import { colorWanted, errorLine } from './terminal.js';

export async function drawCharts(document: Document, format: OutputFormat, file: string | undefined): Promise<DrawnCharts | undefined> {
  if (format !== 'html' && format !== 'docx') return undefined;
  const charts = chartsOf(document);
  if (charts.length === 0) return undefined;
  // loaded only when there is something to draw, as the report's charts are
  const { renderSvg } = await import('../report/charts.js');
  const svgs = new Map<string, string>();
  for (const chart of charts) svgs.set(chart.name, await renderSvg(chart));
  if (format === 'html') return { svgs, images: new Map() };
  const launched = await launchChromium(process.env);
  if ('reason' in launched) {
    process.stderr.write(errorLine(msg().report.chromium.chartsLostIn({ reason: launched.reason, file: file ?? 'DOCX' }), colorWanted(process.stderr, process.env)));
    return { svgs, images: new Map() };
  }
  try {
    return { svgs, images: await rasterise(launched.browser, svgs) };
  } finally {
    await launched.browser.close();
  }
}
