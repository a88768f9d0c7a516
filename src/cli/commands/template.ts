/** shnor template KIND — writes an empty input workbook to fill in (for now: the school profile). */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { renderProfileTemplate } from '../../report/templates/profile-template.js';
import { writeAtomically } from '../output.js';
import type { CommandContext } from '../context.js';
import { addExamples } from '../method.js';

const TEMPLATES = new Map<string, { file: string; render: () => Promise<Buffer> }>([
  ['profile', { file: 'schools-profile.xlsx', render: renderProfileTemplate }],
]);

export function registerTemplate(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('template')
    .description(h.template)
    .usage(`${h.initUsage} <kind>`)
    .argument('<kind>', h.templateKind)
    .option('-o, --output <file>', h.output)
    .option('--force', h.force)
    .action(async (kind: string, flags: { output?: string; force?: boolean }) => {
      const template = TEMPLATES.get(kind);
      if (template === undefined) {
        throw new UsageError('bad-option', { option: 'kind', value: kind, expected: h.expectedOneOf([...TEMPLATES.keys()].join(', ')) });
      }
      const output = flags.output ?? template.file;
      if (existsSync(output) && !flags.force) throw new UsageError('config-exists', { file: output });
      await writeAtomically(output, await template.render());
      process.stderr.write(`${h.written(output)}\n`);
      context.exitCode = 0;
    });
  addExamples(command, h.templateExamples);
}
