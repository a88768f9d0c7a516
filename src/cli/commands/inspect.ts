/** shnor inspect FILES… — what shnor sees in each file, and the flags that reproduce the reading. */
import type { Command } from 'commander';
import { dialectOf, describeFile } from '../../io/inspect.js';
import { expandInputs } from '../../io/source.js';
import { msg } from '../../messages/index.js';
import { isWarning } from '../../model/issues.js';
import { INSPECT_RENDERERS } from '../../report/inspect/renderers.js';
import { commandConfig, type CommandContext } from '../context.js';
import { emitReport } from '../emit.js';
import { addExamples, readResults } from '../method.js';
import { addOutputOptions, addReadingOptions, type OutputOptions, type ReadingOptions } from '../options.js';

type InspectFlags = ReadingOptions & OutputOptions;

export function registerInspect(program: Command, context: CommandContext): void {
  const t = msg().inspect;
  const command = program.command('inspect').description(t.help).usage(msg().help.classifyUsage).argument('<inputs...>', msg().help.inputs);
  addExamples(addOutputOptions(addReadingOptions(command)), t.examples);
  command.action(async (inputs: string[], flags: InspectFlags, cmd: Command) => {
    const config = commandConfig(cmd);
    const files = [];
    const issues = [];
    // each file on its own: merging two files' equal results would hide what the second one holds
    for (const path of await expandInputs(inputs)) {
      const loaded = await readResults([path], flags, config);
      const dialect = path === '-' ? { encoding: null, delimiter: null } : await dialectOf(path, flags);
      files.push(...loaded.files.map((outcome) => describeFile(outcome, dialect, loaded.records, loaded.issues, isWarning)));
      issues.push(...loaded.issues);
    }
    await emitReport({ files, issues }, INSPECT_RENDERERS, flags, files.map((f) => f.file));
    context.exitCode = 0;
  });
}
