/** The recommendation catalogue's and the clusters' quotes, word for word in the seed documents beside the repository (../shared/seeds). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../src/model/catalog.js';
import { CLUSTER_TEXTS } from '../../src/rules/clusters.js';

const catalog = catalogSchema.parse(JSON.parse(readFileSync('data/recommendations.json', 'utf8')));
/** The registry's documents (data/sources.json) by their seed files: seed 000 … 004 (docs/rules.md). */
const SEED_FILES: Record<string, string> = {
  'rodniki-2021': '000_dcd11b01a86f4ed3.txt', 'bichura-2021': '001_01c7448a29cdc896.txt', 'yakovlevsky-2024': '002_7e34cbe585bf4463.txt',
  'slavyansk-2022': '003_c07e4a729ff2627e.txt', 'pirov-2022': '004_3c7095c5a8a1dadb.txt',
};
const SEEDS = '../shared/seeds';
const seedText = (document: string) => readFileSync(`${SEEDS}/${SEED_FILES[document]}`, 'utf8').replace(/\s+/g, ' ');

describe('data/recommendations.json against the seeds', () => {
  it('quotes its sources word for word; measures without a source are marked shnor’s own', () => {
    expect(existsSync(SEEDS), `the seed documents must stand beside the repository, in ${SEEDS}`).toBe(true);
    for (const entry of catalog.entries) {
      if (entry.own) {
        expect(entry.source.document, entry.id).toBe('shnor');
        continue;
      }
      expect(Object.keys(SEED_FILES), entry.id).toContain(entry.source.document);
      expect(seedText(entry.source.document), entry.id).toContain(entry.source.quote.replace(/\s+/g, ' '));
    }
  });
});

describe('data/clusters.json against the seeds', () => {
  it('quotes each cluster rule word for word in the document it names (its emphasis dropped, «…» between the parts)', () => {
    for (const text of CLUSTER_TEXTS.values()) {
      expect(Object.keys(SEED_FILES), text.id).toContain(text.source.document);
      const seed = seedText(text.source.document).replace(/\*/g, '');
      for (const part of text.source.quote.split(' … ')) expect(seed, text.id).toContain(part.replace(/\s+/g, ' '));
    }
  });
});
