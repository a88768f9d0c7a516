/**
 * The guard of the end-to-end tests: they run bin/shnor.js, which runs dist/bundle/shnor.js, so a
 * bundle older than any of its sources would test yesterday's code. Its sources are src/, the
 * package.json it inlines (name, version; the dependencies kept outside) and the script that
 * builds it; data/*.json are read at run time, not bundled.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BUNDLE = join('dist', 'bundle', 'shnor.js');
const SOURCES = ['src', 'package.json', join('scripts', 'bundle.mjs')];

/** Why the bundle under `root` cannot be tested (missing, or a source changed after it), or null. */
export function staleBundle(root: string): string | null {
  const built = mtimeOf(join(root, BUNDLE));
  if (built === null) return `${BUNDLE} is missing: run \`npm run build\` before the e2e tests`;
  const newer = SOURCES.flatMap((source) => files(join(root, source))).find((file) => (mtimeOf(file) ?? 0) > built);
  return newer === undefined ? null : `${BUNDLE} is older than ${relative(root, newer)}: run \`npm run build\` before the e2e tests`;
}

function mtimeOf(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function files(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => files(join(path, entry.name)));
}
