/**
 * inspect: what shnor sees in each file, and the flags that reproduce the reading. A file it
 * cannot read is described too (the row most like a header, the nearest layout and the columns it
 * lacks, or the error that stopped it), and the run goes on: the description is the answer.
 */
import type { Config } from '../config/schema.js';
import { InputError } from '../errors.js';
import { describeFailure, describeFile, dialectOf, type FileReport } from '../io/inspect.js';
import { expandInputs } from '../io/source.js';
import { append } from '../model/arrays.js';
import { isLeftOut, isWarning, type Issue } from '../model/issues.js';
import { inspectDocument, type InspectReport } from '../report/inspect/document.js';
import type { AppEnv, RunResult } from './env.js';
import { readResults } from './inputs.js';
import type { ReadingOptions } from './options.js';

export interface InspectRun extends ReadingOptions {
  inputs: string[];
  config: Config;
}

export async function runInspect(options: InspectRun, env: AppEnv): Promise<RunResult<InspectReport>> {
  const files: FileReport[] = [];
  const issues: Issue[] = [];
  // each file on its own (merging two files' equal results would hide what the second one holds);
  // their rows left out written once, all of them, at the end
  const each = { ...options, rejects: undefined };
  for (const path of await expandInputs(options.inputs)) files.push(await inspectFile(path, each, options.config, issues, env));
  if (options.rejects) await env.rejects(options.rejects, issues.filter(isLeftOut));
  const data = { files, issues };
  return { document: inspectDocument(data, env.lang), data, issues, exitCode: 0 };
}

async function inspectFile(path: string, options: ReadingOptions, config: Config, issues: Issue[], env: AppEnv): Promise<FileReport> {
  try {
    const loaded = await readResults([path], options, config, env, { allowUnread: true });
    const dialect = path === '-' ? { encoding: null, delimiter: null } : await dialectOf(path, options);
    append(issues, loaded.issues);
    const [outcome] = loaded.files;
    return describeFile(outcome!, loaded, { dialect, layout: options.layout, isWarning });
  } catch (error) {
    // an error of this file is its description; one of another (the --schools list) stops the run
    if (error instanceof InputError && error.location?.file === (path === '-' ? '<stdin>' : path)) return describeFailure(error);
    throw error;
  }
}
