/** The «Примеры» block and the exit codes under a command's help. */
import type { Command } from 'commander';
import { msg } from '../messages/index.js';

export function addExamples(command: Command, examples: string[]): Command {
  const h = msg().help;
  return command.addHelpText('after', `\n${h.examples}\n${examples.map((e) => `  ${e}`).join('\n')}\n\n${h.exitCodes}\n`);
}
