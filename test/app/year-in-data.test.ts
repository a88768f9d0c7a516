/**
 * A --year the data does not hold is a usage error (exit 2) naming the years it does hold, for every
 * command that takes --year (issue 21). The demo district holds 2022/2023–2024/2025 (fixtures/demo/EXPECTED.md);
 * the task export fixtures/tasks/vpr-ma5-2023-zadaniya.xlsx holds ВПР 2023 only.
 */
import { describe, expect, it } from 'vitest';
import { yearInData } from '../../src/app/inputs.js';
import { UsageError } from '../../src/errors.js';
import { runCommand, runReportCommand, type CommandName } from './run.js';

const DEMO = ['fixtures/demo/district.xlsx'];
const DEMO_YEARS = '2022/2023 уч. г., 2023/2024 уч. г., 2024/2025 уч. г.';

describe('yearInData', () => {
  it('returns --year when the data holds it, undefined when none was given', () => {
    expect(yearInData(2024, [2025, 2023, 2024, 2024])).toBe(2024);
    expect(yearInData(undefined, [2023])).toBeUndefined();
  });

  it('a year not in the data: exit 2, the years present in ascending order, once each', () => {
    let error: unknown = null;
    try {
      yearInData(2030, [2025, 2023, 2024, 2023]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ exitCode: 2, code: 'year-not-in-data', params: { year: 2030, years: [2023, 2024, 2025] } });
  });
});

describe('--year 2030 on the demo district', () => {
  const commands: CommandName[] = ['classify', 'check', 'dynamics', 'score', 'cluster', 'recommend', 'targets'];
  for (const name of commands) {
    it(`${name}: exit 2, naming the years in the data`, async () => {
      const result = await runCommand(name, { inputs: DEMO, year: 2030 } as never);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`в данных нет результатов за 2029/2030 уч. г. (--year 2030); есть: ${DEMO_YEARS}`);
    });
  }

  it('report: exit 2, no справка', async () => {
    const result = await runReportCommand({ inputs: DEMO, year: 2030 } as Parameters<typeof runReportCommand>[0]);
    expect(result.code).toBe(2);
    expect(result.md).toBe('');
    expect(result.stderr).toContain(`есть: ${DEMO_YEARS}`);
  });

  it('in English too', async () => {
    const result = await runCommand('classify', { inputs: DEMO, year: 2030 }, { lang: 'en' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the data has no results for 2029/2030 (--year 2030); it has: 2022/2023, 2023/2024, 2024/2025');
  });

  it('a year the data holds still runs: classify --year 2024 lists DM-09 and DM-20 (EXPECTED.md)', async () => {
    const result = await runCommand('classify', { inputs: DEMO, year: 2024 }, { format: 'json' });
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { schools: { schoolId: string; flagged: boolean }[] };
    expect(json.schools.filter((s) => s.flagged).map((s) => s.schoolId)).toEqual(['DM-09', 'DM-20']);
  });
});

describe('tasks --year 2030', () => {
  it('exit 2, naming the year of the task results (ВПР 2023)', async () => {
    const result = await runCommand('tasks', { inputs: ['fixtures/tasks/vpr-ma5-2023-zadaniya.xlsx'], map: ['fixtures/tasks/map-vpr-ma5-2023.csv'], year: 2030 });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('в данных нет результатов за 2029/2030 уч. г. (--year 2030); есть: 2022/2023 уч. г.');
  });
});
