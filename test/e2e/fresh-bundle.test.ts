/** The e2e guard refuses a bundle that is missing or older than one of its sources. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLE, staleBundle } from './fresh-bundle.js';

let root: string;

/** Writes `path` under the temp root with its modification time `at` seconds after the epoch. */
function file(path: string, at: number): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, '');
  utimesSync(full, at, at);
}

function repository(bundleAt: number): void {
  root = mkdtempSync(join(tmpdir(), 'shnor-fresh-'));
  file('src/cli/main.ts', 100);
  file('src/io/tasks/parts.ts', 100);
  file('package.json', 100);
  file('scripts/bundle.mjs', 100);
  file('data/thresholds.json', 100);
  if (bundleAt > 0) file(BUNDLE, bundleAt);
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('staleBundle', () => {
  it('passes a bundle built after every source', () => {
    repository(200);
    expect(staleBundle(root)).toBeNull();
  });

  it('refuses a missing bundle', () => {
    repository(0);
    expect(staleBundle(root)).toContain(`${BUNDLE} is missing`);
  });

  it('refuses a bundle older than a source file deep in src/, naming it', () => {
    repository(200);
    file('src/io/tasks/parts.ts', 300);
    expect(staleBundle(root)).toContain(`older than ${join('src', 'io', 'tasks', 'parts.ts')}`);
  });

  it('refuses a bundle older than package.json or the bundling script', () => {
    repository(200);
    file('package.json', 300);
    expect(staleBundle(root)).toContain('older than package.json');
    file('package.json', 100);
    file('scripts/bundle.mjs', 300);
    expect(staleBundle(root)).toContain(`older than ${join('scripts', 'bundle.mjs')}`);
  });

  it('does not count data/: the bundle reads it at run time', () => {
    repository(200);
    file('data/thresholds.json', 300);
    expect(staleBundle(root)).toBeNull();
  });
});
