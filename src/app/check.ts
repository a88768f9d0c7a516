/**
 * check: a draft ШНОР list against what the FIOKO rule gives for the target year, and the data
 * behind it checked. Exit code 1 when the draft differs from the rule or a data check is an error;
 * warnings alone leave 0. The objectivity warnings of the year: the results' own signs, beside them the
 * official list (--markers) and, with --objectivity-from computed, the signs computed from the per-pupil
 * exports among the inputs; check reads no objectivity flag from the profile, so `profile` leaves the list aside.
 */
import type { Config } from '../config/schema.js';
import { loadDraftList } from '../io/draft-list.js';
import { loadJournal } from '../io/journal.js';
import { compareIssues } from '../model/issues.js';
import { checkDocument } from '../report/check/document.js';
import type { CheckReport } from '../report/check/report.js';
import { checkPassed, compareDraft, dataChecks, draftBranches } from '../rules/check.js';
import { classifySchools } from '../rules/fioko.js';
import { computedChecks } from '../rules/check-computed.js';
import { objectivityFrom } from '../rules/objectivity-flag.js';
import { listStandings } from '../rules/official-lists.js';
import type { AppEnv, RunResult } from './env.js';
import { gateIssues, requireResults } from './gate.js';
import { classifyOptions, readMarkers, readProfile, readResults, targetYear, unknownSchools } from './inputs.js';
import { objectivityBasis, objectivitySource, readComputedObjectivity, type ObjectivityFromOptions } from './objectivity-from.js';
import { methodSettings, type MarkersOptions, type MethodOptions, type ReadingOptions } from './options.js';

export interface CheckRun extends ReadingOptions, MethodOptions, MarkersOptions, ObjectivityFromOptions {
  inputs: string[];
  config: Config;
  list?: string;
  journal?: string;
  /** The school profile: its official lists beside the computed list. */
  profile?: string;
}

export async function runCheck(options: CheckRun, env: AppEnv): Promise<RunResult<CheckReport>> {
  const { config } = options;
  const source = objectivitySource(options);
  const settings = methodSettings(config.classify, options);
  const dialect = { encoding: options.encoding, delimiter: options.delimiter };
  // the draft first: an unusable draft is exit 2 before the (larger) results are read
  const draft = options.list ? await loadDraftList(options.list, dialect) : null;
  const journal = options.journal ? await loadJournal(options.journal, { ...dialect, year: options.year ?? null }) : null;
  const loaded = await readResults(options.inputs, options, config, env);
  const markers = source === 'profile' ? null : await readMarkers(options.markers, options, loaded);
  const computed = source === 'computed' ? await readComputedObjectivity(options.inputs, options, env) : null;
  const profile = await readProfile(options.profile);
  const issues = [...loaded.issues].sort(compareIssues);
  const profileIssues = [...profile.issues, ...unknownSchools(profile.profiles, loaded.records)].sort(compareIssues);
  // every problem counts for --strict: the draft's, the journal's and the profile's too
  const told = gateIssues([...(draft?.issues ?? []), ...(journal?.issues ?? []), ...[...(markers?.issues ?? []), ...(computed?.issues ?? [])].sort(compareIssues), ...profileIssues, ...issues], options.strict, env);
  requireResults(loaded.records.length);
  const classification = classifySchools(loaded.records, { ...classifyOptions(settings, targetYear(options.year, loaded.records), env.lang), branches: loaded.branches });
  const comparison = draft ? compareDraft(draft.entries, classification, draftBranches(loaded.records, loaded.branches)) : null;
  const checks = dataChecks(
    loaded.records, classification, issues, { ...config.check, smallSample: settings.smallSample }, journal?.rows ?? [], markers?.list ?? null,
    computed ? computedChecks(computed.computed, classification.year) : [],
  );
  const basis = objectivityBasis(source, markers?.list ?? null, computed?.computed ?? null);
  const report: CheckReport = {
    year: classification.year,
    threshold: classification.method.threshold,
    draft: draft && options.list ? { file: options.list, entries: draft.entries.length } : null,
    comparison,
    dataChecks: checks,
    lists: options.profile ? [...listStandings(classification, profile.profiles).values()] : null,
    objectivityFrom: basis.source === 'profile' ? null : objectivityFrom(basis),
  };
  return { document: checkDocument(report, env.lang), data: report, issues: told, exitCode: checkPassed(comparison, checks) ? 0 : 1 };
}
