/**
 * shnor cluster FILES… [--profile FILE] [--reference FILE] — the three clusters of seed 004 for
 * the target year: low results, at risk, positive dynamics; each school in one (or none) with the
 * rules that put it there. Without a profile the context risks are not checked.
 */
import type { Command } from 'commander';
import { msg } from '../../messages/index.js';
import { clusterSchools } from '../../rules/analysis.js';
import { CLUSTER_RENDERERS } from '../../report/cluster/renderers.js';
import { startRun, type CommandContext } from '../context.js';
import { emitReport } from '../emit.js';
import { addExamples } from '../method.js';
import { gatherYear } from '../year-input.js';
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
  const config = await startRun(cmd);
  const year = await gatherYear(inputs, flags, config);
  const analysis = clusterSchools(year.input);
  const report = { analysis, issues: year.issues, profileGiven: year.input.profileGiven, params: config.cluster };
  await emitReport(report, CLUSTER_RENDERERS, flags);
  return 0;
}
