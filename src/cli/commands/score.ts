/**
 * shnor score FILES… [--profile FILE] [--reference FILE] — the municipal point indicators of
 * seed 003 for every school, with totals and ranks. Without a profile the profile indicators
 * have no points («нет данных профиля»); everything computable from results is still scored.
 */
import type { Command } from 'commander';
import { msg } from '../../messages/index.js';
import { scoreYear } from '../../rules/analysis.js';
import { SCORE_RENDERERS } from '../../report/score/renderers.js';
import { startRun, type CommandContext } from '../context.js';
import { emitReport } from '../emit.js';
import { addExamples } from '../method.js';
import { addMarkersOption, addOutputOptions, addReadingOptions, addReferenceOptions, type OutputOptions } from '../options.js';
import { gatherYear, type YearFlags } from '../year-input.js';

type ScoreFlags = YearFlags & OutputOptions;

export function registerScore(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('score')
    .description(h.score)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--profile <file>', h.profile);
  addExamples(addOutputOptions(addReadingOptions(addReferenceOptions(addMarkersOption(command)))), h.scoreExamples);
  command.action(async (inputs: string[], flags: ScoreFlags, cmd: Command) => {
    context.exitCode = await runScore(inputs, flags, cmd);
  });
}

async function runScore(inputs: string[], flags: ScoreFlags, cmd: Command): Promise<number> {
  const config = await startRun(cmd);
  const year = await gatherYear(inputs, flags, config);
  const report = { scoring: scoreYear(year.input), issues: year.issues, profileGiven: year.input.profileGiven, referenceLevels: year.referenceLevels, markerYears: year.input.markers?.years ?? null };
  await emitReport(report, SCORE_RENDERERS, flags);
  return 0;
}
