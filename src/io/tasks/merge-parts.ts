/**
 * Protocol records of a file read in parts — or of the sheets and files of one school — as one read
 * would give them: a school, class or teacher met in several parts is one record whose counts are
 * the sums of the parts' (its first row the earliest). Order as the protocol reader emits: schools
 * as first met, each the whole school, then its classes, then its teachers, both in Russian order.
 */
import type { TaskCell, TaskResultRecord } from '../../model/tasks.js';
import { inNameOrder } from './columns.js';

interface SchoolParts {
  whole: TaskResultRecord | null;
  classes: Map<string, TaskResultRecord>;
  teachers: Map<string, TaskResultRecord>;
}

export function mergeParts(parts: TaskResultRecord[][]): TaskResultRecord[] {
  const schools = new Map<string, SchoolParts>();
  for (const record of parts.flat()) {
    const key = `${record.schoolId}\u0000${record.procedure}\u0000${record.year}`;
    let school = schools.get(key);
    if (school === undefined) schools.set(key, (school = { whole: null, classes: new Map(), teachers: new Map() }));
    if (record.className !== null) add(school.classes, record.className, record);
    else if (record.teacher !== null) add(school.teachers, record.teacher, record);
    else school.whole = school.whole === null ? record : sum(school.whole, record);
  }
  return [...schools.values()].flatMap((s) => [
    ...(s.whole === null ? [] : [s.whole]),
    ...sorted(s.classes),
    ...sorted(s.teachers),
  ]);
}

function add(byName: Map<string, TaskResultRecord>, name: string, record: TaskResultRecord): void {
  const known = byName.get(name);
  byName.set(name, known === undefined ? record : sum(known, record));
}

function sorted(byName: Map<string, TaskResultRecord>): TaskResultRecord[] {
  return inNameOrder(byName).map(([, record]) => record);
}

function sum(a: TaskResultRecord, b: TaskResultRecord): TaskResultRecord {
  const marks = a.marks && b.marks
    ? { marked: a.marks.marked + b.marks.marked, sum: a.marks.sum + b.marks.sum, failed: a.marks.failed + b.marks.failed }
    : (a.marks ?? b.marks);
  return {
    ...a,
    name: a.name ?? b.name,
    municipality: a.municipality ?? b.municipality,
    participants: a.participants + b.participants,
    ...(a.absent !== undefined || b.absent !== undefined ? { absent: (a.absent ?? 0) + (b.absent ?? 0) } : {}),
    tasks: a.tasks.map((cell, k) => sumCells(cell, b.tasks[k]!)),
    ...(marks ? { marks } : {}),
    source: b.source.row < a.source.row ? b.source : a.source,
  };
}

/** Two tallies of one task; a task no pupil of either part answered stays without points. */
function sumCells(a: TaskCell, b: TaskCell): TaskCell {
  const answered = (a.answered ?? 0) + (b.answered ?? 0);
  return {
    ...a,
    answered,
    points: answered === 0 ? null : (a.points ?? 0) + (b.points ?? 0),
    zeros: (a.zeros ?? 0) + (b.zeros ?? 0),
    notTaught: (a.notTaught ?? 0) + (b.notTaught ?? 0),
  };
}
