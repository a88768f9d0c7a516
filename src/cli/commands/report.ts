/**
 * shnor report FILES… -o DIR — the yearly analytical report: DIR/report.md, report.html (printable,
 * self-contained), report.xlsx and charts/*.svg; with --docx report.docx, with --pdf report.pdf.
 * Same input, same files, byte for byte.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { getLang, msg } from '../../messages/index.js';
import { analyseYear } from '../../rules/analysis.js';
import { renderSvg } from '../../report/charts.js';
import { chartsOf, withRequisites } from '../../report/document/model.js';
import { documentHtml } from '../../report/document/html.js';
import { documentMarkdown } from '../../report/document/markdown.js';
import { documentXlsx } from '../../report/document/xlsx.js';
import { buildYearlyReport } from '../../report/yearly/build.js';
import { commandConfig, type CommandContext } from '../context.js';
import { addExamples } from '../method.js';
import { addMarkersOption, addReadingOptions, addReferenceOptions } from '../options.js';
import type { Rendered } from '../../report/renderers/index.js';
import { assertNotInput, writeAtomically } from '../output.js';
import { printedFiles, type PrintFlags } from '../print.js';
import { addTasksInputOption, optionalTasks, withTaskMeasures, type TaskFlags } from '../task-input.js';
import { gatherYear, type YearFlags } from '../year-input.js';

interface ReportFlags extends YearFlags, PrintFlags, TaskFlags {
  output: string;
  tasks?: string[];
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
    .option('--pdf', msg().report.help.pdf);
  addExamples(addTasksInputOption(addReadingOptions(addReferenceOptions(addMarkersOption(command)))), h.reportExamples);
  command.action(async (inputs: string[], flags: ReportFlags, cmd: Command) => {
    const config = commandConfig(cmd);
    const year = await gatherYear(inputs, flags, config);
    const plain = analyseYear(year.input);
    const flagged = new Set(plain.classification.schools.filter((s) => s.flagged).map((s) => s.schoolId));
    const tasks = await optionalTasks(flags, config, plain.year, flagged, year.input.records, { classes: true, teachers: config.report.teachers });
    const analysis = tasks ? withTaskMeasures(plain, tasks.works, year.input.catalog) : plain;
    const yearly = buildYearlyReport(
      {
        analysis, records: year.input.records, files: year.files, issues: year.issues,
        profiles: year.input.profiles.length, referenceLevels: year.referenceLevels, dynamics: config.dynamics, score: config.score,
        smallSample: config.classify.smallSample,
        programme: {
          schoolProfiles: year.input.profiles, profileGiven: year.input.profileGiven,
          isbshBelow: config.shnsu.isbshBelow, programmeTitle: year.input.programme.title,
        },
        tasks: tasks && { works: tasks.works, flagged, params: config.tasks, teachers: config.report.teachers },
        markers: year.input.markers,
      },
      getLang(),
    );
    const document = withRequisites(yearly, config.report.requisites);
    const charts = chartsOf(document);
    const svgs = new Map<string, string>();
    for (const chart of charts) svgs.set(chart.name, await renderSvg(chart));
    // the text files and the workbook are rendered as they are written
    const html = () => documentHtml(document, svgs, getLang());
    const files: [string, Rendered][] = [
      ['report.md', documentMarkdown(document, getLang())],
      ['report.html', html()],
      ['report.xlsx', documentXlsx(document)],
      ...charts.map((c): [string, string] => [join('charts', `${c.name}.svg`), svgs.get(c.name)!]),
      ...(await printedFiles(document, svgs, html, flags)),
    ];
    // every path is checked before the first is written: a refusal leaves nothing half-done
    for (const [name] of files) assertNotInput(join(flags.output, name), [...year.read, ...(tasks?.read ?? [])]);
    await mkdir(join(flags.output, 'charts'), { recursive: true });
    for (const [name, content] of files) await writeAtomically(join(flags.output, name), content);
    process.stderr.write(`${h.written(join(flags.output, 'report.html'))}\n`);
    context.exitCode = 0;
  });
}
