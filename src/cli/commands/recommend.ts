/**
 * shnor recommend FILES… [--profile FILE] [--school ID] [--catalog FILE] — targeted recommendations
 * per school, grouped by audience, each with why: the trigger and the values that fired it.
 */
import type { Command } from 'commander';
import { runRecommend, type RecommendRun } from '../../app/recommend.js';
import { msg } from '../../messages/index.js';
import { RECOMMEND_RENDERERS } from '../../report/recommend/renderers.js';
import type { CommandContext } from '../context.js';
import { runAndEmit } from '../emit.js';
import { addExamples } from '../help-examples.js';
import { addMarkersOption, addOutputOptions, addReadingOptions, addReferenceOptions, collectIds, type OutputOptions } from '../options.js';
import { addTasksInputOption } from '../task-input.js';

type RecommendFlags = Omit<RecommendRun, 'inputs' | 'config'> & OutputOptions;

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
  command.action((inputs: string[], flags: RecommendFlags, cmd: Command) => runAndEmit(cmd, context, { ...flags, inputs }, runRecommend, RECOMMEND_RENDERERS));
}
