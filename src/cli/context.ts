/** What a command's action shares with main: its exit code, and the config it runs under. */
import type { Command } from 'commander';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { setXlsxLimits } from '../io/readers/xlsx/limits.js';
import { setLang } from '../messages/index.js';
import type { GlobalOptions } from './options.js';

export interface CommandContext {
  exitCode: number;
}

/** Loads --config (or ./shnor.config.json), settles the language (--lang beats the file) and the XLSX limits. */
export function commandConfig(command: Command): Config {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const config = loadConfig(globals.config, process.cwd());
  setLang(globals.lang ?? config.lang);
  setXlsxLimits(config.read);
  return config;
}
