/** classify: the FIOKO rule for the target year, each verdict explained; ШНСУ beside it with a profile; «успеваемость» and «качество знаний». */
import type { Config } from '../config/schema.js';
import { compareIssues } from '../model/issues.js';
import { classifyDocument } from '../report/classify/document.js';
import type { ClassifyReport } from '../report/classify/report.js';
import { classifySchools } from '../rules/fioko.js';
import { qualityTable } from '../rules/mark-quality.js';
import { listStandings } from '../rules/official-lists.js';
import { assessShnsu } from '../rules/shnsu.js';
import type { AppEnv, RunResult } from './env.js';
import { gateIssues, requireResults } from './gate.js';
import { classifyOptions, readProfile, readReference, readResults, shnsuNote, targetYear, unknownSchools } from './inputs.js';
import { methodSettings, type MethodOptions, type ReadingOptions, type ReferenceOptions } from './options.js';

export interface ClassifyRun extends ReadingOptions, MethodOptions, ReferenceOptions {
  inputs: string[];
  config: Config;
  profile?: string;
}

export async function runClassify(options: ClassifyRun, env: AppEnv): Promise<RunResult<ClassifyReport>> {
  const { config } = options;
  const settings = methodSettings(config.classify, options);
  const loaded = await readResults(options.inputs, options, config, env);
  const profile = await readProfile(options.profile);
  // the verdicts do not use it: the region's row of «успеваемость» and «качество знаний» does
  const reference = await readReference(options, loaded.references);
  const issues = gateIssues([...loaded.issues, ...profile.issues, ...reference.issues, ...unknownSchools(profile.profiles, loaded.records)].sort(compareIssues), options.strict, env);
  requireResults(loaded.records.length);
  const classification = classifySchools(loaded.records, { ...classifyOptions(settings, targetYear(options.year, loaded.records), env.lang), branches: loaded.branches });
  const shnsu = options.profile
    ? { verdicts: assessShnsu(classification.schools.map((s) => s.schoolId), profile.profiles, config.shnsu), note: shnsuNote(true, config.shnsu.isbshBelow, env.lang) }
    : null;
  const { year, method } = classification;
  const quality = qualityTable(loaded.records, (r) => (r.year === year || r.year === year - 1) && method.procedures.includes(r.procedure), reference.values);
  const data = { classification, issues, shnsu, lists: options.profile ? listStandings(classification, profile.profiles) : null, quality };
  return { document: classifyDocument(data, env.lang), data, issues, exitCode: 0 };
}
