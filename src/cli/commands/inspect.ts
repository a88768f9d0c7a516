/**
 * shnor inspect FILES… — what shnor sees in each file, and the flags that reproduce the reading.
 * A file it cannot read is described too (the row most like a header, the nearest layout and the
 * columns it lacks, or the error that stopped it), and the run goes on: exit 0, the description
 * being the answer asked for. Wrong flags still exit 2.
 */
import type { Command } from 'commander';
import { runInspect, type InspectRun } from '../../app/inspect.js';
import { msg } from '../../messages/index.js';
import { INSPECT_RENDERERS } from '../../report/inspect/renderers.js';
import type { CommandContext } from '../context.js';
import { runAndEmit } from '../emit.js';
import { addExamples } from '../help-examples.js';
import { addOutputOptions, addReadingOptions, type OutputOptions } from '../options.js';

type InspectFlags = Omit<InspectRun, 'inputs' | 'config'> & OutputOptions;

export function registerInspect(program: Command, context: CommandContext): void {
  const t = msg().inspect;
  const command = program.command('inspect').description(t.help).usage(msg().help.classifyUsage).argument('<inputs...>', msg().help.inputs);
  addExamples(addOutputOptions(addReadingOptions(command)), t.examples);
  command.action((inputs: string[], flags: InspectFlags, cmd: Command) => runAndEmit(cmd, context, { ...flags, inputs }, runInspect, INSPECT_RENDERERS));
}
