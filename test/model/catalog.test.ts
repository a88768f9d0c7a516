import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, catalogSchema } from '../../src/model/catalog.js';
import { RISK_FACTORS } from '../../src/model/profile.js';
import { INDICATORS } from '../../src/rules/indicators/registry.js';

const catalog = catalogSchema.parse(JSON.parse(readFileSync('data/recommendations.json', 'utf8')));

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

});
