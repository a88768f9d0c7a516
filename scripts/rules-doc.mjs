#!/usr/bin/env node
/**
 * Writes the indicator registry (what `shnor rules --format md` prints with the default scales)
 * into docs/rules.md between the indicator markers, so the document never drifts from the code.
 * `npm run docs` builds first; test/docs.test.ts fails when the block is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderText } from '../dist/report/rules/renderers.js';
import { defaultScales } from '../dist/rules/indicators/registry.js';

const FILE = new URL('../docs/rules.md', import.meta.url);
const START = '<!-- indicators:start -->';
const END = '<!-- indicators:end -->';

const doc = readFileSync(FILE, 'utf8');
const block = renderText({ scales: defaultScales() }, 'ru', true);
const [before, rest] = doc.split(START);
const after = rest ? rest.split(END)[1] : `\n`;
writeFileSync(FILE, `${before}${START}\n${block}${END}${after}`);
console.log('docs/rules.md: indicator registry written');
