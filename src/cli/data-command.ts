/**
 * A command that reads inputs and prints a report, declared: its name, help, flags and the use
 * case it runs, which gives the document every format renders. The use case is loaded when
 * the command runs, not when the program is built: a run loads only its own command.
 */
import type { Command } from 'commander';
import type { AppEnv, RunResult } from '../app/env.js';
import type { Config } from '../config/schema.js';
import { msg } from '../messages/index.js';
import type { CommandContext } from './context.js';
import { runAndEmit } from './emit.js';
import { addExamples } from './help-examples.js';
import type { OutputOptions } from './options.js';

type Register = (program: Command, context: CommandContext) => void;

export interface DataCommand<O extends { config: Config }, D> {
  /** The help's description and examples: by default messages' help.<name> and help.<name>Examples. */
  help?: { description: string; examples: string[] };
  /** Every flag, the command's own first, in the order its help lists them. */
  flags: (command: Command) => Command;
  load: () => Promise<(options: O, env: AppEnv) => Promise<RunResult<D>>>;
}

type HelpTexts = ReturnType<typeof msg>['help'];
/** A command whose description and examples are the messages' help.<name> and help.<name>Examples: adding them names it. */
type Described = { [K in keyof HelpTexts]: K extends string ? (`${K}Examples` extends keyof HelpTexts ? (HelpTexts[K] extends string ? K : never) : never) : never }[keyof HelpTexts];

/** The register function of a data command; `spec` is read once the language is settled. */
export function dataCommand<O extends { config: Config }, D>(name: Described, spec: (h: HelpTexts) => DataCommand<O, D>): Register;
/** A command with help texts of its own (inspect's, from its own messages). */
export function dataCommand<O extends { config: Config }, D>(name: string, spec: (h: HelpTexts) => DataCommand<O, D> & Required<Pick<DataCommand<O, D>, 'help'>>): Register;
export function dataCommand<O extends { config: Config }, D>(name: string, spec: (h: HelpTexts) => DataCommand<O, D>): Register {
  return (program, context) => {
    const h = msg().help;
    const { help, flags, load } = spec(h);
    const { description, examples } = help ?? { description: h[name as Described], examples: h[`${name as Described}Examples`] };
    const command = program.command(name).description(description).usage(msg().help.classifyUsage).argument('<inputs...>', msg().help.inputs);
    addExamples(flags(command), examples);
    command.action(async (inputs: string[], options: Omit<O, 'config'> & OutputOptions, cmd: Command) => {
      await runAndEmit(cmd, context, { ...options, inputs }, await load());
    });
  };
}
