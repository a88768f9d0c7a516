/**
 * shnor report --docx --pdf without Chromium: every other file is written, report.docx carries a
 * note per chart instead of images. (With Chromium and LibreOffice: test/clients/report-docx.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { media, openDocx, paragraphs, textsOf } from '../report/docx-read.js';
import { cliEnv, runCli, tempDir, type CliResult } from './run-cli.js';

const DEMO = [
  'fixtures/demo/district.xlsx',
  '--profile', 'fixtures/demo/schools-profile.xlsx',
  '--reference', 'fixtures/demo/region-reference.csv',
  '--year', '2025',
];

/** The ## headings of report.md: the sections of the document, whatever they are. */
function sectionsOf(dir: string): string[] {
  return readFileSync(join(dir, 'report.md'), 'utf8').split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
}

const svgCharts = (dir: string) => readdirSync(join(dir, 'charts')).filter((f) => f.endsWith('.svg')).sort();

describe('shnor report --pdf --docx without Chromium (SHNOR_CHROMIUM=/nonexistent)', () => {
  let out: string;
  let result: CliResult;

  beforeAll(async () => {
    out = join(await tempDir('shnor-report-nochromium-'), 'r');
    result = await runCli(['report', ...DEMO, '--docx', '--pdf', '-o', out], { timeoutMs: 120_000, env: cliEnv({ SHNOR_CHROMIUM: '/nonexistent' }) });
  }, 180_000);

  it('exits 0 and says on stderr what is missing and how to install Chromium', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('SHNOR_CHROMIUM=/nonexistent');
    expect(result.stderr).toContain('apt-get install chromium');
    expect(result.stderr).toContain('report.pdf');
  });

  it('writes every other file — report.docx too — but no report.pdf', () => {
    expect(readdirSync(out).sort()).toEqual(['charts', 'report.docx', 'report.html', 'report.md', 'report.xlsx']);
    expect(svgCharts(out).length).toBeGreaterThan(0);
  });

  it('report.docx has no images, a note per chart naming its SVG file, and the sections', async () => {
    const docx = await openDocx(readFileSync(join(out, 'report.docx')));
    expect(media(docx, 'png')).toHaveLength(0);
    expect(media(docx, 'svg')).toHaveLength(0);
    const notes = paragraphs(docx.xml).filter((p) => p.text.includes('График не вставлен')).map((p) => /charts\/([^ ]+\.svg)/.exec(p.text)![1]);
    expect(notes.sort()).toEqual(svgCharts(out));
    expect(textsOf(docx.xml, 'Heading1')).toEqual(sectionsOf(out));
  });
});
