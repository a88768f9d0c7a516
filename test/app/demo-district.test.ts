/**
 * The bundled demo district (fixtures/demo) through `classify`, run in-process, against the
 * verdicts worked out independently by the generator and listed in fixtures/demo/EXPECTED.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCommandJson, type CommandOptions } from './run.js';

const expected = JSON.parse(readFileSync('fixtures/demo/expected-2025.json', 'utf8'));

interface School {
  schoolId: string;
  flagged: boolean;
  criteria: string[];
  notes: string[];
}

async function classify(file: string, flags: Omit<CommandOptions<'classify'>, 'inputs'> = {}): Promise<{ year: number; schools: School[]; issues: unknown[] }> {
  return (await runCommandJson<{ year: number; schools: School[]; issues: unknown[] }>('classify', { inputs: [file], ...flags })).json;
}

const flaggedIds = (schools: School[]) => schools.filter((s) => s.flagged).map((s) => s.schoolId).sort();

describe.each(['fixtures/demo/district.xlsx', 'fixtures/demo/district-cp1251.csv'])('demo district %s', (file) => {
  it('flags the planted schools for 2025 with their criteria, reading every row cleanly', async () => {
    const result = await classify(file);
    expect(result.year).toBe(2025);
    expect(result.issues).toEqual([]);
    expect(result.schools).toHaveLength(30);
    expect(flaggedIds(result.schools)).toEqual([...expected.flagged].sort());
    for (const school of result.schools.filter((s) => s.flagged)) {
      expect(school.criteria).toEqual(expected.criteria[school.schoolId]);
    }
  });

  it('drops the B-by-different-procedures schools under --same-procedure and adds ЕГЭ русский under --procedures all', async () => {
    expect(flaggedIds((await classify(file, { sameProcedure: true })).schools)).toEqual([...expected.sameProcedureFlagged].sort());
    expect(flaggedIds((await classify(file, { procedures: 'all' })).schools)).toEqual([...expected.allProceduresFlagged].sort());
  });

  it('classifies 2024 and keeps the closed school DM-20 in 2025 with a note', async () => {
    expect(flaggedIds((await classify(file, { year: 2024 })).schools)).toEqual([...expected.flagged2024].sort());
    const closed = (await classify(file)).schools.find((s) => s.schoolId === 'DM-20')!;
    expect(closed.flagged).toBe(false);
    expect(closed.notes).toContain('Нет результатов в 2024/2025 уч. г. по учитываемым процедурам');
  });
});
