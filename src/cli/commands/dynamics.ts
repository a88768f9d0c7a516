/**
 * shnor dynamics FILES… [--school ID] [--reference FILE] — every school × procedure over all the
 * years in the data: failing shares with their intervals, changes and their significance, each
 * school's overall direction into Y, how the ШНОР list moved from Y−1 to Y, targets 8.1–8.8.
 */
import type { Command } from 'commander';
import { runDynamics, type DynamicsRun } from '../../app/dynamics.js';
import { msg } from '../../messages/index.js';
import { DYNAMICS_RENDERERS } from '../../report/dynamics/renderers.js';
import type { CommandContext } from '../context.js';
import { runAndEmit } from '../emit.js';
import { addExamples } from '../help-examples.js';
import { addOutputOptions, addReadingOptions, addReferenceOptions, collectIds, parseProceduresOption, type OutputOptions } from '../options.js';

type DynamicsFlags = Omit<DynamicsRun, 'inputs' | 'config'> & OutputOptions;

export function registerDynamics(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('dynamics')
    .description(h.dynamics)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--school <id>', h.school, collectIds)
    .option('--procedures <set>', h.dynamicsProcedures, parseProceduresOption)
    .option('--programme <file>', h.programme);
  addExamples(addOutputOptions(addReadingOptions(addReferenceOptions(command))), h.dynamicsExamples);
  command.action((inputs: string[], flags: DynamicsFlags, cmd: Command) => runAndEmit(cmd, context, { ...flags, inputs }, runDynamics, DYNAMICS_RENDERERS));
}
