/**
 * shnor tasks, recommend --tasks and report --tasks on fixtures/tasks (a «Выполнение заданий»
 * export of ВПР 2023 Математика 5 класс, a 10-pupil protocol and the task map). The values below
 * are those of the export's cells: sch240201 has 40% on task 2 against the region's 62%. The
 * commands run in-process.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir, workbookFrom, writeIn } from './files.js';
import { runCommand, runCommandJson, runReportCommand } from './run.js';

const EXPORT = join(ROOT, 'fixtures/tasks/vpr-ma5-2023-zadaniya.xlsx');
const PROTOCOL = join(ROOT, 'fixtures/tasks/protocol-sch240101.csv');
const MAP = join(ROOT, 'fixtures/tasks/map-vpr-ma5-2023.csv');

interface TaskJson {
  task: string; max: number | null; success: number | null; reference: number | null; gapPp: number | null; ci: [number, number] | null; problem: boolean; skill: string | null;
}
interface TasksJson {
  year: number;
  procedure: string;
  reference: string;
  schools: { schoolId: string; participants: number; tasks: TaskJson[]; classes?: { class: string; marks: unknown }[]; teachers?: unknown[] }[];
  district: { basis: string; schools: number; problemSkills: { skill: string; schools: number; majority: boolean }[] };
}

// sch240101, sch240201 and sch240303 are ШНОР in 2023 (criterion A: two results with 4 of 10 «2» = 40%)
const RESULTS = ['school_id;year;procedure;participants;fail_count',
  ...['sch240101', 'sch240201', 'sch240303'].flatMap((id) => [`${id};2023;ВПР Математика 5 класс;10;4`, `${id};2023;ОГЭ Математика;10;4`]),
  'sch240202;2023;ВПР Математика 5 класс;10;1', 'sch240301;2023;ВПР Математика 5 класс;10;1'].join('\n');

describe('shnor tasks on the «Выполнение заданий» export', () => {
  let json: TasksJson;
  beforeAll(async () => {
    const run = await runCommandJson<TasksJson>('tasks', { inputs: [EXPORT], map: [MAP] });
    expect(run.result.code, run.result.stderr).toBe(0);
    json = run.json;
  });
  const task = (school: string, id: string) => json.schools.find((s) => s.schoolId === school)!.tasks.find((t) => t.task === id)!;

  it('reads the work from the title and compares with the region row', () => {
    expect(json).toMatchObject({ year: 2023, procedure: 'VPR-MA-5', reference: 'region' });
    expect(json.schools.map((s) => s.schoolId)).toEqual(['sch240201', 'sch240202', 'sch240301', 'sch240302', 'sch240303']);
  });

  it('40% against the region\'s 62% → −22 pp, a problem; 55% against 60% → −5 pp, not a problem', () => {
    expect(task('sch240201', '2')).toMatchObject({ success: 40, reference: 62, gapPp: -22, problem: true, skill: 'Владение понятием «дробь»' });
    expect(task('sch240202', '4(1)')).toMatchObject({ success: 55, reference: 60, gapPp: -5, problem: false });
  });

  it('the district view over all schools without --results; over the ШНОР with it', async () => {
    expect(json.district).toMatchObject({ basis: 'all', schools: 5 });
    const dir = await tempDir();
    await writeIn(dir, 'results.csv', RESULTS);
    const { json: shnor } = await runCommandJson<TasksJson>('tasks', { inputs: [EXPORT], map: [MAP], results: ['results.csv'] }, { cwd: dir });
    // ШНОР in the export: sch240201 and sch240303; task 5 («задачи разных типов») is a problem at both → 2 of 2
    expect(shnor.district).toMatchObject({ basis: 'shnor', schools: 2 });
    expect(shnor.district.problemSkills[0]).toEqual({ skill: 'Умение решать задачи разных типов', schools: 2, ids: ['sch240201', 'sch240303'], majority: true });
  });

  it('the terminal: the карта затруднений, worst first', async () => {
    const result = await runCommand('tasks', { inputs: [EXPORT], map: [MAP], school: ['sch240303'] });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l.includes(': задание '));
    // 4(2) −17 pp, then 3 −16 pp, then 5 −15 pp
    expect(lines.map((l) => l.match(/задание (\S+):/)![1])).toEqual(['4(2)', '3', '5']);
  });
});

describe('shnor tasks on a protocol: classes, and teachers only when asked', () => {
  it('classes in the JSON only with --by class; without --by teacher no teacher name anywhere; with it, the teachers', async () => {
    const plain = await runCommand('tasks', { inputs: [PROTOCOL], map: [MAP], by: 'class' }, { format: 'json' });
    expect(plain.code, plain.stderr).toBe(0);
    const json = JSON.parse(plain.stdout) as TasksJson;
    expect(json.schools[0]!.classes!.map((c) => c.class)).toEqual(['5А', '5Б']);
    expect(json.schools[0]!.teachers).toBeUndefined();
    expect(plain.stdout).not.toContain('Иванова');
    // the protocol's marks, 5А: 3, 3, 2, 4, 2 → 2 «2» of 5 = 40% (≥ 30%: low on its own), mean 14 / 5 = 2,8;
    // the school has 4 «2», so 5А holds 2 / 4 = 50% of them
    expect(json.schools[0]!.classes![0]).toMatchObject({ class: '5А', marks: { marked: 5, failed: 2, failShare: 40, mean: 2.8, low: true, ofSchool: 50 } });
    expect(plain.stdout).not.toContain('"threshold"');
    const text = await runCommand('tasks', { inputs: [PROTOCOL], map: [MAP], by: 'class' });
    expect(text.stdout).toContain('класс 5А; «2» — 40% из 5 с отметкой, средняя отметка 2,8; низкий результат: «2» не меньше 30%; 2 «2» — 50% всех «2» школы');
    const written = await runCommand('tasks', { inputs: [PROTOCOL], map: [MAP], by: 'class' }, { format: 'xlsx' });
    expect(written.code, written.stderr).toBe(0);
    const workbook = await workbookFrom(written.stdoutBytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Задания', 'Отметки', 'Общие затруднения']);
    // the school (4 «2» of 10 = 40%, low), then 5А and 5Б with 2 of 5 each: 50% of the school's «2»
    const marks = workbook.getWorksheet('Отметки')!;
    // (percent cells hold fractions, shown as %; the school has no share of its own «2»)
    const rows = [2, 3, 4].map((n) => Array.from({ length: 9 }, (_, i) => marks.getRow(n).getCell(5 + i).value));
    expect(rows).toEqual([[null, 10, 4, 0.4, 16.8, 68.7, 2.8, 'да', null], ['5А', 5, 2, 0.4, 11.8, 76.9, 2.8, 'да', 0.5], ['5Б', 5, 2, 0.4, 11.8, 76.9, 2.8, 'да', 0.5]]);
    const schoolOnly = JSON.parse((await runCommand('tasks', { inputs: [PROTOCOL], map: [MAP] }, { format: 'json' })).stdout) as TasksJson;
    expect(schoolOnly.schools[0]!.classes).toBeUndefined();
    expect(schoolOnly.schools[0]!.tasks).toEqual(json.schools[0]!.tasks);
    const teachers = await runCommand('tasks', { inputs: [PROTOCOL], map: [MAP], by: 'teacher' });
    expect(teachers.stdout).toContain('учитель Иванова А. С.');
  });
});

describe('recommend --tasks and report --tasks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'results.csv', RESULTS);
  });

  it('recommend: a teachers\' measure naming the tasks and the skill, and the association measure for a skill most ШНОР share', async () => {
    const { result, json } = await runCommandJson<{ schools: { schoolId: string; recommendations: { id: string; audience: string; text: string }[] }[] }>(
      'recommend', { inputs: ['results.csv'], tasks: [EXPORT], map: [MAP], school: ['sch240201'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const texts = json.schools[0]!.recommendations.filter((r) => r.id.startsWith('task-')).map((r) => r.text);
    expect(texts).toContain('Задания 2 (Владение понятием «дробь»): включить отработку в ИОМ учителя математики; повторение — в 6 классе.');
    expect(texts).toContain('Умение «Умение решать задачи разных типов» (задания 5) — затруднение у большинства ШНОР (2 из 2): включить в план работы муниципального методического объединения учителей математики.');
  });

  it('report: section 10 with the maps of the ШНОР and a heat map; no teacher names by default', async () => {
    const result = await runReportCommand({ inputs: ['results.csv'], tasks: [EXPORT, PROTOCOL], map: [MAP] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const { md } = result;
    const section = md.split(/^## /m).find((s) => s.startsWith('9. '))!;
    expect(section).toContain('sch240201 МАОУ СОШ № 2');
    expect(section).toContain('Владение понятием «дробь»: задание 2: 40% при 62% (−22 п.п.)');
    expect(section).toContain('класс 5А');
    expect(md).not.toContain('Иванова');
    expect([...(await result.files()).keys()]).toContain('charts/tasks-VPR-MA-5-2023.svg');
  }, 120_000);
});
