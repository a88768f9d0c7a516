/**
 * shnor check FILES… [--list DRAFT] — compares a draft ШНОР list with what the FIOKO rule gives
 * for the target year and checks the data behind it. Exit 1 (context.exitCode, not a throw) when
 * the draft differs from the rule or a data check is an error; warnings alone leave 0.
 */
import type { Command } from 'commander';
import { ShnorError } from '../../errors.js';
import { loadDraftList } from '../../io/draft-list.js';
import { loadJournal } from '../../io/journal.js';
import { msg } from '../../messages/index.js';
import { compareIssues } from '../../model/issues.js';
import { checkPassed, compareDraft, dataChecks, draftBranches } from '../../rules/check.js';
import { classifySchools } from '../../rules/fioko.js';
import { CHECK_RENDERERS } from '../../report/check/renderers.js';
import type { CheckReport } from '../../report/check/report.js';
import { emitReport } from '../emit.js';
import { printIssues } from '../issues-out.js';
import {
  addMarkersOption, addMethodOptions, addOutputOptions, addReadingOptions, methodSettings, type MarkersOptions, type MethodOptions,
  type OutputOptions, type ReadingOptions,
} from '../options.js';
import { startRun, type CommandContext } from '../context.js';
import { addExamples, classifyOptions, readMarkers, readResults, targetYear } from '../method.js';

interface CheckFlags extends ReadingOptions, OutputOptions, MethodOptions, MarkersOptions {
  list?: string;
  journal?: string;
}

export function registerCheck(program: Command, context: CommandContext): void {
  const h = msg().help;
  const command = program
    .command('check')
    .description(h.check)
    .usage(h.classifyUsage)
    .argument('<inputs...>', h.inputs)
    .option('--list <file>', msg().check.listOption)
    .option('--journal <file>', msg().check.journalOption);
  addExamples(addOutputOptions(addReadingOptions(addMethodOptions(addMarkersOption(command)))), h.checkExamples);
  command.action(async (inputs: string[], flags: CheckFlags, cmd: Command) => {
    context.exitCode = await runCheck(inputs, flags, cmd);
  });
}

async function runCheck(inputs: string[], flags: CheckFlags, cmd: Command): Promise<number> {
  const config = await startRun(cmd);
  const settings = methodSettings(config.classify, flags);
  // the draft first: an unusable draft is exit 2 before the (larger) results are read
  const draft = flags.list ? await loadDraftList(flags.list, { encoding: flags.encoding, delimiter: flags.delimiter }) : null;
  const journal = flags.journal ? await loadJournal(flags.journal, { encoding: flags.encoding, delimiter: flags.delimiter, year: flags.year ?? null }) : null;
  const loaded = await readResults(inputs, flags, config);
  const markers = await readMarkers(flags.markers, flags, loaded);
  const issues = [...loaded.issues].sort(compareIssues);
  printIssues([...(draft?.issues ?? []), ...(journal?.issues ?? []), ...(markers?.issues ?? []).sort(compareIssues), ...issues]);
  if (flags.strict && issues.length > 0) throw new ShnorError(2, 'strict-failed', { count: issues.length });
  if (loaded.records.length === 0) throw new ShnorError(2, 'no-results');
  const classification = classifySchools(loaded.records, { ...classifyOptions(settings, targetYear(flags, loaded.records)), branches: loaded.branches });
  const comparison = draft ? compareDraft(draft.entries, classification, draftBranches(loaded.records, loaded.branches)) : null;
  const checks = dataChecks(loaded.records, classification, issues, { ...config.check, smallSample: settings.smallSample }, journal?.rows ?? [], markers?.list ?? null);
  const report: CheckReport = {
    year: classification.year,
    threshold: classification.method.threshold,
    draft: draft && flags.list ? { file: flags.list, entries: draft.entries.length } : null,
    comparison,
    dataChecks: checks,
  };
  await emitReport(report, CHECK_RENDERERS, flags);
  return checkPassed(comparison, checks) ? 0 : 1;
}

/**
 * The journal comparison, or 'no-header' when it has no recognisable header: that error is told
 * here (exit 2) because its text lives with the check's messages, not in the shared error texts.
 */
