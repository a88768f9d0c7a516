#!/usr/bin/env node
/**
 * The build: esbuild bundles the CLI for bin/shnor.js into dist/bundle/ — shnor.js and the protocol
 * part worker, with the chunks they share. tsc only type-checks (`npm run typecheck`); nothing else
 * is written to dist/. Loading some 280 ES modules one by one (ours and zod's) costs Node about
 * 0.2 s at every start; one file of them costs a fraction. The small libraries every command
 * loads are inside too, the CommonJS ones (commander, cli-table3, papaparse) included: Node loads
 * a CommonJS package into an ES module through a second loader and a lexer of its source, which
 * cost a command some 60 ms of its start. The heavy libraries (exceljs, vega, docx, playwright)
 * stay outside, loaded from node_modules only by the command that needs them.
 * The e2e tests run this bundle through bin/ (test/e2e/fresh-bundle.ts refuses a stale one); a test
 * or script that needs some of shnor's modules as built JavaScript calls bundle() with its own entries.
 */
import { readFileSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Small libraries every command loads (yauzl: every XLSX read): inside the bundle. */
const BUNDLED = new Set(['zod', 'chalk', 'papaparse', 'commander', 'cli-table3', 'yauzl']);

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What bin/shnor.js runs. */
export const SHNOR_ENTRIES = { shnor: 'src/cli/main.ts', 'part-worker': 'src/io/tasks/part-worker.ts' };
export const SHNOR_BUNDLE = resolve(ROOT, 'dist/bundle');

/**
 * data/*.json stay files, imported by the bundle as JSON modules: Node reads them with JSON.parse,
 * far faster than it compiles the same 400 KB as JavaScript object literals.
 */
function dataOutside(outdir) {
  return {
    name: 'data-outside',
    setup(context) {
      context.onResolve({ filter: /[\\/]data[\\/].*\.json$/ }, (args) => ({
        path: `./${relative(outdir, resolve(args.resolveDir, args.path)).split('\\').join('/')}`,
        external: true,
      }));
    },
  };
}

/** Bundles `entryPoints` (name → source file under the repository) into `outdir`, emptied first. */
export async function bundle(entryPoints, outdir) {
  const { dependencies } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  // chunk names change with their content: old ones would pile up
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // kept on the JSON imports left outside: Node needs `with { type: 'json' }`
    supported: { 'import-attributes': true },
    external: Object.keys(dependencies).filter((name) => !BUNDLED.has(name)),
    // the CommonJS libraries inside call require() for Node's own modules, which ES modules lack
    banner: { js: "import { createRequire as __shnorRequire } from 'node:module'; const require = __shnorRequire(import.meta.url);" },
    plugins: [dataOutside(outdir)],
    logLevel: 'warning',
  });
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  // dist/ holds the bundle only (package.json "files"): what an older build left beside it goes
  rmSync(resolve(ROOT, 'dist'), { recursive: true, force: true });
  await bundle(SHNOR_ENTRIES, SHNOR_BUNDLE);
}
