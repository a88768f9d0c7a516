/**
 * shnor tasks FILES… [--map FILE] [--school ID] [--by class|teacher] [--results FILE] — task-level
 * results: per school and task the success, the reference and the gap, problem tasks grouped by
 * skill (карты затруднений), per class or teacher when asked, and the district's common problems.
 */
import type { Command } from 'commander';
import { runTasks, type TasksRun } from '../../app/tasks.js';
import { msg } from '../../messages/index.js';
import { TASKS_RENDERERS } from '../../report/tasks/renderers.js';
import type { CommandContext } from '../context.js';
import { runAndEmit } from '../emit.js';
import { addExamples } from '../help-examples.js';
import { addOutputOptions, collectIds, parseDelimiter, parseYearOption, type OutputOptions } from '../options.js';
import { addByOption, addTaskReadingOptions, collectPaths } from '../task-input.js';

type TasksFlags = Omit<TasksRun, 'inputs' | 'config'> & OutputOptions;

export function registerTasks(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('tasks')
    .description(h.tasks)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--school <id>', h.school, collectIds)
    .option('--results <file>', h.taskResults, collectPaths)
    .option('--year <year>', h.year, parseYearOption)
    .option('--encoding <encoding>', h.encoding)
    .option('--delimiter <char>', h.delimiter, parseDelimiter)
    .option('--sheet <name>', h.sheet)
    .option('--scales <file>', h.scales)
    .option('--strict', h.strict);
  addExamples(addOutputOptions(addByOption(addTaskReadingOptions(command))), h.tasksExamples);
  command.action((inputs: string[], flags: TasksFlags, cmd: Command) => runAndEmit(cmd, context, { ...flags, inputs }, runTasks, TASKS_RENDERERS));
}
