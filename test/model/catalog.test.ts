import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, catalogSchema } from '../../src/model/catalog.js';
import { RISK_FACTORS } from '../../src/model/profile.js';
import { INDICATORS } from '../../src/rules/indicators/registry.js';

const catalog = catalogSchema.parse(JSON.parse(readFileSync('data/recommendations.json', 'utf8')));
// The seed documents stand beside the repository (../shared/seeds), in CI too.
const SEED_FILES: Record<string, string> = {
  'seed 000': '000_dcd11b01a86f4ed3.txt', 'seed 001': '001_01c7448a29cdc896.txt', 'seed 002': '002_7e34cbe585bf4463.txt',
  'seed 003': '003_c07e4a729ff2627e.txt', 'seed 004': '004_3c7095c5a8a1dadb.txt',
};
const SEEDS = '../shared/seeds';
const seedText = (document: string) => readFileSync(`${SEEDS}/${SEED_FILES[document]}`, 'utf8').replace(/\s+/g, ' ');

describe('data/recommendations.json', () => {
  it('is a valid catalogue that reaches every audience', () => {
    expect(new Set(catalog.entries.map((e) => e.audience))).toEqual(new Set(AUDIENCES));
  });

  it('has measures for every risk factor (R7), every scored indicator and every cluster', () => {
    const triggers = catalog.entries.map((e) => e.trigger);
    for (const factor of RISK_FACTORS) {
      expect(triggers.filter((t) => t.kind === 'risk' && t.factors.includes(factor)).length, factor).toBeGreaterThanOrEqual(2);
    }
    for (const def of INDICATORS.filter((d) => d.scale !== null)) {
      expect(triggers.some((t) => t.kind === 'indicator' && t.indicators.includes(def.id)), def.id).toBe(true);
    }
    for (const cluster of [1, 2, 3] as const) expect(triggers.some((t) => t.kind === 'cluster' && t.clusters.includes(cluster))).toBe(true);
  });

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
