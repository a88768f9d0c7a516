/**
 * shnor report through the built CLI on the demo district (fixtures/demo): the folder it writes —
 * report.md, report.html, report.xlsx and charts/*.svg, nothing else — and a folder holding an
 * input refused before anything is written. What the files hold: test/app/report.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, STACK_LINE, tempDir, writeIn } from './run-cli.js';

const DEMO = [
  'fixtures/demo/district.xlsx',
  '--profile', 'fixtures/demo/schools-profile.xlsx',
  '--reference', 'fixtures/demo/region-reference.csv',
  '--year', '2025',
];

/** Every file under a folder, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

describe('shnor report on the demo district', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    out = join(await tempDir('shnor-report-'), 'r1');
    result = await runCli(['report', ...DEMO, '-o', out], { timeoutMs: 90_000 });
  }, 120_000);

  it('exits 0 and writes report.md, report.html, report.xlsx and charts/*.svg', () => {
    expect(result.code, result.stderr).toBe(0);
    const files = filesUnder(out);
    expect(files).toEqual(expect.arrayContaining(['report.md', 'report.html', 'report.xlsx']));
    const charts = files.filter((f) => f.startsWith('charts/'));
    expect(charts.length).toBeGreaterThan(0);
    for (const f of charts) expect(f).toMatch(/^charts\/[^/]+\.svg$/);
    // nothing else
    expect(files).toHaveLength(3 + charts.length);
    for (const f of files) expect(statSync(join(out, f)).size, f).toBeGreaterThan(0);
  });

  describe('-o into a folder that holds an input named like an output (the profile as report.xlsx)', () => {
    let folder: string;
    let profile: string;
    let bytes: Buffer;
    let result: Awaited<ReturnType<typeof runCli>>;
    beforeAll(async () => {
      folder = await tempDir('shnor-report-clash-');
      bytes = readFileSync('fixtures/demo/schools-profile.xlsx');
      profile = await writeIn(folder, 'report.xlsx', bytes);
      result = await runCli(['report', 'fixtures/demo/district.xlsx', '--profile', profile, '-o', folder], { timeoutMs: 90_000 });
    }, 120_000);

    it('is refused: exit 2, a message naming report.xlsx, no stack; the input is intact', () => {
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('report.xlsx');
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(readFileSync(profile).equals(bytes)).toBe(true);
    });

    it('writes nothing when it refuses (no half report: report.md, report.html, charts/)', () => {
      expect(readdirSync(folder).sort()).toEqual(['report.xlsx']);
    });
  });
});
