/** shnor rules — prints the indicator registry with the scales in force (config «score.scales»). */
import type { Command } from 'commander';
import { msg } from '../../messages/index.js';
import type { CommandContext } from '../context.js';
import { runAndEmit } from '../emit.js';
import { addExamples } from '../help-examples.js';
import { addOutputOptions, type OutputOptions } from '../options.js';

export function registerRules(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program.command('rules').description(h.rules).usage(h.initUsage);
  addExamples(addOutputOptions(command), ['shnor rules', 'shnor rules --format md -o rules.md']);
  command.action(async (flags: OutputOptions, cmd: Command) => {
    await runAndEmit(cmd, context, flags, (await import('../../app/rules.js')).runRules);
  });
}
