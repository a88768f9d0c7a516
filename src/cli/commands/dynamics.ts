/**
 * shnor dynamics FILES… [--school ID] [--reference FILE] — every school × procedure over all the
 * years in the data: failing shares with their intervals, changes and their significance, each
 * school's overall direction into Y, how the ШНОР list moved from Y−1 to Y, targets 8.1–8.8.
 */
import type { Command } from 'commander';
import { ShnorError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { compareIssues } from '../../model/issues.js';
import { compareProcedures } from '../../model/procedures.js';
import { loadProgramme } from '../../io/programme.js';
import { analyseDynamics } from '../../rules/analysis.js';
import { forSchools, yearSpan, type DynamicsReport } from '../../report/dynamics/report.js';
import { DYNAMICS_RENDERERS } from '../../report/dynamics/renderers.js';
import { startRun, type CommandContext } from '../context.js';
import { emitReport } from '../emit.js';
import { printIssues } from '../issues-out.js';
import { addExamples, classifyOptions, readReference, readResults, targetYear, knownIds } from '../method.js';
import {
  addOutputOptions, collectIds, addReadingOptions, addReferenceOptions, parseProceduresOption,
  type OutputOptions, type ReadingOptions, type ReferenceOptions,
} from '../options.js';

interface DynamicsFlags extends ReadingOptions, OutputOptions, ReferenceOptions {
  school?: string[];
  procedures?: ReturnType<typeof parseProceduresOption>;
  programme?: string;
}

export function registerDynamics(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('dynamics')
    .description(h.dynamics)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--school <id>', h.school, collectIds)
    .option('--procedures <set>', h.dynamicsProcedures, parseProceduresOption)
    .option('--programme <file>', h.programme);
  addExamples(addOutputOptions(addReadingOptions(addReferenceOptions(command))), h.dynamicsExamples);
  command.action(async (inputs: string[], flags: DynamicsFlags, cmd: Command) => {
    context.exitCode = await runDynamics(inputs, flags, cmd);
  });
}

async function runDynamics(inputs: string[], flags: DynamicsFlags, cmd: Command): Promise<number> {
  const config = await startRun(cmd);
  const loaded = await readResults(inputs, flags, config);
  const reference = await readReference(flags, loaded.references);
  const issues = [...loaded.issues, ...reference.issues].sort(compareIssues);
  printIssues(issues);
  if (flags.strict && issues.length > 0) throw new ShnorError(2, 'strict-failed', { count: issues.length });
  if (loaded.records.length === 0) throw new ShnorError(2, 'no-results');
  const classify = classifyOptions({ ...config.classify, procedures: flags.procedures ?? config.classify.procedures }, targetYear(flags, loaded.records));
  const analysis = analyseDynamics({
    records: loaded.records, reference: reference.values, classify: { ...classify, branches: loaded.branches }, dynamics: config.dynamics, score: config.score,
    programme: loadProgramme(flags.programme),
  });
  const ids = flags.school ? knownIds(flags.school, analysis.schools.map((s) => s.schoolId)) : null;
  const present = [...new Set(loaded.records.map((r) => r.procedure))];
  const report: DynamicsReport = {
    analysis: ids ? forSchools(analysis, ids) : analysis,
    years: yearSpan(analysis.schools),
    method: { ...config.dynamics, threshold: classify.threshold, procedures: present.filter((p) => classify.selection.includes(p)).sort(compareProcedures) },
    issues,
    referenceLevels: [...new Set(reference.values.map((v) => v.level))],
    selected: ids !== null,
  };
  await emitReport(report, DYNAMICS_RENDERERS, flags);
  return 0;
}
