#!/usr/bin/env node
/**
 * Bundles the CLI for bin/shnor.js: dist/bundle/shnor.js and the protocol part worker, with the
 * chunks they share. Loading some 280 ES modules one by one (ours and zod's) costs Node about
 * 0.2 s at every start; one file of them costs a fraction. The heavy or CommonJS libraries stay
 * outside and are loaded from node_modules, most of them only by the command that needs them.
 * The tests import the modules tsc writes to dist/; the e2e tests run this bundle through bin/.
 */
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

/** Small ES-module libraries every command loads: inside the bundle. */
const BUNDLED = new Set(['zod', 'chalk']);

const root = new URL('..', import.meta.url);
const { dependencies } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

// chunk names change with their content: old ones would pile up
rmSync(new URL('dist/bundle', root), { recursive: true, force: true });
await build({
  absWorkingDir: root.pathname,
  entryPoints: { shnor: 'src/cli/main.ts', 'part-worker': 'src/io/tasks/part-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(dependencies).filter((name) => !BUNDLED.has(name)),
  logLevel: 'warning',
});
