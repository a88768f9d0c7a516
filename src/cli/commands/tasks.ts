/**
 * shnor tasks FILES… [--map FILE] [--school ID] [--by class|teacher] [--results FILE] — task-level
 * results: per school and task the success, the reference and the gap, problem tasks grouped by
 * skill (карты затруднений), per class or teacher when asked, and the district's common problems.
 */
import type { Command } from 'commander';
import { ShnorError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { compareIssues } from '../../model/issues.js';
import { schoolDirectory, type SchoolEntry } from '../../io/identity.js';
import { classifySchools } from '../../rules/fioko.js';
import type { ProcedureTasks } from '../../rules/tasks.js';
import { TASKS_RENDERERS } from '../../report/tasks/renderers.js';
import { startRun, type CommandContext } from '../context.js';
import { emitReport } from '../emit.js';
import { printIssues } from '../issues-out.js';
import { addExamples, classifyOptions, readResults } from '../method.js';
import { addOutputOptions, collectIds, parseDelimiter, parseYearOption, type OutputOptions } from '../options.js';
import { addByOption, addTaskReadingOptions, collectPaths, gatherTasks, type TaskFlags } from '../task-input.js';

interface TasksFlags extends TaskFlags, OutputOptions {
  by?: 'class' | 'teacher';
  results?: string[];
  strict?: boolean;
}

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
  command.action(async (inputs: string[], flags: TasksFlags, cmd: Command) => {
    const config = await startRun(cmd);
    const results = flags.results ? await shnorOf(flags.results, flags.year, config) : null;
    const parts = { classes: flags.by === 'class', teachers: flags.by === 'teacher' };
    const tasks = await gatherTasks(inputs, flags, config, { flagged: results?.flagged ?? null, directory: results?.directory, parts });
    const issues = [...tasks.issues].sort(compareIssues);
    printIssues(issues);
    if (flags.strict && issues.length > 0) throw new ShnorError(2, 'strict-failed', { count: issues.length });
    if (tasks.works.length === 0) throw new ShnorError(2, 'no-task-results');
    if (!anyMaximum(tasks.works)) throw new ShnorError(2, 'no-task-max');
    const report = { works: tasks.works, by: flags.by ?? null, params: config.tasks, issues };
    await emitReport(report, TASKS_RENDERERS, flags);
    context.exitCode = 0;
  });
}

/** Some task has a success, or none lacks a maximum: otherwise nothing could be computed for want of maximums. */
function anyMaximum(works: ProcedureTasks[]): boolean {
  const tasks = works.flatMap((work) => work.schools.flatMap((school) => school.tasks));
  return tasks.some((t) => t.success !== null) || !tasks.some((t) => t.noMax);
}

/** The ШНОР of the year from --results (the district view then looks at them), and the schools the results name. */
async function shnorOf(files: string[], year: number | undefined, config: Parameters<typeof readResults>[2]): Promise<{ flagged: Set<string>; directory: SchoolEntry[] }> {
  const loaded = await readResults(files, { year }, config);
  printIssues(loaded.issues);
  const target = year ?? loaded.records.reduce((latest, r) => Math.max(latest, r.year), 0);
  const classification = classifySchools(loaded.records, { ...classifyOptions(config.classify, target), branches: loaded.branches });
  return { flagged: new Set(classification.schools.filter((s) => s.flagged).map((s) => s.schoolId)), directory: schoolDirectory(loaded.records) };
}
