import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesDocument } from '../src/report/rules/document.js';
import { documentMarkdown } from '../src/report/to/md.js';
import { defaultScales } from '../src/rules/indicators/registry.js';

describe('docs/rules.md', () => {
  it('holds the indicator registry exactly as `shnor rules --format md` prints it (run `npm run docs` after a change)', () => {
    const doc = readFileSync('docs/rules.md', 'utf8');
    const block = doc.split('<!-- indicators:start -->\n')[1]?.split('<!-- indicators:end -->')[0];
    expect(block).toBe([...documentMarkdown(rulesDocument({ scales: defaultScales() }, 'ru'), 'ru')].join(''));
  });

  it('records every ruling of RULINGS.md', () => {
    const doc = readFileSync('docs/rules.md', 'utf8');
    for (let r = 1; r <= 11; r++) expect(doc).toMatch(new RegExp(`\\bR${r}\\b`));
  });
});
