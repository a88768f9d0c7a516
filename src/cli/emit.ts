/** Renders a report in the chosen format and sends it to stdout or a file. */
import type { Command } from 'commander';
import type { AppEnv, RunResult } from '../app/env.js';
import type { Config } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { getLang, msg } from '../messages/index.js';
import type { Document } from '../report/document/model.js';
import { FORMATS, formatForPath, OUTPUT_FORMATS, type OutputFormat } from '../report/to/index.js';
import type { OutputOptions } from './options.js';
import { writeOutputFile, writeStdout } from './output.js';
import { colorWanted, makePainter, terminalWidth } from './terminal.js';
import { startRun, type CommandContext } from './context.js';
import { cliEnv } from './env.js';
import { drawCharts } from './draw-charts.js';

/**
 * --format, else the format of -o's extension, else the terminal table. An -o whose extension no
 * renderer writes (list.html, list.txt) is a usage error, not a table in a file of another kind.
 */
export function chooseFormat(options: OutputOptions): OutputFormat {
  if (options.format) return options.format;
  if (!options.output) return 'table';
  const format = formatForPath(options.output);
  if (format !== null) return format;
  const extensions = OUTPUT_FORMATS.flatMap((f): readonly string[] => FORMATS[f].extensions).join(', ');
  throw new UsageError('bad-option', { option: '-o', value: options.output, expected: msg().help.expectedOutputExtension(extensions) });
}

async function emitReport(document: Document, options: OutputOptions): Promise<void> {
  const format = chooseFormat(options);
  if (!options.output && FORMATS[format].binary && process.stdout.isTTY) throw new UsageError('binary-to-terminal', { format });
  const color = !options.output && colorWanted(process.stdout, process.env);
  const width = options.output ? null : terminalWidth(process.stdout, process.env);
  const charts = await drawCharts(document, format, options.output);
  const content = FORMATS[format].render(document, { lang: getLang(), excel: Boolean(options.excel), paint: makePainter(color), width, charts });
  if (!options.output) {
    await writeStdout(content);
    return;
  }
  await writeOutputFile(options.output, content);
  process.stderr.write(`${msg().help.written(options.output)}\n`);
}

/** A use case run from its command's action: the config started, the report emitted, the exit code kept. */
export async function runAndEmit<O extends { config: Config }, D>(
  cmd: Command, context: CommandContext, options: Omit<O, 'config'> & OutputOptions,
  run: (options: O, env: AppEnv) => Promise<RunResult<D>>,
): Promise<void> {
  const config = await startRun(cmd);
  const result = await run({ ...options, config } as O, cliEnv());
  await emitReport(result.document, options);
  context.exitCode = result.exitCode;
}
