/**
 * shnor objectivity -o x.docx with Chromium through the built CLI, on the small per-pupil export of
 * test/app/pupil-export.ts (three schools, so every school gets its histogram): the journal chart and
 * three histograms embedded as SVG with a PNG each, the PNG drawn at twice the SVG's width; the
 * document opened by LibreOffice shows them (pdfimages counts the pictures). Without Chromium:
 * test/e2e/objectivity.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { media, openDocx, type Docx } from '../report/docx-read.js';
import { runCli, tempDir, writeIn } from '../e2e/run-cli.js';
import { PUPIL_EXPORT, PUPIL_EXPORT_NAME } from '../app/pupil-export.js';
import { tool } from './tools.js';

describe('shnor objectivity -o x.docx with Chromium', () => {
  let dir: string;
  let docx: Docx;
  beforeAll(async () => {
    dir = await tempDir('shnor-objectivity-docx-');
    await writeIn(dir, PUPIL_EXPORT_NAME, PUPIL_EXPORT);
    const result = await runCli(['objectivity', PUPIL_EXPORT_NAME, '-o', 'o.docx'], { cwd: dir, timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('Chromium');
    docx = await openDocx(readFileSync(join(dir, 'o.docx')));
  }, 180_000);

  it('embeds four charts — the journal bars and a histogram per school — as SVG with a PNG twice as wide', async () => {
    const svgs = await Promise.all(media(docx, 'svg').map((f) => f.async('string')));
    const pngs = await Promise.all(media(docx, 'png').map((f) => f.async('nodebuffer')));
    expect(svgs).toHaveLength(4);
    expect(pngs).toHaveLength(4);
    expect(svgs.filter((svg) => svg.includes('«3»') && svg.includes('Первичный балл'))).toHaveLength(3);
    const widths = svgs.map((svg) => Number(/width="(\d+)"/.exec(svg)![1])).sort((a, b) => a - b);
    expect(pngs.map((png) => png.readUInt32BE(16) / 2).sort((a, b) => a - b)).toEqual(widths);
  });

  it('LibreOffice opens it and shows the four pictures', async () => {
    await tool('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), join(dir, 'o.docx')]);
    expect(readdirSync(join(dir, 'lo'))).toEqual(['o.pdf']);
    const images = (await tool('pdfimages', ['-list', join(dir, 'lo', 'o.pdf')])).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(4);
  }, 180_000);
});
