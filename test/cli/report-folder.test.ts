import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, writeReportFolder } from '../../src/cli/report-folder.js';

function* failingAfter(pieces: number): Generator<string> {
  for (let i = 0; i < pieces; i++) yield `piece ${i}\n`;
  throw new Error('renderer failed');
}

function parent(): string {
  return mkdtempSync(join(tmpdir(), 'shnor-report-folder-'));
}

/** An earlier report: its files and one chart that the new report no longer draws. */
function earlierReport(dir: string): void {
  mkdirSync(join(dir, 'charts'), { recursive: true });
  writeFileSync(join(dir, 'report.md'), 'old md');
  writeFileSync(join(dir, 'report.html'), 'old html');
  writeFileSync(join(dir, 'charts', 'years-gone.svg'), '<svg/>');
}

describe('writeReportFolder', () => {
  it('a new folder: every file in it, nothing else beside it; the files as written, with their sizes in bytes', async () => {
    const root = parent();
    const dir = join(root, 'out');
    // «# Р\n»: «#», a space, «Р» (two bytes in UTF-8), a newline — 5 bytes; «<svg/>» 6
    const written = await writeReportFolder(dir, [['report.md', '# Р\n'], ['charts/a.svg', '<svg/>']]);
    expect(written).toEqual([{ name: 'report.md', bytes: 5 }, { name: 'charts/a.svg', bytes: 6 }]);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('# Р\n');
    expect(readdirSync(join(dir, 'charts'))).toEqual(['a.svg']);
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('an earlier report is replaced whole: a chart it no longer draws is gone', async () => {
    const root = parent();
    const dir = join(root, 'out');
    earlierReport(dir);
    await writeReportFolder(dir, [['report.md', 'new md'], ['charts/a.svg', '<svg/>']]);
    expect(readdirSync(dir).sort()).toEqual(['charts', 'report.md']);
    expect(readdirSync(join(dir, 'charts'))).toEqual(['a.svg']);
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('a failure partway (a renderer throwing in its third file) leaves the earlier report as it was, no temp folder', async () => {
    const root = parent();
    const dir = join(root, 'out');
    earlierReport(dir);
    await expect(writeReportFolder(dir, [['report.md', 'new md'], ['report.html', 'new html'], ['report.json', failingAfter(3)]])).rejects.toThrow('renderer failed');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('old md');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('old html');
    expect(existsSync(join(dir, 'charts', 'years-gone.svg'))).toBe(true);
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('a failure partway with no earlier folder leaves none', async () => {
    const root = parent();
    await expect(writeReportFolder(join(root, 'out'), [['report.md', failingAfter(1)]])).rejects.toThrow('renderer failed');
    expect(readdirSync(root)).toEqual([]);
  });

  it('a folder holding other files is refused before anything is written, naming the first of them', async () => {
    const root = parent();
    const dir = join(root, 'data');
    earlierReport(dir);
    writeFileSync(join(dir, 'results.csv'), 'school_id\n');
    await expect(writeReportFolder(dir, [['report.md', 'new']])).rejects.toMatchObject({ code: 'report-folder-foreign', params: { path: dir, entry: 'results.csv' } });
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('old md');
    // charts/ holding what is not a chart counts too
    const other = join(root, 'other');
    mkdirSync(join(other, 'charts'), { recursive: true });
    writeFileSync(join(other, 'charts', 'notes.txt'), '');
    await expect(writeReportFolder(other, [['report.md', 'new']])).rejects.toMatchObject({ code: 'report-folder-foreign', params: { entry: join('charts', 'notes.txt') } });
  });

  it('an empty folder, or one with only what a file manager leaves, is taken', async () => {
    const root = parent();
    const dir = join(root, 'out');
    mkdirSync(dir);
    writeFileSync(join(dir, '.DS_Store'), '');
    await writeReportFolder(dir, [['report.md', 'new']]);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('a file where the folder should be is refused', async () => {
    const root = parent();
    writeFileSync(join(root, 'out'), 'a file');
    await expect(writeReportFolder(join(root, 'out'), [['report.md', 'new']])).rejects.toMatchObject({ code: 'report-folder-not-folder' });
    expect(readFileSync(join(root, 'out'), 'utf8')).toBe('a file');
  });

  it('a name that would leave the folder is refused, and nothing is written', async () => {
    const root = parent();
    const dir = join(root, 'deep', 'out');
    await expect(writeReportFolder(dir, [['report.md', 'new'], ['charts/a/../../../victim.svg', '<svg/>']]))
      .rejects.toMatchObject({ code: 'outside-output-folder' });
    expect(readdirSync(join(root, 'deep'))).toEqual([]);
    expect(existsSync(join(root, 'victim.svg'))).toBe(false);
  });
});

describe('isInside', () => {
  it('the folder itself and what lies under it; not «..», a sibling, or a name that merely starts with «..»', () => {
    expect(isInside('/a/out', '/a/out')).toBe(true);
    expect(isInside('/a/out', '/a/out/charts/x.svg')).toBe(true);
    expect(isInside('/a/out', '/a/out/..x.svg')).toBe(true);
    expect(isInside('/a/out', '/a/victim')).toBe(false);
    expect(isInside('/a/out', '/a/out-2/x')).toBe(false);
    expect(isInside('/a/out', '/')).toBe(false);
  });
});
