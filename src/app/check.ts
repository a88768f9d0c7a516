/**
 * check: a draft ШНОР list against what the FIOKO rule gives for the target year, and the data
 * behind it checked. Exit code 1 when the draft differs from the rule or a data check is an error;
 * warnings alone leave 0.
 */
import type { Config } from '../config/schema.js';
import { loadDraftList } from '../io/draft-list.js';
import { loadJournal } from '../io/journal.js';
import { compareIssues } from '../model/issues.js';
import { checkDocument } from '../report/check/document.js';
import type { CheckReport } from '../report/check/report.js';
import { checkPassed, compareDraft, dataChecks, draftBranches } from '../rules/check.js';
import { classifySchools } from '../rules/fioko.js';
import { listStandings } from '../rules/official-lists.js';
import type { AppEnv, RunResult } from './env.js';
import { gateIssues, requireResults } from './gate.js';
import { classifyOptions, readMarkers, readProfile, readResults, targetYear, unknownSchools } from './inputs.js';
import { methodSettings, type MarkersOptions, type MethodOptions, type ReadingOptions } from './options.js';

export interface CheckRun extends ReadingOptions, MethodOptions, MarkersOptions {
  inputs: string[];
  config: Config;
  list?: string;
  journal?: string;
  /** The school profile: its official lists beside the computed list. */
  profile?: string;
}

export async function runCheck(options: CheckRun, env: AppEnv): Promise<RunResult<CheckReport>> {
  const { config } = options;
  const settings = methodSettings(config.classify, options);
  const dialect = { encoding: options.encoding, delimiter: options.delimiter };
  // the draft first: an unusable draft is exit 2 before the (larger) results are read
  const draft = options.list ? await loadDraftList(options.list, dialect) : null;
  const journal = options.journal ? await loadJournal(options.journal, { ...dialect, year: options.year ?? null }) : null;
  const loaded = await readResults(options.inputs, options, config, env);
  const markers = await readMarkers(options.markers, options, loaded);
  const profile = await readProfile(options.profile);
  const issues = [...loaded.issues].sort(compareIssues);
  const profileIssues = [...profile.issues, ...unknownSchools(profile.profiles, loaded.records)].sort(compareIssues);
  // every problem counts for --strict: the draft's, the journal's and the profile's too
  const told = gateIssues([...(draft?.issues ?? []), ...(journal?.issues ?? []), ...(markers?.issues ?? []).sort(compareIssues), ...profileIssues, ...issues], options.strict, env);
  requireResults(loaded.records.length);
  const classification = classifySchools(loaded.records, { ...classifyOptions(settings, targetYear(options.year, loaded.records), env.lang), branches: loaded.branches });
  const comparison = draft ? compareDraft(draft.entries, classification, draftBranches(loaded.records, loaded.branches)) : null;
  const checks = dataChecks(loaded.records, classification, issues, { ...config.check, smallSample: settings.smallSample }, journal?.rows ?? [], markers?.list ?? null);
  const report: CheckReport = {
    year: classification.year,
    threshold: classification.method.threshold,
    draft: draft && options.list ? { file: options.list, entries: draft.entries.length } : null,
    comparison,
    dataChecks: checks,
    lists: options.profile ? [...listStandings(classification, profile.profiles).values()] : null,
  };
  return { document: checkDocument(report, env.lang), data: report, issues: told, exitCode: checkPassed(comparison, checks) ? 0 : 1 };
}
