/** Renders a report in the chosen format and sends it to stdout or a file. */
import { UsageError } from '../errors.js';
import { getLang, msg } from '../messages/index.js';
import { FORMATS, formatForPath, type OutputFormat, type ReportRenderers } from '../report/renderers/index.js';
import type { OutputOptions } from './options.js';
import { writeOutputFile, writeStdout } from './output.js';
import { colorWanted, makePainter, terminalWidth } from './terminal.js';

export function chooseFormat(options: OutputOptions): OutputFormat {
  return options.format ?? (options.output ? formatForPath(options.output) : null) ?? 'table';
}

export async function emitReport<R>(report: R, renderers: ReportRenderers<R>, options: OutputOptions): Promise<void> {
  const format = chooseFormat(options);
  if (!options.output && FORMATS[format].binary && process.stdout.isTTY) throw new UsageError('binary-to-terminal', { format });
  const color = !options.output && colorWanted(process.stdout, process.env);
  const width = options.output ? null : terminalWidth(process.stdout, process.env);
  const content = await renderers[format](report, { lang: getLang(), excel: Boolean(options.excel), paint: makePainter(color), width });
  if (!options.output) {
    await writeStdout(content);
    return;
  }
  await writeOutputFile(options.output, content);
  process.stderr.write(`${msg().help.written(options.output)}\n`);
}
