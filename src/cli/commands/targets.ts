/**
 * shnor targets FILES… [--profile FILE] [--facts FILE] [--programme FILE] — the programme's target
 * indicators for the year: plan, fact, numerator, denominator, status and why (seed 004, January
 * monitoring «по целевым показателям МППКО»).
 */
import type { Command } from 'commander';
import { runTargets } from '../../app/targets.js';
import type { YearOptions } from '../../app/year.js';
import { msg } from '../../messages/index.js';
import { TARGETS_RENDERERS } from '../../report/targets/renderers.js';
import type { CommandContext } from '../context.js';
import { runAndEmit } from '../emit.js';
import { addExamples } from '../help-examples.js';
import { addOutputOptions, addReadingOptions, addReferenceOptions, type OutputOptions } from '../options.js';

type TargetsFlags = Omit<YearOptions, 'inputs' | 'config'> & OutputOptions;

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
  command.action((inputs: string[], flags: TargetsFlags, cmd: Command) => runAndEmit(cmd, context, { ...flags, inputs }, runTargets, TARGETS_RENDERERS));
}
