/**
 * shnor score FILES… [--profile FILE] [--reference FILE] — the municipal point indicators of
 * seed 003 for every school, with totals and ranks. Without a profile the profile indicators
 * have no points («нет данных профиля»); everything computable from results is still scored.
 */
import type { Command } from 'commander';
import { runScore } from '../../app/score.js';
import type { YearOptions } from '../../app/year.js';
import { msg } from '../../messages/index.js';
import { SCORE_RENDERERS } from '../../report/score/renderers.js';
import type { CommandContext } from '../context.js';
import { runAndEmit } from '../emit.js';
import { addExamples } from '../help-examples.js';
import { addMarkersOption, addOutputOptions, addReadingOptions, addReferenceOptions, type OutputOptions } from '../options.js';

type ScoreFlags = Omit<YearOptions, 'inputs' | 'config'> & OutputOptions;

export function registerScore(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('score')
    .description(h.score)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--profile <file>', h.profile);
  addExamples(addOutputOptions(addReadingOptions(addReferenceOptions(addMarkersOption(command)))), h.scoreExamples);
  command.action((inputs: string[], flags: ScoreFlags, cmd: Command) => runAndEmit(cmd, context, { ...flags, inputs }, runScore, SCORE_RENDERERS));
}
