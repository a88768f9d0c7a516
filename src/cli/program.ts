/** Builds the commander program: Russian (or English) help, shared flags, every command. */
import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { msg } from '../messages/index.js';
import { COMMANDS } from './commands/index.js';
import type { CommandContext } from './context.js';
import { addExamples } from './help-examples.js';
import { LocalHelp } from './help.js';
import { addGlobalOptions } from './options.js';

export function version(): string {
  return pkg.version;
}

export function buildProgram(context: CommandContext): Command {
  const h = msg().help;
  const program = new Command('shnor');
  program
    .description(h.program)
    .usage(h.usage)
    .version(version(), '-V, --version', h.version)
    .helpOption('-h, --help', h.helpOption)
    .helpCommand('help [command]', h.helpCommand)
    .showHelpAfterError(false)
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({ writeErr: () => undefined, outputError: () => undefined })
    .exitOverride();
  program.createHelp = () => Object.assign(new LocalHelp(msg()), program.configureHelp());
  addGlobalOptions(program);
  for (const register of COMMANDS) register(program, context);
  for (const command of program.commands) {
    command.exitOverride().helpOption('-h, --help', h.helpOption);
    command.createHelp = program.createHelp;
  }
  addExamples(program, [...h.classifyExamples.slice(0, 2), ...h.scoreExamples.slice(0, 1), h.templateExamples[0]!]);
  return program;
}
