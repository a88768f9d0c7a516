/**
 * A command run in-process, as `shnor <name> … --format F` runs it but without a process: the
 * config (--config FILE or ./shnor.config.json), the language and the XLSX limits settled as
 * startRun settles them, run<Name> with the options the flags would give, then the command's
 * renderer for the format (no colour, no terminal width unless given, like output to a pipe).
 * What the command line would print on stderr is kept too: the input problems as printIssues
 * prints them, and a ShnorError as main.ts prints it (exit 2). Any other error is thrown: in the
 * binary it would be exit 3 with a stack trace. --rejects is written by the command line's own code.
 *
 * Exit codes 2/3 as main.ts gives them, commander's parsing, stdin, -o, colour and $COLUMNS
 * stay with the black-box tests of test/e2e (test/e2e/run-cli.ts).
 */
import { Readable } from 'node:stream';
import type { AppEnv, RunResult } from '../../src/app/env.js';
import { runCheck } from '../../src/app/check.js';
import { runClassify } from '../../src/app/classify.js';
import { runCluster } from '../../src/app/cluster.js';
import { runDynamics } from '../../src/app/dynamics.js';
import { runInspect } from '../../src/app/inspect.js';
import { runRecommend } from '../../src/app/recommend.js';
import { runScore } from '../../src/app/score.js';
import { runTargets } from '../../src/app/targets.js';
import { runTasks } from '../../src/app/tasks.js';
import { cliEnv } from '../../src/cli/env.js';
import { printIssues } from '../../src/cli/issues-out.js';
import { errorLine, makePainter } from '../../src/cli/terminal.js';
import { loadConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { ShnorError } from '../../src/errors.js';
import { setXlsxLimits } from '../../src/io/readers/xlsx/limits.js';
import { getLang, setLang, type Lang } from '../../src/messages/index.js';
import type { Issue } from '../../src/model/issues.js';
import { CHECK_RENDERERS } from '../../src/report/check/renderers.js';
import { CLASSIFY_RENDERERS } from '../../src/report/classify/renderers.js';
import { CLUSTER_RENDERERS } from '../../src/report/cluster/renderers.js';
import { DYNAMICS_RENDERERS } from '../../src/report/dynamics/renderers.js';
import { INSPECT_RENDERERS } from '../../src/report/inspect/renderers.js';
import { errorMessage, locationText } from '../../src/report/issue-text.js';
import { RECOMMEND_RENDERERS } from '../../src/report/recommend/renderers.js';
import type { OutputFormat, Rendered, ReportRenderers } from '../../src/report/renderers/index.js';
import { SCORE_RENDERERS } from '../../src/report/score/renderers.js';
import { TARGETS_RENDERERS } from '../../src/report/targets/renderers.js';
import { TASKS_RENDERERS } from '../../src/report/tasks/renderers.js';

const COMMANDS = {
  classify: { run: runClassify, renderers: CLASSIFY_RENDERERS },
  check: { run: runCheck, renderers: CHECK_RENDERERS },
  inspect: { run: runInspect, renderers: INSPECT_RENDERERS },
  score: { run: runScore, renderers: SCORE_RENDERERS },
  dynamics: { run: runDynamics, renderers: DYNAMICS_RENDERERS },
  cluster: { run: runCluster, renderers: CLUSTER_RENDERERS },
  recommend: { run: runRecommend, renderers: RECOMMEND_RENDERERS },
  targets: { run: runTargets, renderers: TARGETS_RENDERERS },
  tasks: { run: runTasks, renderers: TASKS_RENDERERS },
};

type Commands = typeof COMMANDS;
export type CommandName = keyof Commands;
/** The options of run<Name> but the config: what the command's flags give (any command's, for a union of names). */
export type CommandOptions<N extends CommandName> = N extends CommandName ? Omit<Parameters<Commands[N]['run']>[0], 'config'> : never;
export type CommandData<N extends CommandName> = Awaited<ReturnType<Commands[N]['run']>>['data'];

/** The flags around a run that are not the command's own. */
export interface RunSettings {
  format?: OutputFormat;
  /** --excel */
  excel?: boolean;
  /** --lang; else the config's language. */
  lang?: Lang;
  /** --config FILE; else ./shnor.config.json of the working folder when there is one. */
  config?: string;
  /** The working folder the inputs are named from; the repository root when absent. */
  cwd?: string;
  /** Standard input, for an input named «-». */
  stdin?: string | Buffer;
  /** The terminal's width ($COLUMNS); none, like a pipe, when absent. */
  width?: number;
}

export interface CommandRun<D> {
  /** 0, 1 (`check` found discrepancies) or the exit code of the ShnorError that stopped the run. */
  code: number;
  /** What would go to stdout: the rendered report ('' when the run stopped). */
  stdout: string;
  /** The rendered bytes: a workbook for xlsx, the text's UTF-8 bytes otherwise. */
  stdoutBytes: Buffer;
  /** What the command line would print on stderr: the input problems, then the error that stopped the run. */
  stderr: string;
  /** What the renderers drew; null when the run stopped. */
  data: D | null;
  /** Every input problem of the run (RunResult.issues). */
  issues: Issue[];
  error: ShnorError | null;
}

export async function runCommand<N extends CommandName>(name: N, options: CommandOptions<N>, settings: RunSettings = {}): Promise<CommandRun<CommandData<N>>> {
  const home = process.cwd();
  if (settings.cwd) process.chdir(settings.cwd);
  const stderr: string[] = [];
  try {
    const config = startRun(settings);
    const env: AppEnv = {
      ...cliEnv(),
      stdin: Readable.from(settings.stdin === undefined ? [] : [Buffer.from(settings.stdin)]),
      issues: (issues) => stderr.push(printed(issues)),
    };
    const { run, renderers } = COMMANDS[name] as unknown as {
      run: (options: CommandOptions<N> & { config: Config }, env: AppEnv) => Promise<RunResult<CommandData<N>>>;
      renderers: ReportRenderers<CommandData<N>>;
    };
    const result = await run({ ...options, config }, env);
    const bytes = await render(renderers, result.data, settings);
    return { code: result.exitCode, stdout: bytes.toString('utf8'), stdoutBytes: bytes, stderr: stderr.join(''), data: result.data, issues: result.issues, error: null };
  } catch (error) {
    if (!(error instanceof ShnorError)) throw error;
    return { code: error.exitCode, stdout: '', stdoutBytes: Buffer.alloc(0), stderr: stderr.join('') + errorText(error), data: null, issues: [], error };
  } finally {
    process.chdir(home);
  }
}

/** runCommand with --format json and its stdout parsed, as runJson gives a binary's. */
export async function runCommandJson<T, N extends CommandName = CommandName>(
  name: N, options: CommandOptions<N>, settings: Omit<RunSettings, 'format'> = {},
): Promise<{ result: CommandRun<CommandData<N>>; json: T }> {
  const result = await runCommand(name, options, { ...settings, format: 'json' });
  if (result.error) throw new Error(`${name} stopped (exit ${result.code}): ${result.stderr}`);
  return { result, json: JSON.parse(result.stdout) as T };
}

/** The config of a run, and the language and limits it sets (src/cli/context.ts, startRun). */
export function startRun(settings: Pick<RunSettings, 'config' | 'lang'>): Config {
  setLang(settings.lang ?? 'ru');
  const config = loadConfig(settings.config, process.cwd());
  setLang(settings.lang ?? config.lang);
  setXlsxLimits(config.read);
  return config;
}

async function render<D>(renderers: ReportRenderers<D>, data: D, settings: RunSettings): Promise<Buffer> {
  const context = { lang: getLang(), excel: Boolean(settings.excel), paint: makePainter(false), width: settings.width ?? null };
  return bytesOf(await renderers[settings.format ?? 'table'](data, context));
}

export function bytesOf(content: Rendered): Buffer {
  if (Buffer.isBuffer(content)) return content;
  return Buffer.from(typeof content === 'string' ? content : [...content].join(''));
}

/** The lines printIssues writes on stderr. */
function printed(issues: Issue[]): string {
  const lines: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string) => lines.push(chunk) > 0) as typeof write;
  try {
    printIssues(issues);
  } finally {
    process.stderr.write = write;
  }
  return lines.join('');
}

/** A ShnorError as main.ts prints it, without colour. */
function errorText(error: ShnorError): string {
  const text = errorMessage(error.code, error.params);
  return errorLine(error.location ? `${locationText(error.location)}: ${text}` : text, false);
}
