/** The flags of task-level reading: `tasks`, and `recommend` and `report` with --tasks. */
import { Option, type Command } from 'commander';
import { parseTaskMax } from '../io/tasks/load.js';
import { msg } from '../messages/index.js';
import { oneOf, parseProcedureOption } from './options.js';

export const BY = ['class', 'teacher'] as const;

export function collectPaths(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * --map, --procedure, --task-max: how task results are read (shared by tasks, recommend, report; the
 * latter two have --procedure already among the reading options, for results and tasks alike).
 */
export function addTaskReadingOptions(command: Command): Command {
  const h = msg().help;
  command.option('--map <file>', h.taskMap, collectPaths);
  if (!command.options.some((o) => o.long === '--procedure')) command.option('--procedure <name>', h.taskProcedure, parseProcedureOption);
  return command.option('--task-max <list>', h.taskMax, (value: string) => parseTaskMax(value));
}

export function addByOption(command: Command): Command {
  return command.addOption(new Option('--by <part>', msg().help.taskBy).argParser((v) => oneOf('--by', v, BY)));
}

export function addTasksInputOption(command: Command): Command {
  return addTaskReadingOptions(command.option('--tasks <path>', msg().help.tasksInputs, collectPaths));
}
