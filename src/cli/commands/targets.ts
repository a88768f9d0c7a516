/**
 * shnor targets FILES… [--profile FILE] [--facts FILE] [--programme FILE] — the programme's target
 * indicators for the year: plan, fact, numerator, denominator, status and why (seed 004, January
 * monitoring «по целевым показателям МППКО»).
 */
import type { Command } from 'commander';
import { msg } from '../../messages/index.js';
import { analyseYear } from '../../rules/analysis.js';
import { TARGETS_RENDERERS } from '../../report/targets/renderers.js';
import { startRun, type CommandContext } from '../context.js';
import { emitReport } from '../emit.js';
import { addExamples, shnsuNote } from '../method.js';
import { addOutputOptions, addReadingOptions, addReferenceOptions, type OutputOptions } from '../options.js';
import { gatherYear, type YearFlags } from '../year-input.js';

export function registerTargets(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('targets')
    .description(h.targets)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--profile <file>', h.profile)
    .option('--facts <file>', h.facts)
    .option('--programme <file>', h.programme);
  addExamples(addOutputOptions(addReadingOptions(addReferenceOptions(command))), h.targetsExamples);
  command.action(async (inputs: string[], flags: YearFlags & OutputOptions, cmd: Command) => {
    const config = await startRun(cmd);
    const year = await gatherYear(inputs, flags, config);
    const analysis = analyseYear(year.input);
    const { id, title } = year.input.programme;
    const report = {
      year: analysis.year, programme: { id, title }, targets: analysis.targets,
      shnsuNote: shnsuNote(year.input.profileGiven, config.shnsu.isbshBelow), issues: year.issues,
    };
    await emitReport(report, TARGETS_RENDERERS, flags);
    context.exitCode = 0;
  });
}
