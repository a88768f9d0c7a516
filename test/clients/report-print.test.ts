/**
 * The printed справка fits its pages: report.pdf (Chromium) and report.docx converted by
 * LibreOffice, on the demo district, read word by word with poppler's `pdftotext -bbox`. No word
 * crosses the margins of office documents — 3 cm left, 1.5 cm right of an A4 page 595.28 pt wide:
 * 85.04 pt and 595.28 − 42.52 = 552.76 pt — and no word of a table header is broken: no word on the
 * page is the beginning of a header word without being a word of report.md itself.
 * The body — the pages before «Приложение 1. Графики», which starts a page — is at most 15 pages
 * and the whole DOCX at most 40 (issue 20).
 * Never skipped: without LibreOffice or poppler-utils the tests fail saying how to install them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../e2e/run-cli.js';
import { tool } from './tools.js';


const DEMO = ['fixtures/demo/district.xlsx', '--profile', 'fixtures/demo/schools-profile.xlsx', '--reference', 'fixtures/demo/region-reference.csv'];
const LEFT = 85.04;
const RIGHT = 552.76;
/** Half a point for rounding of the renderers. */
const SLACK = 0.5;

interface Word {
  page: number;
  xMin: number;
  xMax: number;
  text: string;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescaped = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]!);

async function words(pdf: string): Promise<Word[]> {
  const html = await tool('pdftotext', ['-bbox', pdf, '-']);
  return html.split('<page ').slice(1).flatMap((page, i) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      page: i + 1, xMin: Number(m[1]), xMax: Number(m[2]), text: unescaped(m[3]!),
    })),
  );
}

/** A word without the punctuation after it. */
const bare = (word: string) => word.replace(/[-,.;:]+$/, '');

describe('the printed справка: every table within the margins, no header word broken', () => {
  let dir: string;
  let headerWords: string[];
  let reportWords: Set<string>;

  beforeAll(async () => {
    dir = await tempDir('shnor-report-print-');
    const result = await runCli(['report', ...DEMO, '--docx', '--pdf', '-o', dir], { timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(0);
    await tool('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), join(dir, 'report.docx')]);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    headerWords = [...html.matchAll(/<th>([^<]*)<\/th>/g)].flatMap((m) => unescaped(m[1]!).split(/\s+/).map(bare));
    reportWords = new Set(readFileSync(join(dir, 'report.md'), 'utf8').split(/\s+/).map(bare));
    expect(headerWords).toContain('Наименование');
  }, 240_000);

  for (const [name, file] of [['report.pdf (Chromium)', 'report.pdf'], ['report.docx in LibreOffice', 'lo/report.pdf']] as const) {
    it(`${name}: no word beyond the margins`, async () => {
      const outside = (await words(join(dir, file))).filter((w) => w.xMin < LEFT - SLACK || w.xMax > RIGHT + SLACK);
      expect(outside).toEqual([]);
    });

    it(`${name}: the body is at most 15 pages`, async () => {
      const all = await words(join(dir, file));
      // the heading's own words; the table of contents has «Графики» followed by its dot leader
      const appendix = all.find((w, i) => w.text === 'Графики' && all[i - 1]?.text === '1.' && all[i - 2]?.text === 'Приложение');
      expect(appendix).toBeDefined();
      expect(appendix!.page).toBeGreaterThan(1);
      expect(appendix!.page - 1).toBeLessThanOrEqual(15);
      if (file.startsWith('lo/')) expect(all.at(-1)!.page).toBeLessThanOrEqual(40);
    });

    it(`${name}: no table header word broken across lines`, async () => {
      const pieces = (await words(join(dir, file)))
        .map((w) => ({ ...w, text: bare(w.text) }))
        .filter((w) => w.text.length >= 2 && !reportWords.has(w.text) && headerWords.some((h) => h !== w.text && h.startsWith(w.text)));
      expect(pieces).toEqual([]);
    });
  }
});
