/**
 * report.html of `shnor report` opened in headless Chromium (playwright-core, Debian's chromium):
 * no console errors, no page errors, no failed or network requests (the page is self-contained),
 * every chart an inline SVG that is actually drawn, one figure per charts/*.svg, the nine sections.
 *
 * Never skipped: without Chromium the tests fail, saying how to install it
 * (`apt-get install -y chromium`, or SHNOR_CHROMIUM=/path/to/chrome). The browser is found and
 * started as `report --pdf` does it (src/cli/chromium.ts): one variable for the product and the tests.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../e2e/run-cli.js';
import { SECTIONS_RU } from '../e2e/sections.js';

import { launchChromium } from '../../src/cli/chromium.js';

const MISSING = (reason: string) =>
  `Chromium ${reason}: the report.html tests need it. Install it with \`apt-get install -y chromium\` (Debian), or point SHNOR_CHROMIUM at a Chrome/Chromium binary.`;


interface Figure {
  name: string | null;
  svgs: number;
  width: number;
  height: number;
}

describe('report.html in headless Chromium', () => {
  let out: string;
  let browser: Browser | undefined;
  let page: Page;
  let launchError: Error | undefined;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const dir = await tempDir('shnor-report-html-');
    out = join(dir, 'r');
    const result = await runCli(
      ['report', 'fixtures/demo/district.xlsx', '--profile', 'fixtures/demo/schools-profile.xlsx', '--reference', 'fixtures/demo/region-reference.csv', '--year', '2025', '-o', out],
      { timeoutMs: 90_000 },
    );
    expect(result.code, result.stderr).toBe(0);

    const launched = await launchChromium(process.env);
    if ('reason' in launched) {
      launchError = new Error(MISSING(launched.reason));
      return;
    }
    browser = launched.browser;
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(out, 'report.html')).href, { waitUntil: 'load', timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Fails the test, with the install hint, when Chromium could not be started. */
  function ready(): Page {
    if (launchError) throw launchError;
    return page;
  }

  it('Chromium is available (apt-get install -y chromium, or set SHNOR_CHROMIUM)', () => {
    if (launchError) throw launchError;
    expect(browser?.isConnected()).toBe(true);
  });

  it('loads without console errors, page errors or failed requests, and fetches nothing but itself', () => {
    ready();
    expect(errors).toEqual([]);
    const href = pathToFileURL(join(out, 'report.html')).href;
    expect(requests.filter((url) => url !== href)).toEqual([]);
  });

  it('has the nine section headings', async () => {
    const headings = await ready().$$eval('h2', (nodes) => nodes.map((n) => (n.textContent ?? '').trim()));
    expect(headings).toEqual(SECTIONS_RU);
  });

  it('every figure.chart holds a drawn <svg>; one figure per file in charts/', async () => {
    const figures: Figure[] = await ready().$$eval('figure.chart', (nodes) =>
      nodes.map((figure) => {
        const svg = figure.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        return { name: figure.getAttribute('data-chart'), svgs: figure.querySelectorAll(':scope > svg').length, width: box?.width ?? 0, height: box?.height ?? 0 };
      }),
    );
    const files = readdirSync(join(out, 'charts')).filter((f) => f.endsWith('.svg'));
    expect(files.length).toBeGreaterThan(0);
    expect(figures).toHaveLength(files.length);
    expect(figures.map((f) => `${f.name}.svg`).sort()).toEqual([...files].sort());
    for (const figure of figures) {
      expect(figure.svgs, `${figure.name}: no inline <svg>`).toBe(1);
      expect(figure.width, `${figure.name}: zero width`).toBeGreaterThan(0);
      expect(figure.height, `${figure.name}: zero height`).toBeGreaterThan(0);
    }
  });

  it('the charts have marks: bars or lines drawn inside each SVG', async () => {
    const marks = await ready().$$eval('figure.chart', (nodes) =>
      nodes.map((figure) => ({
        name: figure.getAttribute('data-chart'),
        marks: [...figure.querySelectorAll('svg path, svg rect, svg line')].filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 || box.height > 0;
        }).length,
      })),
    );
    for (const chart of marks) expect(chart.marks, `${chart.name}: nothing drawn`).toBeGreaterThan(0);
  });
});
