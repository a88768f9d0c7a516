/**
 * shnor classify FILES… — reads results, applies the FIOKO rule for the target year and
 * explains every verdict. Flags override shnor.config.json; see `shnor classify --help`.
 */
import type { Command } from 'commander';
import { runClassify, type ClassifyRun } from '../../app/classify.js';
import { msg } from '../../messages/index.js';
import { CLASSIFY_RENDERERS } from '../../report/classify/renderers.js';
import type { CommandContext } from '../context.js';
import { runAndEmit } from '../emit.js';
import { addExamples } from '../help-examples.js';
import { addMethodOptions, addOutputOptions, addReadingOptions, type OutputOptions } from '../options.js';

type ClassifyFlags = Omit<ClassifyRun, 'inputs' | 'config'> & OutputOptions;

export function registerClassify(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('classify')
    .description(h.classify)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--profile <file>', h.profileShnsu);
  addExamples(addOutputOptions(addReadingOptions(addMethodOptions(command))), h.classifyExamples);
  command.action((inputs: string[], flags: ClassifyFlags, cmd: Command) => runAndEmit(cmd, context, { ...flags, inputs }, runClassify, CLASSIFY_RENDERERS));
}
