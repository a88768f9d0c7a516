/**
 * shnor check FILES… [--list DRAFT] — compares a draft ШНОР list with what the FIOKO rule gives
 * for the target year and checks the data behind it. Exit 1 (context.exitCode, not a throw) when
 * the draft differs from the rule or a data check is an error; warnings alone leave 0.
 */
import type { Command } from 'commander';
import { runCheck, type CheckRun } from '../../app/check.js';
import { msg } from '../../messages/index.js';
import { CHECK_RENDERERS } from '../../report/check/renderers.js';
import type { CommandContext } from '../context.js';
import { runAndEmit } from '../emit.js';
import { addExamples } from '../help-examples.js';
import { addMarkersOption, addMethodOptions, addOutputOptions, addReadingOptions, type OutputOptions } from '../options.js';

type CheckFlags = Omit<CheckRun, 'inputs' | 'config'> & OutputOptions;

export function registerCheck(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('check')
    .description(h.check)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--list <file>', msg().check.listOption)
    .option('--journal <file>', msg().check.journalOption);
  addExamples(addOutputOptions(addReadingOptions(addMethodOptions(addMarkersOption(command)))), h.checkExamples);
  command.action((inputs: string[], flags: CheckFlags, cmd: Command) => runAndEmit(cmd, context, { ...flags, inputs }, runCheck, CHECK_RENDERERS));
}
