/**
 * shnor score FILES… [--profile FILE] [--reference FILE] — the municipal point indicators of
 * seed 003 for every school, with totals and ranks. Without a profile the profile indicators
 * have no points («нет данных профиля»); everything computable from results is still scored.
 */
import type { Command } from 'commander';
import { ShnorError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { compareIssues } from '../../model/issues.js';
import { classifySchools } from '../../rules/fioko.js';
import { scoreSchools } from '../../rules/score.js';
import { SCORE_RENDERERS } from '../../report/score/renderers.js';
import { commandConfig, type CommandContext } from '../context.js';
import { emitReport } from '../emit.js';
import { printIssues } from '../issues-out.js';
import { addExamples, classifyOptions, readProfile, readReference, readResults, targetYear, unknownSchool } from '../method.js';
import {
  addOutputOptions, addReadingOptions, addReferenceOptions, type OutputOptions, type ReadingOptions, type ReferenceOptions,
} from '../options.js';

interface ScoreFlags extends ReadingOptions, OutputOptions, ReferenceOptions {
  profile?: string;
}

export function registerScore(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('score')
    .description(h.score)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--profile <file>', h.profile);
  addExamples(addOutputOptions(addReadingOptions(addReferenceOptions(command))), h.scoreExamples);
  command.action(async (inputs: string[], flags: ScoreFlags, cmd: Command) => {
    context.exitCode = await runScore(inputs, flags, cmd);
  });
}

async function runScore(inputs: string[], flags: ScoreFlags, cmd: Command): Promise<number> {
  const config = commandConfig(cmd);
  const loaded = await readResults(inputs, flags, config);
  const profile = await readProfile(flags.profile);
  const reference = await readReference(flags);
  if (loaded.records.length === 0) throw new ShnorError(2, 'no-results');
  const year = targetYear(flags, loaded.records);
  const flagged = classifySchools(loaded.records, classifyOptions(config.classify, year)).schools.filter((s) => s.flagged);
  const scoring = scoreSchools({
    year,
    records: loaded.records,
    graduates: loaded.graduates,
    profiles: profile.profiles,
    profileGiven: flags.profile !== undefined,
    reference: reference.values,
    flagged: new Set(flagged.map((s) => s.schoolId)),
    params: config.score,
  });
  const issues = [...loaded.issues, ...profile.issues, ...reference.issues, ...scoring.unknownProfiles.map(unknownSchool)].sort(compareIssues);
  printIssues(issues);
  if (flags.strict && issues.length > 0) throw new ShnorError(2, 'strict-failed', { count: issues.length });
  const referenceLevels = [...new Set(reference.values.map((v) => v.level))];
  const report = { scoring, issues, profileGiven: flags.profile !== undefined, referenceLevels };
  const read = [...loaded.files.map((f) => f.file), ...[flags.profile, flags.reference].filter((f): f is string => f !== undefined)];
  await emitReport(report, SCORE_RENDERERS, flags, read);
  return 0;
}
