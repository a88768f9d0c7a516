/**
 * Task-level analysis (issue 9): success, gap to the reference, problem tasks, the карта
 * затруднений and the district's common problem skills — on hand-made groups, worked out here.
 */
import { describe, expect, it } from 'vitest';
import type { TaskCell, TaskMap, TaskResultRecord } from '../../src/model/tasks.js';
import { analyseTasks, cellSuccess, taskParams } from '../../src/rules/tasks.js';

const params = taskParams.parse({});
const source = { file: 't.xlsx', sheet: null, row: 2 };

const share = (task: string, success: number | null, max = 1): TaskCell => ({ task, max, points: null, answered: null, zeros: null, success, notTaught: null });
const pts = (task: string, points: number, answered: number, zeros: number, max: number | null = null): TaskCell => ({ task, max, points, answered, zeros, success: null, notTaught: null });

function row(level: TaskResultRecord['level'], fields: Partial<TaskResultRecord> & { tasks: TaskCell[] }): TaskResultRecord {
  return {
    procedure: 'VPR-MA-5', year: 2023, level, schoolId: null, name: null, municipality: null, className: null, teacher: null,
    participants: 20, source, ...fields,
  };
}

const MAP: TaskMap = {
  procedure: 'VPR-MA-5', year: 2023, file: 'map.xlsx',
  tasks: [
    { task: '1', position: null, max: 1, skill: 'Развитие представлений о числе', content: 'Натуральные числа', level: 'базовый' },
    { task: '4(1)', position: null, max: 2, skill: 'Умение решать текстовые задачи', content: 'Текстовые задачи', level: 'базовый' },
    { task: '7', position: null, max: 1, skill: 'Умение решать текстовые задачи', content: 'Текстовые задачи', level: 'повышенный' },
  ],
};

describe('success', () => {
  it('a 10-pupil protocol, a 2-point task: 8 points of 2 × 10 = 40%', () => {
    expect(cellSuccess(pts('4(1)', 8, 10, 4), 2)).toBe(40);
  });

  it('a task nobody answered has no success, not 0%', () => {
    expect(cellSuccess(pts('9', 0, 0, 0), 1)).toBeNull();
  });

  it('an export gives the percentage as it is', () => {
    expect(cellSuccess(share('1', 73.5), 1)).toBe(73.5);
  });
});

describe('a protocol\'s tasks without a maximum', () => {
  // task 1 (max 1): 3 points of 10 → 30%, a problem; task 9 has points and no maximum; task 4(1) takes its maximum 2 from the map
  const records = [
    row('school', { schoolId: 'sch1', participants: 10, absent: 2, tasks: [pts('1', 3, 10, 7, 1), pts('9', 12, 10, 2, null), pts('4(1)', 16, 10, 1)] }),
    row('school', { schoolId: 'sch2', participants: 0, absent: 5, tasks: [pts('1', 0, 0, 0, 1), pts('9', 0, 0, 0, null), pts('4(1)', 0, 0, 0)] }),
  ];
  const [work] = analyseTasks({ records, maps: [MAP], params, flagged: null, threshold: 30 });

  it('has no success for it, is no problem and is marked noMax; a task with a maximum from the map is not', () => {
    const tasks = work!.schools[0]!.tasks;
    expect(tasks.map((t) => [t.task, t.max, t.success, t.problem, t.noMax])).toEqual([['1', 1, 30, true, false], ['9', null, null, false, true], ['4(1)', 2, 80, false, false]]);
    expect(work!.schools[0]!.absent).toBe(2);
  });

  it('leaves out a school whose pupils were all absent', () => {
    expect(work!.schools.map((s) => s.schoolId)).toEqual(['sch1']);
  });
});

describe('problem tasks against the region', () => {
  // region: task 1 — 62%, task 4(1) — 60%; LOW 40% on task 1 (−22 pp: a problem), OK 55% on task 4(1)
  // (−5 pp, above 50%: not a problem); LOW 48% on 4(1): −12 pp but below 50% → a problem
  const records = [
    row('region', { name: 'Красноярский край', participants: 30000, tasks: [share('1', 62), share('4(1)', 60, 2)] }),
    row('school', { schoolId: 'sch1', name: 'LOW', tasks: [share('1', 40), share('4(1)', 48, 2)] }),
    row('school', { schoolId: 'sch2', name: 'OK', participants: 8, tasks: [share('1', 70), share('4(1)', 55, 2)] }),
  ];
  const [work] = analyseTasks({ records, maps: [MAP], params, flagged: null, threshold: 30 });
  const school = (id: string) => work!.schools.find((s) => s.schoolId === id)!;

  it('names the region as the reference', () => {
    expect(work).toMatchObject({ procedure: 'VPR-MA-5', year: 2023, reference: 'region' });
  });

  it('40% against 62%: −22 pp → a problem, with its skill from the map', () => {
    expect(school('sch1').tasks[0]).toMatchObject({ task: '1', success: 40, reference: 62, gapPp: -22, problem: true, skill: 'Развитие представлений о числе' });
  });

  it('55% against 60%: −5 pp and not below 50% → not a problem; 8 participants → small', () => {
    expect(school('sch2').tasks[1]).toMatchObject({ task: '4(1)', success: 55, gapPp: -5, problem: false });
    expect(school('sch2').small).toBe(true);
  });

  it('the 95% interval: Wilson on 20 pupils at 40% → 21,9–61,3%', () => {
    const [lo, hi] = school('sch1').tasks[0]!.ci!;
    expect(lo).toBeCloseTo(21.88, 1);
    expect(hi).toBeCloseTo(61.34, 1);
  });

  it('the карта затруднений: problem tasks by skill, worst first (task 1 at −22 before 4(1) at −12)', () => {
    expect(school('sch1').difficulties.map((d) => [d.skill, d.tasks.map((t) => t.task)])).toEqual([
      ['Развитие представлений о числе', ['1']],
      ['Умение решать текстовые задачи', ['4(1)']],
    ]);
  });
});

describe('references without the region', () => {
  it('a municipality row is the reference of its schools (and never a school)', () => {
    const records = [
      row('municipality', { name: 'Пировский МО', tasks: [share('1', 70)] }),
      row('school', { schoolId: 'sch1', municipality: 'Пировский МО', tasks: [share('1', 52)] }),
    ];
    const [work] = analyseTasks({ records, maps: [], params, flagged: null, threshold: 30 });
    expect(work!.reference).toBe('municipality');
    expect(work!.schools.map((s) => s.schoolId)).toEqual(['sch1']);
    // 52 − 70 = −18 pp → a problem though above 50%; no map: reported by number only
    expect(work!.schools[0]!.tasks[0]).toMatchObject({ gapPp: -18, problem: true, skill: null });
  });

  it('no reference rows: the district from the pooled points (8 + 12 of 2 × (10 + 10) = 50%)', () => {
    const records = [
      row('school', { schoolId: 'A', participants: 10, tasks: [pts('4(1)', 8, 10, 4)] }),
      row('school', { schoolId: 'B', participants: 10, tasks: [pts('4(1)', 12, 10, 1)] }),
    ];
    const [work] = analyseTasks({ records, maps: [MAP], params, flagged: null, threshold: 30 });
    expect(work!.reference).toBe('district');
    // A: 8/20 = 40%, −10 pp, below 50% → a problem; 4 of 10 scored 0 → 40%
    expect(work!.schools[0]!.tasks[0]).toMatchObject({ max: 2, success: 40, reference: 50, gapPp: -10, problem: true, zeroShare: 40 });
  });
});

describe('the district view without a map', () => {
  it('lists the problem tasks by their number, not as text: 4 before 10 before 12.2', () => {
    // one school, one region row; every task 20% at the school (below 50%) against 60% in the region
    const tasks = ['12.2', '10', '4'];
    const records = [
      row('region', { name: 'Алтайский край', tasks: tasks.map((t) => share(t, 60)) }),
      row('school', { schoolId: 'edu1', tasks: tasks.map((t) => share(t, 20)) }),
    ];
    const [work] = analyseTasks({ records, maps: [], params, flagged: null, threshold: 30 });
    expect(work!.district.problemSkills.map((p) => p.skill)).toEqual(['4', '10', '12.2']);
  });
});

describe('classes, teachers and the district view', () => {
  const records = [
    row('region', { tasks: [share('1', 60), share('7', 60)] }),
    row('school', { schoolId: 'A', tasks: [share('1', 30), share('7', 40)] }),
    row('school', { schoolId: 'A', className: '5А', participants: 10, tasks: [share('1', 20), share('7', 70)] }),
    row('school', { schoolId: 'A', teacher: 'Иванова И. И.', participants: 20, tasks: [share('1', 30), share('7', 40)] }),
    row('school', { schoolId: 'B', tasks: [share('1', 35), share('7', 65)] }),
    row('school', { schoolId: 'C', tasks: [share('1', 70), share('7', 45)] }),
  ];

  it('lists the schools in the natural order of their ids, as classify does: sch9 before sch10', () => {
    const schools = ['sch10', 'sch9', 'sch100'].map((schoolId) => row('school', { schoolId, tasks: [share('1', 60)] }));
    const [work] = analyseTasks({ records: schools, maps: [], params, flagged: null, threshold: 30 });
    expect(work!.schools.map((s) => s.schoolId)).toEqual(['sch9', 'sch10', 'sch100']);
  });

  it('a school keeps its classes and teachers apart, each with its own problem tasks', () => {
    const [work] = analyseTasks({ records, maps: [MAP], params, flagged: null, threshold: 30 });
    const a = work!.schools.find((s) => s.schoolId === 'A')!;
    expect(work!.schools.map((s) => s.schoolId)).toEqual(['A', 'B', 'C']);
    expect(a.classes.map((c) => [c.className, c.tasks.filter((t) => t.problem).map((t) => t.task)])).toEqual([['5А', ['1']]]);
    expect(a.teachers.map((t) => t.teacher)).toEqual(['Иванова И. И.']);
  });

  it('problem skills across the ШНОР: A and B of ШНОР {A, B} have task 1 → 2 of 2, a majority; task 7 only at A', () => {
    const [work] = analyseTasks({ records, maps: [MAP], params, flagged: new Set(['A', 'B']), threshold: 30 });
    expect(work!.district).toEqual({
      basis: 'shnor', schools: 2,
      problemSkills: [
        { skill: 'Развитие представлений о числе', schools: ['A', 'B'], majority: true },
        { skill: 'Умение решать текстовые задачи', schools: ['A'], majority: false },
      ],
    });
  });

  it('without the list every school is looked at', () => {
    const [work] = analyseTasks({ records, maps: [MAP], params, flagged: null, threshold: 30 });
    expect(work!.district.basis).toBe('all');
    // task 7 (skill «текстовые задачи»): A 40%, C 45% → 2 of 3 schools, a majority
    expect(work!.district.problemSkills.find((p) => p.skill === 'Умение решать текстовые задачи')).toEqual({ skill: 'Умение решать текстовые задачи', schools: ['A', 'C'], majority: true });
  });
});

describe('marks of a protocol, per group', () => {
  it('4 «2» of 10 marked → 40%, Wilson 16,8–68,7%; marks 3,3,2,4,2,2,4,2,3,3 → mean 28 / 10 = 2,8', () => {
    const records = [row('school', { schoolId: 'A', participants: 10, tasks: [share('1', 60)], marks: { marked: 10, sum: 28, failed: 4 } })];
    const marks = analyseTasks({ records, maps: [], params, flagged: null, threshold: 30 })[0]!.schools[0]!.marks!;
    expect(marks.failShare).toBe(40);
    expect(marks.mean).toBeCloseTo(2.8, 10);
    expect(marks.ci[0]).toBeCloseTo(16.82, 1);
    expect(marks.ci[1]).toBeCloseTo(68.73, 1);
  });

  it('which classes make the school\'s result: each class\'s «2» against the FIOKO threshold and its share of the school\'s «2»', () => {
    // school: 5 «2» of 20 = 25% (not low); 5А: 4 of 10 = 40% (low), 4 of the school's 5 = 80%;
    // 5Б: 1 of 10 = 10%, 1 of 5 = 20%; 5В: 3 of 10 = 30% — low, the threshold counts (3 × 100 = 300 ≥ 30 × 10)
    const marks = (marked: number, failed: number) => ({ marked, failed, sum: 3 * marked });
    const records = [
      row('school', { schoolId: 'A', tasks: [share('1', 60)], marks: marks(20, 5) }),
      row('school', { schoolId: 'A', className: '5А', participants: 10, tasks: [share('1', 50)], marks: marks(10, 4) }),
      row('school', { schoolId: 'A', className: '5Б', participants: 10, tasks: [share('1', 70)], marks: marks(10, 1) }),
      row('school', { schoolId: 'A', className: '5В', participants: 10, tasks: [share('1', 70)], marks: marks(10, 3) }),
    ];
    const [school] = analyseTasks({ records, maps: [], params, flagged: null, threshold: 30 })[0]!.schools;
    expect(school!.marks).toMatchObject({ failed: 5, failShare: 25, low: false, ofSchool: null });
    expect(school!.classes.map((c) => [c.className, c.marks!.failShare, c.marks!.low, c.marks!.ofSchool])).toEqual([
      ['5А', 40, true, 80], ['5Б', 10, false, 20], ['5В', 30, true, 60],
    ]);
    // a school without any «2»: its classes have no share of them
    const none = analyseTasks({ records: [{ ...records[0]!, marks: marks(20, 0) }, { ...records[2]!, marks: marks(10, 0) }], maps: [], params, flagged: null, threshold: 30 });
    expect(none[0]!.schools[0]!.classes[0]!.marks).toMatchObject({ failShare: 0, low: false, ofSchool: null });
  });

  it('an export has no marks', () => {
    const records = [row('school', { schoolId: 'A', tasks: [share('1', 60)] })];
    expect(analyseTasks({ records, maps: [], params, flagged: null, threshold: 30 })[0]!.schools[0]!.marks).toBeNull();
  });
});
