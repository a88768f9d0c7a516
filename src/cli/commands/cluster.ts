/**
 * shnor cluster FILES… [--profile FILE] [--reference FILE] — the three clusters of seed 004 for
 * the target year: low results, at risk, positive dynamics; each school in one (or none) with the
 * rules that put it there. Without a profile the context risks are not checked.
 */
import type { Command } from 'commander';
import { runCluster } from '../../app/cluster.js';
import type { YearOptions } from '../../app/year.js';
import { msg } from '../../messages/index.js';
import { CLUSTER_RENDERERS } from '../../report/cluster/renderers.js';
import type { CommandContext } from '../context.js';
import { runAndEmit } from '../emit.js';
import { addExamples } from '../help-examples.js';
import { addOutputOptions, addReadingOptions, addReferenceOptions, type OutputOptions } from '../options.js';

type ClusterFlags = Omit<YearOptions, 'inputs' | 'config'> & OutputOptions;

export function registerCluster(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('cluster')
    .description(h.cluster)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--profile <file>', h.profile);
  addExamples(addOutputOptions(addReadingOptions(addReferenceOptions(command))), h.clusterExamples);
  command.action((inputs: string[], flags: ClusterFlags, cmd: Command) => runAndEmit(cmd, context, { ...flags, inputs }, runCluster, CLUSTER_RENDERERS));
}
