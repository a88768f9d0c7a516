/**
 * shnor template KIND [FILES…] — writes an input to fill in: the school profile, the facts
 * workbook of the target indicators (with result files: a row per ШНОР and ШНСУ school), or an
 * empty programme of target indicators.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { factsTemplate } from '../../app/facts-template.js';
import type { YearOptions } from '../../app/year.js';
import type { Config } from '../../config/schema.js';
import { UsageError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { renderProfileTemplate } from '../../report/templates/profile-template.js';
import { renderProgrammeTemplate } from '../../report/templates/programme-template.js';
import { writeOutputFile } from '../output.js';
import { startRun, type CommandContext } from '../context.js';
import { cliEnv } from '../env.js';
import { addExamples } from '../help-examples.js';
import { addReadingOptions } from '../options.js';

interface TemplateFlags extends Omit<YearOptions, 'inputs' | 'config'> {
  output?: string;
  force?: boolean;
}

type Render = (inputs: string[], flags: TemplateFlags, config: Config) => Promise<Buffer | string>;

const TEMPLATES = new Map<string, { file: string; render: Render }>([
  ['profile', { file: 'schools-profile.xlsx', render: () => renderProfileTemplate(cliEnv().lang) }],
  ['facts', { file: 'monitoring.xlsx', render: (inputs, flags, config) => factsTemplate({ ...flags, inputs, config }, cliEnv()) }],
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
