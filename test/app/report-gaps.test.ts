/**
 * shnor report in-process: the steps the use case tells a watcher (AppEnv.progress), in order, and
 * the sections without data — each says why in its first sentence, and the run warns of it once
 * on stderr, with exit 0. The demo district (fixtures/demo) with the ВПР 2023 export of
 * fixtures/tasks: the export is of 2022/2023, the справка of 2024/2025.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgressStep } from '../../src/app/env.js';
import { runReport } from '../../src/app/report.js';
import { ROOT, tempDir, writeIn } from './files.js';
import { runReportCommand, runWith } from './run.js';

const DISTRICT = join(ROOT, 'fixtures/demo/district.xlsx');
const PROFILE = join(ROOT, 'fixtures/demo/schools-profile.xlsx');
const EXPORT = join(ROOT, 'fixtures/tasks/vpr-ma5-2023-zadaniya.xlsx');
const MAP = join(ROOT, 'fixtures/tasks/map-vpr-ma5-2023.csv');

/** The text of the Markdown section «N. …», from its title to the next `## ` or the end of the body. */
function section(md: string, n: number): string {
  const found = md.split(/^## /m).find((part) => part.startsWith(`${n}. `));
  if (!found) throw new Error(`no section ${n}. in report.md`);
  return found.split('\n***\n')[0]!;
}

/** The first paragraph after a section's title. */
const firstSentence = (text: string) => text.split('\n\n')[1];

/** The warning lines of stderr (printIssues indents each by two spaces). */
const warnings = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('  Справка, раздел'));

describe('report: the steps told to AppEnv.progress', () => {
  async function steps(options: { tasks?: string[]; map?: string[] }): Promise<ProgressStep[]> {
    const told: ProgressStep[] = [];
    const { code, stderr } = await runWith({}, (config, env) => runReport({ inputs: [DISTRICT], profile: PROFILE, ...options, config }, { ...env, progress: (step) => told.push(step) }));
    expect(code, stderr).toBe(0);
    return told;
  }

  it('reading, then the analysis; the task results read after it with --tasks (the charts, DOCX, PDF and writing are the command line\'s)', async () => {
    expect(await steps({})).toEqual(['read', 'analyse']);
    expect(await steps({ tasks: [EXPORT], map: [MAP] })).toEqual(['read', 'analyse', 'tasks']);
  });
});

describe('report: a section without data says why, and the run warns', () => {
  it('--tasks with an export of another year: section 10 says which year the files hold; one warning; exit 0', async () => {
    const { code, stderr, md } = await runReportCommand({ inputs: [DISTRICT], profile: PROFILE, tasks: [EXPORT], map: [MAP] });
    expect(code, stderr).toBe(0);
    const reason = 'В представленных файлах результаты по заданиям только за 2022/2023 уч. г., за 2024/2025 уч. г. их нет.';
    expect(section(md, 9).trim()).toBe(`9. Карты затруднений (результаты по заданиям)\n\n${reason}`);
    expect(warnings(stderr)).toEqual([
      '  Справка, раздел «5. Целевые показатели программы» — файл фактов мониторинга не представлен: показатели, которые заполняют школы и отдел образования, без данных (55 из 59).',
      `  Справка, раздел «9. Карты затруднений (результаты по заданиям)» — ${reason[0]!.toLowerCase()}${reason.slice(1)}`,
    ]);
  });

  it('--lang en: the same in English', async () => {
    const { code, stderr, md } = await runReportCommand({ inputs: [DISTRICT], profile: PROFILE, tasks: [EXPORT], map: [MAP] }, { lang: 'en' });
    expect(code, stderr).toBe(0);
    expect(md).toContain('The files supplied hold task results for 2022/2023 only, none for 2024/2025.');
    expect(stderr).toContain('  Report, section "9. Difficulty maps (task results)" — the files supplied hold task results for 2022/2023 only, none for 2024/2025.\n');
  });

  it('no profile: section 3 says so first; no facts: section 5 says so after the programme and its basis', async () => {
    const { code, stderr, md } = await runReportCommand({ inputs: [DISTRICT] });
    expect(code, stderr).toBe(0);
    expect(firstSentence(section(md, 3))).toBe('Профиль школ не представлен: ШНСУ не определены.');
    expect(section(md, 5).split('\n\n')[3]).toBe('Файл фактов мониторинга не представлен: показатели, которые заполняют школы и отдел образования, без данных (55 из 59).');
    expect(warnings(stderr).map((line) => line.split(' — ')[0])).toEqual([
      '  Справка, раздел «3. Школы в сложных социальных условиях (ШНСУ)»',
      '  Справка, раздел «5. Целевые показатели программы»',
    ]);
  });

  describe('results of one year only, and task results of that year for none of its ШНОР', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await tempDir();
      // X1 and X2 are ШНОР in 2023 by criterion A (two results of 4 «2» in 10); the export's schools are sch24…
      await writeIn(dir, 'results.csv', ['school_id;year;procedure;participants;fail_count',
        ...['X1', 'X2'].flatMap((id) => [`${id};2023;ВПР Математика 5 класс;10;4`, `${id};2023;ОГЭ Математика;10;4`]),
        'X3;2023;ВПР Математика 5 класс;10;1'].join('\n'));
    });

    it('section 4 says there is no earlier year; section 10 that none of the 2 ШНОР has task results, and no «common difficulties» of no school', async () => {
      const { code, stderr, md } = await runReportCommand({ inputs: ['results.csv'], tasks: [EXPORT], map: [MAP] }, { cwd: dir });
      expect(code, stderr).toBe(0);
      expect(firstSentence(section(md, 4))).toBe('Результатов прежних лет нет, только за 2022/2023 уч. г.: динамика и движение списка не оцениваются.');
      const tasks = section(md, 9);
      expect(firstSentence(tasks)).toBe('Школ списка ШНОР (2) среди школ с результатами по заданиям нет: ни карт затруднений ШНОР, ни их общих затруднений составить нельзя.');
      expect(tasks).not.toContain('Общие затруднения');
      expect(tasks).not.toContain('затруднений нет');
      expect(warnings(stderr).map((line) => line.split(' — ')[0])).toEqual([
        '  Справка, раздел «3. Школы в сложных социальных условиях (ШНСУ)»',
        '  Справка, раздел «4. Динамика результатов»',
        '  Справка, раздел «5. Целевые показатели программы»',
        '  Справка, раздел «9. Карты затруднений (результаты по заданиям)»',
      ]);
    });
  });

  it('the demo with its profile: only the targets warn (no facts file); the sections with their data carry no such sentence', async () => {
    const { stderr, md } = await runReportCommand({ inputs: [DISTRICT], profile: PROFILE });
    expect(warnings(stderr)).toHaveLength(1);
    expect(md).not.toContain('Результатов прежних лет нет');
    expect(md).not.toContain('Профиль школ не задан');
  });
});

describe('report: a year outside the programme\'s period', () => {
  it('2024/2025 уч. г. against МППКО 2022–2024: said in section 5 after its basis, and once on stderr', async () => {
    const { code, stderr, md } = await runReportCommand({ inputs: [DISTRICT], profile: PROFILE });
    expect(code, stderr).toBe(0);
    const sentence = '2024/2025 уч. г. — вне срока программы (2022–2024 годы): факт сравнивается с последним планом, который она устанавливает; проверьте, действует ли программа в этом году.';
    expect(section(md, 5)).toContain(`\n\n${sentence}\n\n`);
    expect(stderr.split('\n').filter((line) => line.includes('вне срока программы'))).toEqual([`  целевые показатели: ${sentence}`]);
  });
});
