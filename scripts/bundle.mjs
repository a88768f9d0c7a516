#!/usr/bin/env node
/**
 * Bundles the CLI for bin/shnor.js: dist/bundle/shnor.js and the protocol part worker, with the
 * chunks they share. Loading some 280 ES modules one by one (ours and zod's) costs Node about
 * 0.2 s at every start; one file of them costs a fraction. The small libraries every command
 * loads are inside too, the CommonJS ones (commander, cli-table3, papaparse) included: Node loads
 * a CommonJS package into an ES module through a second loader and a lexer of its source, which
 * cost a command some 60 ms of its start. The heavy libraries (exceljs, vega, docx, playwright)
 * stay outside, loaded from node_modules only by the command that needs them.
 * The tests import the modules tsc writes to dist/; the e2e tests run this bundle through bin/.
 */
import { readFileSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Small libraries every command loads (yauzl: every XLSX read): inside the bundle. */
const BUNDLED = new Set(['zod', 'chalk', 'papaparse', 'commander', 'cli-table3', 'yauzl']);

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = resolve(root, 'dist/bundle');
const { dependencies } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

/**
 * data/*.json stay files, imported by the bundle as JSON modules: Node reads them with JSON.parse,
 * far faster than it compiles the same 400 KB as JavaScript object literals.
 */
const dataOutside = {
  name: 'data-outside',
  setup(context) {
    context.onResolve({ filter: /[\\/]data[\\/].*\.json$/ }, (args) => ({
      path: `./${relative(outdir, resolve(args.resolveDir, args.path)).split('\\').join('/')}`,
      external: true,
    }));
  },
};

// chunk names change with their content: old ones would pile up
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { shnor: 'src/cli/main.ts', 'part-worker': 'src/io/tasks/part-worker.ts' },
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
  plugins: [dataOutside],
  logLevel: 'warning',
});
