/**
 * dynamics: every school × procedure over all the years in the data — failing shares with their
 * intervals, changes and their significance, each school's direction into Y, how the ШНОР list
 * moved from Y−1 to Y, targets 8.1–8.8.
 */
import type { Config } from '../config/schema.js';
import { loadProgramme } from '../io/programme.js';
import { compareIssues } from '../model/issues.js';
import { compareProcedures } from '../model/procedures.js';
import { dynamicsDocument } from '../report/dynamics/document.js';
import { forSchools, yearSpan, type DynamicsReport } from '../report/dynamics/report.js';
import { analyseDynamics } from '../rules/analysis.js';
import type { AppEnv, RunResult } from './env.js';
import { gateIssues, requireResults } from './gate.js';
import { classifyOptions, knownIds, readReference, readResults, targetYear, tellOutsidePeriod } from './inputs.js';
import { dynamicsSettings, methodSettings, type MethodOptions, type ReadingOptions, type ReferenceOptions, type SignificanceOptions } from './options.js';

export interface DynamicsRun extends ReadingOptions, ReferenceOptions, MethodOptions, SignificanceOptions {
  inputs: string[];
  config: Config;
  school?: string[];
  programme?: string;
}

export async function runDynamics(options: DynamicsRun, env: AppEnv): Promise<RunResult<DynamicsReport>> {
  const { config } = options;
  const loaded = await readResults(options.inputs, options, config, env);
  const reference = await readReference(options, loaded.references);
  const issues = gateIssues([...loaded.issues, ...reference.issues].sort(compareIssues), options.strict, env);
  requireResults(loaded.records.length);
  const dynamics = dynamicsSettings(config.dynamics, options);
  const classify = classifyOptions(methodSettings(config.classify, options), targetYear(options.year, loaded.records), env.lang);
  const analysis = analyseDynamics({
    records: loaded.records, reference: reference.values, classify: { ...classify, branches: loaded.branches }, dynamics, score: config.score,
    programme: loadProgramme(options.programme),
  });
  const period = tellOutsidePeriod(analysis.outsidePeriod, analysis.year, options.programme, env);
  const ids = options.school ? knownIds(options.school, analysis.schools.map((s) => s.schoolId), env.lang) : null;
  const present = [...new Set(loaded.records.map((r) => r.procedure))];
  const report: DynamicsReport = {
    analysis: ids ? forSchools(analysis, ids) : analysis,
    years: yearSpan(analysis.schools),
    method: { ...dynamics, threshold: classify.threshold, procedures: present.filter((p) => classify.selection.includes(p)).sort(compareProcedures) },
    issues: [...issues, ...period],
    referenceLevels: [...new Set(reference.values.map((v) => v.level))],
    selected: ids !== null,
  };
  return { document: dynamicsDocument(report, env.lang), data: report, issues: report.issues, exitCode: 0 };
}
