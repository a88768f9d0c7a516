/**
 * shnor recommend FILES… [--profile FILE] [--school ID] [--catalog FILE] — targeted recommendations
 * per school, grouped by audience, each with why: the trigger and the values that fired it.
 */
import type { Command } from 'commander';
import { msg } from '../../messages/index.js';
import { analyseYear } from '../../rules/analysis.js';
import { RECOMMEND_RENDERERS } from '../../report/recommend/renderers.js';
import type { RecommendReport } from '../../report/recommend/report.js';
import { startRun, type CommandContext } from '../context.js';
import { emitReport } from '../emit.js';
import { addExamples, knownIds } from '../method.js';
import { addMarkersOption, addOutputOptions, addReadingOptions, addReferenceOptions, collectIds, type OutputOptions } from '../options.js';
import { addTasksInputOption, optionalTasks, taskMeasures, type TaskFlags } from '../task-input.js';
import { gatherYear, type YearFlags } from '../year-input.js';

interface RecommendFlags extends YearFlags, OutputOptions, TaskFlags {
  school?: string[];
  tasks?: string[];
}

export function registerRecommend(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('recommend')
    .description(h.recommend)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--profile <file>', h.profile)
    .option('--school <id>', h.school, collectIds)
    .option('--catalog <file>', h.catalog);
  addExamples(addTasksInputOption(addOutputOptions(addReadingOptions(addReferenceOptions(addMarkersOption(command))))), h.recommendExamples);
  command.action(async (inputs: string[], flags: RecommendFlags, cmd: Command) => {
    const config = await startRun(cmd);
    const year = await gatherYear(inputs, flags, config);
    const analysis = analyseYear(year.input);
    const ids = flags.school ? new Set(knownIds(flags.school, analysis.classification.schools.map((s) => s.schoolId), year.input.classify.branches)) : null;
    const clusters = new Map(analysis.clusters.map((c) => [c.schoolId, c]));
    const flagged = new Set(analysis.classification.schools.filter((s) => s.flagged).map((s) => s.schoolId));
    const tasks = await optionalTasks(flags, config, analysis.year, flagged, year.input.records, { classes: false, teachers: false });
    const measures = (schoolId: string) => [...(analysis.recommendations.get(schoolId) ?? []), ...taskMeasures(tasks?.works ?? [], schoolId, year.input.catalog)];
    const report: RecommendReport = {
      year: analysis.year,
      schools: analysis.classification.schools
        .filter((s) => !ids || ids.has(s.schoolId))
        .map((s) => ({ schoolId: s.schoolId, schoolName: s.schoolName, cluster: clusters.get(s.schoolId) ?? null, recommendations: measures(s.schoolId) })),
      issues: year.issues,
    };
    await emitReport(report, RECOMMEND_RENDERERS, flags);
    context.exitCode = 0;
  });
}
