/**
 * shnor report FILES… -o DIR — the yearly analytical report: DIR/report.md, report.html (printable,
 * self-contained), report.xlsx and charts/*.svg; with --docx report.docx, with --pdf report.pdf.
 * Same input, same files, byte for byte. DIR is written whole or not at all (src/cli/report-folder.ts).
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { runReport, type ReportRun } from '../../app/report.js';
import { getLang, msg } from '../../messages/index.js';
import { renderSvg } from '../../report/charts.js';
import { chartsOf } from '../../report/document/model.js';
import { documentHtml } from '../../report/to/html.js';
import { documentMarkdown } from '../../report/to/md.js';
import { documentXlsx } from '../../report/to/xlsx.js';
import { startRun, type CommandContext } from '../context.js';
import { cliEnv } from '../env.js';
import { addExamples } from '../help-examples.js';
import { addMarkersOption, addObjectivityFromOption, addMethodOptions, addReadingOptions, addReferenceOptions, addSignificanceOption } from '../options.js';
import type { Rendered } from '../../report/to/context.js';
import { assertReportFolder, writeReportFolder } from '../report-folder.js';
import { printedFiles, type PrintFlags } from '../print.js';
import { reportTalk, stepsTo, writtenSummary } from '../report-progress.js';
import { addTasksInputOption } from '../task-input.js';

interface ReportFlags extends Omit<ReportRun, 'inputs' | 'config'>, PrintFlags {
  output: string;
  quiet?: boolean;
}

/** --objectivity FILE, repeated, gives the files; alone (true) it means the inputs. */
function collectObjectivity(value: string, previous: true | string[] | undefined): string[] {
  return [...(Array.isArray(previous) ? previous : []), value];
}

export function registerReport(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('report')
    .description(h.report)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--profile <file>', h.profile)
    .option('--catalog <file>', h.catalog)
    .option('--programme <file>', h.programme)
    .option('--facts <file>', h.facts)
    .option('-o, --output <dir>', h.reportDir, 'report')
    .option('--docx', msg().report.help.docx)
    .option('--pdf', msg().report.help.pdf)
    .option('--objectivity [file]', msg().report.help.objectivity, collectObjectivity)
    .option('--quiet', msg().report.help.quiet);
  addExamples(addTasksInputOption(addReadingOptions(addMethodOptions(addReferenceOptions(addObjectivityFromOption(addMarkersOption(addSignificanceOption(command))))))), h.reportExamples);
  command.action(async (inputs: string[], flags: ReportFlags, cmd: Command) => {
    const config = await startRun(cmd);
    // an unusable folder is refused before the analysis, not after it
    await assertReportFolder(flags.output);
    const talk = reportTalk(process.stderr, Boolean(flags.quiet));
    const progress = talk === 'steps' ? stepsTo(process.stderr, getLang()) : undefined;
    const { document } = await runReport({ ...flags, inputs, config }, { ...cliEnv(), progress });
    const charts = chartsOf(document);
    if (charts.length > 0) progress?.('charts');
    const svgs = new Map<string, string>();
    for (const chart of charts) svgs.set(chart.name, await renderSvg(chart));
    // the text files and the workbook are rendered as they are written
    const html = () => documentHtml(document, svgs, getLang());
    const files: [string, Rendered][] = [
      ['report.md', documentMarkdown(document, getLang())],
      ['report.html', html()],
      ['report.xlsx', documentXlsx(document)],
      ...charts.map((c): [string, string] => [join('charts', `${c.name}.svg`), svgs.get(c.name)!]),
      ...(await printedFiles(document, svgs, html, flags, progress)),
    ];
    progress?.('write');
    const written = await writeReportFolder(flags.output, files);
    if (talk === 'steps') process.stderr.write(writtenSummary(flags.output, written, getLang()));
    if (talk === 'line') process.stderr.write(`${h.written(join(flags.output, 'report.html'))}\n`);
    context.exitCode = 0;
  });
}
