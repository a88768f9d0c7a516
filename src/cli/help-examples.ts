/** The «Примеры» block and the exit codes under a command's help, the exit codes wrapped as the help is (80 columns). */
import { Help, type Command } from 'commander';
import { msg } from '../messages/index.js';

const HELP_WIDTH = 80;

export function addExamples(command: Command, examples: string[]): Command {
  const h = msg().help;
  return command.addHelpText('after', `\n${h.examples}\n${examples.map((e) => `  ${e}`).join('\n')}\n\n${new Help().boxWrap(h.exitCodes, HELP_WIDTH)}\n`);
}
