/** Texts about task-level results (issue 9): protocols, «Выполнение заданий» exports, task maps (English). */
import type { TasksMessages } from './tasks-ru.js';

export const tasksEn: TasksMessages = {
  errors: {
    'no-task-header': () =>
      'no header row of task results found: it needs task number columns («1», «2», «4(1)», «№ 5», «Задание 6») ' +
      'and either «Группы участников» and «Кол-во участников» (a «Выполнение заданий» export) or a participant code or school code (a protocol)',
    'no-task-map-header': () => 'no header row of a task map found: it needs the columns «№ задания» and «Макс балл» or «Проверяемые требования (умения)»',
    'bad-task-max': (p) => `bad value of --task-max: «${p.value}» (expected, e.g., "1=1,2=1,4(1)=2")`,
  },
  issues: {
    'bad-points': (p) => `«${p.value}» is not a task score (a number from 0 expected; blank, «-» or «Н» — not answered); left out`,
    'points-above-max': (p) => `${p.points} is above the maximum of task ${p.task} (${p.max}); left out`,
    'no-task-participants': () => 'the number of participants is missing; row skipped',
    'class-without-letter': (p) => `class «${p.value}» has no letter: the pupil counts for the school, not for a class`,
    'bad-task': (p) => `«${p.value}» is not a task number (1, 4(1), 4.1 expected); row skipped`,
    'duplicate-task': (p) => `task ${p.task} is already in the map (row ${p.first}); row skipped`,
    'missing-task-columns': () => 'task numbers («1», «2», «4(1)») were expected under the merged task heading and are missing; sheet not read',
    'unknown-task': (p) => `task ${p.task} is not in the task map ${p.map}; column not used`,
    'task-max-mismatch': (p) => `maximum of task ${p.task}: ${p.given} in the file, ${p.map} in the task map; the file's value is used`,
  },
};
