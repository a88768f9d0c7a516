/**
 * shnor classify FILES… — reads results, applies the FIOKO rule for the target year and
 * explains every verdict. Flags override shnor.config.json; see `shnor classify --help`.
 */
import type { Command } from 'commander';
import { ShnorError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { compareIssues } from '../../model/issues.js';
import { classifySchools } from '../../rules/fioko.js';
import { CLASSIFY_RENDERERS } from '../../report/classify/renderers.js';
import { emitReport } from '../emit.js';
import { printIssues } from '../issues-out.js';
import {
  addMethodOptions, addOutputOptions, addReadingOptions, methodSettings, type MethodOptions,
  type OutputOptions, type ReadingOptions,
} from '../options.js';
import { startRun, type CommandContext } from '../context.js';
import { addExamples, classifyOptions, readProfile, readResults, shnsuNote, targetYear, unknownSchool } from '../method.js';
import { assessShnsu } from '../../rules/shnsu.js';

type ClassifyFlags = ReadingOptions & OutputOptions & MethodOptions & { profile?: string };

export function registerClassify(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('classify')
    .description(h.classify)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--profile <file>', h.profileShnsu);
  addExamples(addOutputOptions(addReadingOptions(addMethodOptions(command))), h.classifyExamples);
  command.action(async (inputs: string[], flags: ClassifyFlags, cmd: Command) => {
    context.exitCode = await runClassify(inputs, flags, cmd);
  });
}

async function runClassify(inputs: string[], flags: ClassifyFlags, cmd: Command): Promise<number> {
  const config = await startRun(cmd);
  const settings = methodSettings(config.classify, flags);
  const loaded = await readResults(inputs, flags, config);
  const profile = await readProfile(flags.profile);
  const known = new Set(loaded.records.map((r) => r.schoolId));
  const unknown = profile.profiles.filter((p) => !known.has(p.schoolId)).map(unknownSchool);
  const issues = [...loaded.issues, ...profile.issues, ...unknown].sort(compareIssues);
  printIssues(issues);
  if (flags.strict && issues.length > 0) throw new ShnorError(2, 'strict-failed', { count: issues.length });
  if (loaded.records.length === 0) throw new ShnorError(2, 'no-results');
  const classification = classifySchools(loaded.records, { ...classifyOptions(settings, targetYear(flags, loaded.records)), branches: loaded.branches });
  const shnsu = flags.profile
    ? { verdicts: assessShnsu(classification.schools.map((s) => s.schoolId), profile.profiles, config.shnsu), note: shnsuNote(true, config.shnsu.isbshBelow) }
    : null;
  await emitReport({ classification, issues, shnsu }, CLASSIFY_RENDERERS, flags);
  return 0;
}
