/** What a command's action shares with main: its exit code, and the start of a run. */
import type { Command } from 'commander';
import { configFile, loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { setXlsxLimits } from '../io/readers/xlsx/limits.js';
import { msg, setLang } from '../messages/index.js';
import type { GlobalOptions } from './options.js';
import { protectInputs } from './protect-inputs.js';

export interface CommandContext {
  exitCode: number;
}

/**
 * Loads --config (or ./shnor.config.json, said on stderr: a file nobody named changes the
 * results), settles the language — --lang beats the file — and the XLSX limits, and refuses an
 * output that is an input.
 */
export async function startRun(command: Command): Promise<Config> {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const file = configFile(globals.config, process.cwd());
  const config = loadConfig(globals.config, process.cwd());
  setLang(globals.lang ?? config.lang);
  setXlsxLimits(config.read);
  if (file !== null && globals.config === undefined) process.stderr.write(`${msg().help.configUsed(file)}\n`);
  await protectInputs(command, file);
  return config;
}
