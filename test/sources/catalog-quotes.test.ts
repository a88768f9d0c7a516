/** The recommendation catalogue's quotes, word for word in the seed documents beside the repository (../shared/seeds). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../src/model/catalog.js';

const catalog = catalogSchema.parse(JSON.parse(readFileSync('data/recommendations.json', 'utf8')));
const SEED_FILES: Record<string, string> = {
  'seed 000': '000_dcd11b01a86f4ed3.txt', 'seed 001': '001_01c7448a29cdc896.txt', 'seed 002': '002_7e34cbe585bf4463.txt',
  'seed 003': '003_c07e4a729ff2627e.txt', 'seed 004': '004_3c7095c5a8a1dadb.txt',
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
