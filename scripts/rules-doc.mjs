#!/usr/bin/env node
/**
 * Writes the indicator registry — what the built `shnor rules --format md` prints with the default
 * scales — into docs/rules.md between the indicator markers, so the document never drifts from the
 * code. `npm run docs` builds first; test/docs.test.ts fails when the block is out of date.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const FILE = new URL('../docs/rules.md', import.meta.url);
const BIN = fileURLToPath(new URL('../bin/shnor.js', import.meta.url));
const START = '<!-- indicators:start -->';
const END = '<!-- indicators:end -->';

const doc = readFileSync(FILE, 'utf8');
// run away from any shnor.config.json of the working folder: the document shows the default scales
const block = execFileSync(process.execPath, [BIN, 'rules', '--format', 'md'], { cwd: tmpdir(), encoding: 'utf8' });
const [before, rest] = doc.split(START);
const after = rest ? rest.split(END)[1] : `\n`;
writeFileSync(FILE, `${before}${START}\n${block}${END}${after}`);
console.log('docs/rules.md: indicator registry written');
