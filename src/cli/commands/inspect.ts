/**
 * shnor inspect FILES… — what shnor sees in each file, and the flags that reproduce the reading.
 * A file it cannot read is described too (the row most like a header, the nearest layout and the
 * columns it lacks, or the error that stopped it), and the run goes on: exit 0, the description
 * being the answer asked for. Wrong flags still exit 2.
 */
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { describeFailure, describeFile, dialectOf, type FileReport } from '../../io/inspect.js';
import { expandInputs } from '../../io/source.js';
import { msg } from '../../messages/index.js';
import { isWarning, type Issue } from '../../model/issues.js';
import type { Config } from '../../config/schema.js';
import { INSPECT_RENDERERS } from '../../report/inspect/renderers.js';
import { startRun, type CommandContext } from '../context.js';
import { emitReport } from '../emit.js';
import { addExamples, readResults } from '../method.js';
import { addOutputOptions, addReadingOptions, type OutputOptions, type ReadingOptions } from '../options.js';
import { append } from '../../model/arrays.js';

type InspectFlags = ReadingOptions & OutputOptions;

export function registerInspect(program: Command, context: CommandContext): void {
  const t = msg().inspect;
  const command = program.command('inspect').description(t.help).usage(msg().help.classifyUsage).argument('<inputs...>', msg().help.inputs);
  addExamples(addOutputOptions(addReadingOptions(command)), t.examples);
  command.action(async (inputs: string[], flags: InspectFlags, cmd: Command) => {
    const config = await startRun(cmd);
    const files: FileReport[] = [];
    const issues: Issue[] = [];
    // each file on its own: merging two files' equal results would hide what the second one holds
    for (const path of await expandInputs(inputs)) files.push(await inspectFile(path, flags, config, issues));
    await emitReport({ files, issues }, INSPECT_RENDERERS, flags);
    context.exitCode = 0;
  });
}

async function inspectFile(path: string, flags: InspectFlags, config: Config, issues: Issue[]): Promise<FileReport> {
  try {
    const loaded = await readResults([path], flags, config, { allowUnread: true });
    const dialect = path === '-' ? { encoding: null, delimiter: null } : await dialectOf(path, flags);
    append(issues, loaded.issues);
    const [outcome] = loaded.files;
    return describeFile(outcome!, loaded, { dialect, layout: flags.layout, isWarning });
  } catch (error) {
    // an error of this file is its description; one of another (the --schools list) stops the run
    if (error instanceof InputError && error.location?.file === (path === '-' ? '<stdin>' : path)) return describeFailure(error);
    throw error;
  }
}
