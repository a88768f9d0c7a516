/** shnor init — writes shnor.config.json with every default and what it means. */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { CONFIG_FILE } from '../../config/load.js';
import { defaultConfigText } from '../../config/default-file.js';
import { UsageError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { writeOutputFile } from '../output.js';
import type { CommandContext } from '../context.js';

export function registerInit(program: Command, context: CommandContext): void {
  const h = msg().help;
  program
    .command('init')
    .description(h.init)
    .usage(h.initUsage)
    .option('-o, --output <file>', h.output, CONFIG_FILE)
    .option('--force', h.force)
    .action(async (flags: { output: string; force?: boolean }) => {
      if (existsSync(flags.output) && !flags.force) throw new UsageError('config-exists', { file: flags.output });
      await writeOutputFile(flags.output, defaultConfigText());
      process.stderr.write(`${h.initDone(flags.output)}\n`);
      context.exitCode = 0;
    });
}
