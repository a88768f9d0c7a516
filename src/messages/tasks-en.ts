/** Texts about task-level results (issue 9): protocols, «Выполнение заданий» exports, task maps (English). */
import type { TasksMessages } from './tasks-ru.js';

export const tasksEn: TasksMessages = {
  errors: {
    'no-task-header': () =>
      'no header row of task results found: it needs task columns («1», «2», «4(1)», «№ 5», «Задание 6», «6 (2б)», «балл за 1») ' +
      'and either «Группы участников» and «Кол-во участников» (a «Выполнение заданий» export) or a participant code or school code (a protocol)',
    'no-task-map-header': () =>
      'no header row of a task map found: it needs the columns «№ задания» (or «№ по КИМу») and «Макс балл» or «Проверяемые требования (умения)»',
    'bad-task-max': (p) => `bad value of --task-max: «${p.value}» (expected, e.g., "1=1,2=1,4(1)=2")`,
    'no-task-max': () =>
      'no task has a known maximum, so no success can be computed: give the description of the work (--map) or the maximums (--task-max "1=1,2=1,6=2")',
  },
  issues: {
    'bad-points': (p) =>
      `«${p.value}» is not a task score (a number from 0 expected; «X» is 0 points, «не пройд.» a topic not taught, blank or «-» no answer): the pupil's row left out`,
    'points-above-max': (p) => `${p.points} is above the maximum of task ${p.task} (${p.max}): the pupil's row left out`,
    'no-task-participants': () => 'the number of participants is missing; row skipped',
    'class-without-letter': (p) => `class «${p.value}» has no letter: its pupils count for the school, not for a class`,
    'bad-task': (p) => `«${p.value}» is not a task number (1, 4(1), 4.1 expected); row skipped`,
    'duplicate-task': (p) =>
      `task ${p.task} is already in the map (row ${p.first}) with another position${p.position === '' ? '' : ` (№ ${p.position})`}; row skipped`,
    'duplicate-position': (p) => `position ${p.position} is already task ${p.task}'s (row ${p.first}); row skipped`,
    'missing-task-columns': () => 'task numbers («1», «2», «4(1)») were expected under the merged task heading and are missing; sheet not read',
    'unknown-task': (p) => `task ${p.task} is not in the task map ${p.map}; column not used`,
    'task-max-mismatch': (p) => `maximum of task ${p.task}: ${p.given} in the file, ${p.map} in the task map; the file's value is used`,
    'task-max-differs': (p) => `task ${p.task} has the maximum ${p.max} here and ${p.first} in row ${p.row}; ${p.first} is used`,
    'total-mismatch': (p) =>
      `the task points add up to ${p.sum}, and this column ${p.total === '' ? 'is blank' : `says ${p.total}`}: the pupil's row left out`,
    'absent-with-points': (p) => `the pupil is marked «${p.value}» but has task points: row left out`,
    'protocol-without-school': () =>
      'the protocol has no school column («Школа», «Логин», «Код ОО») and no sch…/edu… login above its header: sheet not read (give the school: --school LOGIN)',
    'repeated-pupils': (p) =>
      `${p.count} pupils of this sheet were already read on sheet «${p.sheet}» (the first: code ${p.code}, row ${p.row} there): counted once`,
    'no-scale': (p) =>
      `no conversion scale from primary scores to marks for ${p.procedure} ${p.year}: marks not analysed, tasks are (a scale can be given: --scales FILE)`,
    'scale-max-mismatch': (p) =>
      `the conversion scale of ${p.procedure} ${p.year} is for ${p.max} points, and the task maximums of the file add up to ${p.sum}: no marks from the scores`,
    'class-list-sheet': (p) => `sheet «${p.sheet}» is the protocol's list of classes, not results: not used`,
    'map-without-positions': (p) =>
      `the task map ${p.map} gives no task positions (a «№» column beside «№ по КИМу»): column «балл за N» is taken as task N`,
    'task-positions-mismatch': (p) =>
      `the «балл за N» columns do not match the positions of the task map ${p.map}: ${p.columns} columns, ${p.positions} positions in the map; positions without a column: ${p.missing}`,
    'not-taught': (p) =>
      `«не пройд.» (topic not taught) — ${p.cells} cells, tasks ${p.tasks}: these pupils are left out of these tasks' denominators`,
    'absent-pupils': (p) =>
      `absent: ${p.count} (variant «отсутствовал», or no points at all) — not participants: counted neither in the share of «2» nor in any task`,
  },
};
