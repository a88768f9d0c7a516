import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { defaultConfigText } from '../../src/config/default-file.js';
import { ShnorError } from '../../src/errors.js';
import { requisitesSchema } from '../../src/model/requisites.js';

function configIn(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shnor-config-'));
  writeFileSync(join(dir, 'shnor.config.json'), content);
  return dir;
}

describe('loadConfig', () => {
  it('gives the seed defaults without a file', () => {
    const config = loadConfig(undefined, mkdtempSync(join(tmpdir(), 'shnor-none-')));
    expect(config.classify).toMatchObject({ threshold: 30, procedures: 'fioko', minParticipants: 1 });
    expect(config.score).toMatchObject({ egeMath: 'EGE-MA-P', zeroShare2: 'one-point', inequalityTopN: 2, scales: {} });
    expect(config.minScores['MA-P']).toBe(27);
  });

  it('reads back what `shnor init` writes, comments and all, as the defaults', () => {
    expect(loadConfig(undefined, configIn(defaultConfigText()))).toEqual(DEFAULT_CONFIG);
  });

  it('`shnor init` writes every requisite of report.requisites, empty, with comments', () => {
    const file = JSON.parse(defaultConfigText()) as { report: { '//': string; requisites: Record<string, unknown> } };
    const uncommented = (node: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(
      Object.entries(node).filter(([key]) => !key.startsWith('//'))
        .map(([key, value]) => [key, typeof value === 'object' && value !== null ? uncommented(value as Record<string, unknown>) : value]),
    );
    const requisites = uncommented(file.report.requisites);
    expect(requisites).toEqual({
      organisation: '', approver: { position: '', name: '' }, number: '', date: '', place: '', executor: { name: '', position: '', phone: '', email: '' },
    });
    expect(Object.keys(requisites).sort()).toEqual(Object.keys(requisitesSchema.shape).sort());
    expect(file.report['//']).toContain('«______»');
  });

  it('takes a replacement scale for an indicator and overrides single minimum scores', () => {
    const dir = configIn(JSON.stringify({
      score: { scales: { '1.10': { kind: 'bands', bands: [{ upTo: 10, points: 3 }, { points: 0 }] } } },
      minScores: { RU: 36 },
    }));
    const config = loadConfig(undefined, dir);
    expect(config.score.scales['1.10']).toEqual({ kind: 'bands', bands: [{ upTo: 10, points: 3 }, { points: 0 }] });
    expect(config.minScores).toMatchObject({ RU: 36, 'MA-P': 27 });
  });

  it('refuses a scale for an unknown indicator and an unknown key, naming the file', () => {
    for (const content of [JSON.stringify({ score: { scales: { '9.9': { kind: 'sign', positive: 1, negative: 0 } } } }), '{"clasify": {}}']) {
      const dir = configIn(content);
      expect(() => loadConfig(undefined, dir)).toThrow(ShnorError);
      try {
        loadConfig(undefined, dir);
      } catch (error) {
        expect((error as ShnorError).code).toBe('config-invalid');
        expect(String((error as ShnorError<'config-invalid'>).params.file)).toContain(dir);
      }
    }
  });
});
