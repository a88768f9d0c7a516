/** Display names of procedures: the parts from model/procedures.ts, the words from the messages of the language asked for. */
import { describe, expect, it } from 'vitest';
import { procedureName } from '../../src/report/procedure-name.js';

describe('procedureName', () => {
  it('names procedures in Russian', () => {
    expect(procedureName('VPR-MA-5', 'ru')).toBe('ВПР Математика 5 кл.');
    expect(procedureName('EGE-MA-P', 'ru')).toBe('ЕГЭ Математика (профильная)');
    expect(procedureName('KDR-RL-4', 'ru')).toBe('КДР читательская грамотность 4 кл.');
  });

  it('names procedures in English whatever the language of the run', () => {
    expect(procedureName('OGE-RU', 'en')).toBe('OGE Russian');
    expect(procedureName('EGE-MA-B', 'en')).toBe('EGE Mathematics (basic)');
    expect(procedureName('VPR-MA-5', 'en')).toBe('VPR Mathematics, grade 5');
  });

  it('keeps a text that names no procedure as it is', () => {
    expect(procedureName('Средний балл', 'ru')).toBe('Средний балл');
  });
});
