/** Every TypeScript file of src/, as its path from the repository root and its text: what the scans of the source read (call spreads, layers). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export function sourceFiles(dir = join(ROOT, 'src')): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [{ file: relative(ROOT, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }] : [];
  });
}
