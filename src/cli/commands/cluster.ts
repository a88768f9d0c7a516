/**
 * shnor cluster FILES… [--profile FILE] [--reference FILE] — the three clusters of seed 004 for
 * the target year: low results, at risk, positive dynamics; each school in one (or none) with the
 * rules that put it there. Without a profile the context risks are not checked.
 */
import type { Command } from 'commander';
import { ShnorError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { compareIssues } from '../../model/issues.js';
import { clusterSchools } from '../../rules/analysis.js';
import { CLUSTER_RENDERERS } from '../../report/cluster/renderers.js';
import { commandConfig, type CommandContext } from '../context.js';
import { emitReport } from '../emit.js';
import { printIssues } from '../issues-out.js';
import { addExamples, classifyOptions, readProfile, readReference, readResults, targetYear, unknownSchool } from '../method.js';
import {
  addOutputOptions, addReadingOptions, addReferenceOptions, type OutputOptions, type ReadingOptions, type ReferenceOptions,
} from '../options.js';

interface ClusterFlags extends ReadingOptions, OutputOptions, ReferenceOptions {
  profile?: string;
}

export function registerCluster(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('cluster')
    .description(h.cluster)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--profile <file>', h.profile);
  addExamples(addOutputOptions(addReadingOptions(addReferenceOptions(command))), h.clusterExamples);
  command.action(async (inputs: string[], flags: ClusterFlags, cmd: Command) => {
    context.exitCode = await runCluster(inputs, flags, cmd);
  });
}

async function runCluster(inputs: string[], flags: ClusterFlags, cmd: Command): Promise<number> {
  const config = commandConfig(cmd);
  const loaded = await readResults(inputs, flags, config);
  const profile = await readProfile(flags.profile);
  const reference = await readReference(flags);
  const known = new Set(loaded.records.map((r) => r.schoolId));
  const unknown = profile.profiles.filter((p) => !known.has(p.schoolId)).map(unknownSchool);
  const issues = [...loaded.issues, ...profile.issues, ...reference.issues, ...unknown].sort(compareIssues);
  printIssues(issues);
  if (flags.strict && issues.length > 0) throw new ShnorError(2, 'strict-failed', { count: issues.length });
  if (loaded.records.length === 0) throw new ShnorError(2, 'no-results');
  const analysis = clusterSchools({
    records: loaded.records,
    reference: reference.values,
    classify: classifyOptions(config.classify, targetYear(flags, loaded.records)),
    dynamics: config.dynamics,
    score: config.score,
    profiles: profile.profiles,
    profileGiven: flags.profile !== undefined,
    graduates: loaded.graduates,
    cluster: config.cluster,
  });
  const report = { analysis, issues, profileGiven: flags.profile !== undefined, params: config.cluster };
  const read = [...loaded.files.map((f) => f.file), ...[flags.profile, flags.reference].filter((f): f is string => f !== undefined)];
  await emitReport(report, CLUSTER_RENDERERS, flags, read);
  return 0;
}
