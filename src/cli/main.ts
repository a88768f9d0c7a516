/**
 * The entry point and the one place where errors become exit codes:
 * 0 done, 1 `check` found discrepancies, 2 usage or input error, 3 internal error.
 * A broken pipe on stdout (`| head`) ends quietly; a closed stderr costs its messages, not the run.
 */
import { type Command, CommanderError } from 'commander';
import { ShnorError } from '../errors.js';
import { EXAMPLES } from '../messages/examples.js';
import { getLang, messagesOf, setLang, type Lang } from '../messages/index.js';
import { errorMessage, locationText } from '../report/issue-text.js';
import type { CommandContext } from './context.js';
import { buildProgram } from './program.js';
import { colorWanted, errorLine } from './terminal.js';

const QUIET_COMMANDER_CODES = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);
const COMMANDER_MESSAGES: Record<string, 'cli-unknown-option' | 'cli-unknown-command' | 'cli-missing-argument' | 'cli-option-missing-argument' | 'cli-excess-arguments'> = {
  'commander.unknownOption': 'cli-unknown-option',
  'commander.unknownCommand': 'cli-unknown-command',
  'commander.missingArgument': 'cli-missing-argument',
  'commander.optionMissingArgument': 'cli-option-missing-argument',
  'commander.excessArguments': 'cli-excess-arguments',
};

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  setLang(earlyLang(argv));
  quietOnBrokenPipe();
  ignoreClosedStderr();
  const context: CommandContext = { exitCode: 0 };
  let program: Command | null = null;
  try {
    program = buildProgram(context);
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(helpForUnknown(argv, program) ?? argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    const commands = program?.commands.map((c) => c.name()) ?? [];
    return report(error, argv.find((a) => commands.includes(a)) ?? null, debug);
  }
}

function report(error: unknown, command: string | null, debug: boolean): number {
  const color = colorWanted(process.stderr, process.env);
  if (error instanceof CommanderError) {
    if (QUIET_COMMANDER_CODES.has(error.code)) return 0;
    process.stderr.write(errorLine(commanderText(error, command), color));
    return 2;
  }
  if (error instanceof ShnorError) {
    const text = errorMessage(error.code, error.params, getLang());
    process.stderr.write(errorLine(error.location ? `${locationText(error.location, getLang())}: ${text}` : text, color));
    return error.exitCode;
  }
  process.stderr.write(errorLine(errorMessage('internal', { message: (error as Error)?.message ?? String(error) }, getLang()), color));
  if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  return 3;
}

/**
 * Commander's error in the run's language: the token it names, the name it suggests for a typo
 * («(Did you mean classify?)», showSuggestionAfterError), an argument by its name in the help.
 */
function commanderText(error: CommanderError, command: string | null): string {
  const token = /'([^']+)'/.exec(error.message)?.[1] ?? error.message.replace(/^error:\s*/, '');
  const help = command ? `shnor ${command} --help` : 'shnor --help';
  const suggestion = /\(Did you mean (.+)\?\)/.exec(error.message)?.[1] ?? null;
  const code = COMMANDER_MESSAGES[error.code] ?? 'cli-other';
  const lang = getLang();
  if (code === 'cli-missing-argument') {
    const terms = messagesOf(lang).commander.terms;
    const example = (command && Object.hasOwn(EXAMPLES, command) ? EXAMPLES[command as keyof typeof EXAMPLES][0] : undefined) ?? help;
    return errorMessage(code, { token: Object.hasOwn(terms, token) ? terms[token as keyof typeof terms] : token, example }, lang);
  }
  return errorMessage(code, { token, help, suggestion }, lang);
}

/**
 * `shnor help clasify` as `shnor clasify`: an unknown command with the name it was meant to be.
 * Commander would print the program's help on stderr, which shnor keeps for its own messages.
 */
function helpForUnknown(argv: string[], program: Command): string[] | null {
  const [first, name] = argv;
  if (first !== 'help' || name === undefined || name.startsWith('-')) return null;
  return program.commands.some((c) => c.name() === name) ? null : [name];
}

function earlyLang(argv: string[]): Lang {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (index < 0) return 'ru';
  const value = argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return value === 'en' ? 'en' : 'ru';
}

/** Any other error of stdout fails the write that met it (src/cli/output.ts): exit 2 with its message. */
function quietOnBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
}

/** A reader of stderr gone (EPIPE) would otherwise be an uncaught error: exit 1, the result lost. */
function ignoreClosedStderr(): void {
  process.stderr.on('error', () => undefined);
}
