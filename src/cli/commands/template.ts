/**
 * shnor template KIND [FILES…] — writes an input to fill in: the school profile, the facts
 * workbook of the target indicators (with result files: a row per ШНОР and ШНСУ school), or an
 * empty programme of target indicators.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../../config/schema.js';
import { UsageError } from '../../errors.js';
import { loadProgramme } from '../../io/programme.js';
import { msg } from '../../messages/index.js';
import { analyseYear } from '../../rules/analysis.js';
import { renderFactsTemplate, type FactsSchoolRow } from '../../report/templates/facts-template.js';
import { renderProfileTemplate } from '../../report/templates/profile-template.js';
import { renderProgrammeTemplate } from '../../report/templates/programme-template.js';
import { writeOutputFile } from '../output.js';
import { startRun, type CommandContext } from '../context.js';
import { addExamples } from '../method.js';
import { addReadingOptions } from '../options.js';
import { gatherYear, type YearFlags } from '../year-input.js';

interface TemplateFlags extends YearFlags {
  output?: string;
  force?: boolean;
}

type Render = (inputs: string[], flags: TemplateFlags, config: Config) => Promise<Buffer | string>;

const TEMPLATES = new Map<string, { file: string; render: Render }>([
  ['profile', { file: 'schools-profile.xlsx', render: () => renderProfileTemplate() }],
  ['facts', { file: 'monitoring.xlsx', render: renderFacts }],
  ['programme', { file: 'programme.json', render: async () => renderProgrammeTemplate() }],
]);

export function registerTemplate(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('template')
    .description(h.template)
    .usage(`${h.initUsage} <kind> [inputs...]`)
    .argument('<kind>', h.templateKind)
    .argument('[inputs...]', h.inputs)
    .option('-o, --output <file>', h.output)
    .option('--force', h.force)
    .option('--profile <file>', h.profile)
    .option('--programme <file>', h.programme);
  addReadingOptions(command).action(async (kind: string, inputs: string[], flags: TemplateFlags, cmd: Command) => {
    const template = TEMPLATES.get(kind);
    if (template === undefined) {
      throw new UsageError('bad-option', { option: 'kind', value: kind, expected: h.expectedOneOf([...TEMPLATES.keys()].join(', ')) });
    }
    const output = flags.output ?? template.file;
    // the kind's own file name is an output like -o: startRun keeps it apart from the inputs
    cmd.setOptionValue('output', output);
    const config = await startRun(cmd);
    if (existsSync(output) && !flags.force) throw new UsageError('config-exists', { file: output });
    await writeOutputFile(output, await template.render(inputs, flags, config));
    process.stderr.write(`${h.written(output)}\n`);
    context.exitCode = 0;
  });
  addExamples(command, h.templateExamples);
}

/** The facts workbook; with result files, a row per school of the programme's group in Y. */
async function renderFacts(inputs: string[], flags: TemplateFlags, config: Config): Promise<Buffer> {
  if (inputs.length === 0) return renderFactsTemplate(loadProgramme(flags.programme), []);
  const year = await gatherYear(inputs, flags, config);
  const analysis = analyseYear(year.input);
  const g = msg().targets.groups;
  const listed = new Set(analysis.previous.schools.filter((s) => s.flagged).map((s) => s.schoolId));
  const rows: FactsSchoolRow[] = analysis.classification.schools.flatMap((s) => {
    const shnsu = analysis.shnsu.get(s.schoolId)?.shnsu === true;
    if (!listed.has(s.schoolId) && !shnsu) return [];
    return [{ schoolId: s.schoolId, schoolName: s.schoolName, group: listed.has(s.schoolId) ? (shnsu ? g.both : g.shnor) : g.shnsu }];
  });
  return renderFactsTemplate(year.input.programme, rows);
}
