/**
 * Task-level measures carry numbers, the report writes them: a school's problem task with success
 * 17 of 42 points = 40,476…% against a reference of 62%, and a skill that is a problem at 2 of the
 * 3 ШНОР looked at. The report rounds to one decimal in the language's format (40,476 → 40,5).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/messages/index.js';
import type { CatalogEntry } from '../../src/model/catalog.js';
import { recommendDocument } from '../../src/report/recommend/document.js';
import { taskValue } from '../../src/report/recommend/report.js';
import { documentJson } from '../../src/report/to/json.js';
import { taskRecommendations } from '../../src/rules/task-recommendations.js';
import type { ProcedureTasks, SchoolTasks, TaskOutcome } from '../../src/rules/tasks.js';

const entry = (id: string, scope: 'school' | 'district'): CatalogEntry => ({
  id, trigger: { kind: 'task', scope }, audience: 'teachers', measure: `мера ${id}`, responsible: 'ОО', timing: 'в течение года',
  source: { document: 'pirov-2022', section: '1', quote: '' }, own: false,
});

const task = (name: string, success: number | null, reference: number | null): TaskOutcome => ({
  task: name, max: 1, success, reference, gapPp: success !== null && reference !== null ? success - reference : null,
  ci: null, problem: true, skill: 'дроби', content: null, zeroShare: null, noMax: false,
});

const SUCCESS = (17 / 42) * 100; // 40,476…%
const TASKS = [task('2', SUCCESS, 62), task('4(1)', null, 50)];

const SCHOOL: SchoolTasks = {
  schoolId: 'S1', name: null, className: null, teacher: null, participants: 42, absent: null, small: false, marks: null,
  referenceLevel: 'region', tasks: TASKS, difficulties: [{ skill: 'дроби', content: null, tasks: TASKS }], classes: [], teachers: [],
};

const WORK: ProcedureTasks = {
  procedure: 'VPR-MA-5', year: 2023, reference: 'region', schools: [SCHOOL],
  district: { basis: 'shnor', schools: 3, problemSkills: [{ skill: 'дроби', schools: ['S1', 'S2'], majority: true }] },
};

describe('task-level measures', () => {
  afterEach(() => setLang('ru'));
  const [own, shared] = taskRecommendations(SCHOOL, WORK, [entry('task-school', 'school'), entry('task-district', 'district')]);

  it('rules give the success and the reference, and the schools of the skill, as numbers', () => {
    expect(own!.reasons.map((r) => [r.indicator, r.value, r.compared])).toEqual([['2', SUCCESS, 62], ['4(1)', null, 50]]);
    expect(shared!.reasons.map((r) => [r.value, r.compared])).toEqual([[2, 3]]);
  });

  it('the report writes them to one decimal in the language\'s number format, «—» for a task no one answered', () => {
    expect(own!.reasons.map((r) => taskValue(r, 'ru'))).toEqual(['40,5/62', '—/50']);
    expect(own!.reasons.map((r) => taskValue(r, 'en'))).toEqual(['40.5/62', '—/50']);
    expect(taskValue(shared!.reasons[0]!, 'ru')).toBe('2/3');
  });

  it('JSON keeps its value «40.5/62» whatever the language', () => {
    const report = { year: 2023, schools: [{ schoolId: 'S1', schoolName: null, cluster: null, recommendations: [own!, shared!] }], issues: [], objectivityFrom: { source: 'profile' as const, file: null } };
    const json = JSON.parse([...documentJson(recommendDocument(report, 'ru'))].join('')) as { schools: { recommendations: { reasons: { value: unknown }[] }[] }[] };
    expect(json.schools[0]!.recommendations.map((r) => r.reasons.map((reason) => reason.value))).toEqual([['40.5/62', '—/50'], ['2/3']]);
  });
});
