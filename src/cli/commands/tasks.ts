/**
 * shnor tasks FILES… [--map FILE] [--school ID] [--by class|teacher] [--results FILE] — task-level
 * results: per school and task the success, the reference and the gap, problem tasks grouped by
 * skill (карты затруднений), per class or teacher when asked, and the district's common problems.
 */
import { dataCommand } from '../data-command.js';
import { addMethodOptions, addOutputOptions, collectIds, parseDelimiter, parseYearOption } from '../options.js';
import { addByOption, addTaskReadingOptions, collectPaths } from '../task-input.js';

export const registerTasks = dataCommand('tasks', (h) => ({
  flags: (c) =>
    addOutputOptions(addMethodOptions(addByOption(addTaskReadingOptions(c
      .option('--school <id>', h.school, collectIds)
      .option('--results <file>', h.taskResults, collectPaths)
      .option('--year <year>', h.year, parseYearOption)
      .option('--encoding <encoding>', h.encoding)
      .option('--delimiter <char>', h.delimiter, parseDelimiter)
      .option('--sheet <name>', h.sheet)
      .option('--scales <file>', h.scales)
      .option('--strict', h.strict))))),
  load: async () => (await import('../../app/tasks.js')).runTasks,
}));
