/**
 * A command run in-process, as `shnor <name> … --format F` runs it but without a process: the
 * config (--config FILE or ./shnor.config.json), the language and the XLSX limits settled as
 * startRun settles them, run<Name> with the options the flags would give, then its document in
 * the format's renderer (no colour, no terminal width unless given, like output to a pipe).
 * What the command line would print on stderr is kept too: the input problems as printIssues
 * prints them, and a ShnorError as main.ts prints it (exit 2). Any other error is thrown: in the
 * binary it would be exit 3 with a stack trace. --rejects is written by the command line's own code.
 *
 * Exit codes 2/3 as main.ts gives them, commander's parsing, stdin, -o, colour and $COLUMNS
 * stay with the black-box tests of test/e2e (test/e2e/run-cli.ts).
 */
import { Readable } from 'node:stream';
import type { AppEnv, RunResult } from '../../src/app/env.js';
import type { ReportRun } from '../../src/app/report.js';
import { printIssues } from '../../src/cli/issues-out.js';
import { errorLine, makePainter } from '../../src/cli/terminal.js';
import { loadConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { ShnorError } from '../../src/errors.js';
import { setXlsxLimits, xlsxLimits } from '../../src/io/readers/xlsx/limits.js';
import { getLang, setLang, type Lang } from '../../src/messages/index.js';
import type { Issue } from '../../src/model/issues.js';
import { errorMessage, locationText } from '../../src/report/issue-text.js';
import type { Document } from '../../src/report/document/model.js';
import type { Rendered } from '../../src/report/to/context.js';
import { FORMATS, type OutputFormat } from '../../src/report/to/index.js';

// loaded when first run, as the command line loads them: a test file pays only for its commands
export const COMMANDS = {
  classify: async () => (await import('../../src/app/classify.js')).runClassify,
  check: async () => (await import('../../src/app/check.js')).runCheck,
  inspect: async () => (await import('../../src/app/inspect.js')).runInspect,
  score: async () => (await import('../../src/app/score.js')).runScore,
  dynamics: async () => (await import('../../src/app/dynamics.js')).runDynamics,
  cluster: async () => (await import('../../src/app/cluster.js')).runCluster,
  recommend: async () => (await import('../../src/app/recommend.js')).runRecommend,
  targets: async () => (await import('../../src/app/targets.js')).runTargets,
  tasks: async () => (await import('../../src/app/tasks.js')).runTasks,
  objectivity: async () => (await import('../../src/app/objectivity.js')).runObjectivity,
  rules: async () => (await import('../../src/app/rules.js')).runRules,
};

type Commands = { [N in keyof typeof COMMANDS]: Awaited<ReturnType<(typeof COMMANDS)[N]>> };
export type CommandName = keyof Commands;
/** The options of run<Name> but the config: what the command's flags give (any command's, for a union of names). */
export type CommandOptions<N extends CommandName> = N extends CommandName ? Omit<Parameters<Commands[N]>[0], 'config'> : never;
export type CommandData<N extends CommandName> = Awaited<ReturnType<Commands[N]>>['data'];

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
  /** The terminal's width ($COLUMNS); none, like a pipe, when absent. */
  width?: number;
}

export interface CommandRun {
  /** 0, 1 (`check` found discrepancies) or the exit code of the ShnorError that stopped the run. */
  code: number;
  /** What would go to stdout: the rendered report ('' when the run stopped). */
  stdout: string;
  /** The rendered bytes: a workbook for xlsx, the text's UTF-8 bytes otherwise. */
  stdoutBytes: Buffer;
  /** What the command line would print on stderr: the input problems, then the error that stopped the run. */
  stderr: string;
  /** The error that stopped the run, as main.ts would have caught it. */
  error: ShnorError | null;
}

export async function runCommand<N extends CommandName>(name: N, options: CommandOptions<N>, settings: RunSettings = {}): Promise<CommandRun> {
  const run = (await COMMANDS[name]()) as unknown as (options: CommandOptions<N> & { config: Config }, env: AppEnv) => Promise<RunResult<CommandData<N>>>;
  const { value, stderr, error } = await inProcess(settings, async (config, env) => {
    const result = await run({ ...options, config }, env);
    return { result, bytes: await render(result.document, settings) };
  });
  if (value === null) return { code: error!.exitCode, stdout: '', stdoutBytes: Buffer.alloc(0), stderr, error };
  const { result, bytes } = value;
  return { code: result.exitCode, stdout: bytes.toString('utf8'), stdoutBytes: bytes, stderr, error: null };
}

export interface ReportOutput {
  code: number;
  stderr: string;
  /** report.md */
  md: string;
  /** All the files `report -o DIR` writes, by their path in DIR: report.md, report.html, report.xlsx, charts/*.svg (drawn when asked: the charts take seconds). */
  files(): Promise<Map<string, string | Buffer>>;
  error: ShnorError | null;
}

/** `shnor report`: the document of runReport drawn as the command draws it (src/cli/commands/report.ts), without --docx/--pdf. */
export async function runReportCommand(options: Omit<ReportRun, 'config'>, settings: Omit<RunSettings, 'format' | 'excel' | 'width'> = {}): Promise<ReportOutput> {
  const [{ runReport }, { documentMarkdown }] = await Promise.all([import('../../src/app/report.js'), import('../../src/report/to/md.js')]);
  const { value, stderr, error } = await inProcess(settings, async (config, env) => {
    const { document } = await runReport({ ...options, config }, env);
    return { document, lang: getLang(), md: [...documentMarkdown(document, getLang())].join('') };
  });
  if (value === null) return { code: error!.exitCode, stderr, md: '', files: async () => new Map(), error };
  const { document, lang, md } = value;
  const files = async (): Promise<Map<string, string | Buffer>> => {
    const [{ renderSvg }, { documentHtml }, { chartsOf }, { documentXlsx }] = await Promise.all([
      import('../../src/report/charts.js'), import('../../src/report/to/html.js'), import('../../src/report/document/model.js'), import('../../src/report/to/xlsx.js'),
    ]);
    // drawn in the run's language, as the command draws them before its run ends
    const previous = getLang();
    setLang(lang);
    try {
      const charts = chartsOf(document);
      const svgs = new Map<string, string>();
      for (const chart of charts) svgs.set(chart.name, await renderSvg(chart));
      return new Map<string, string | Buffer>([
        ['report.md', md],
        ['report.html', [...documentHtml(document, svgs, lang)].join('')],
        ['report.xlsx', await bytesOf(documentXlsx(document))],
        ...charts.map((c): [string, string] => [`charts/${c.name}.svg`, svgs.get(c.name)!]),
      ]);
    } finally {
      setLang(previous);
    }
  };
  return { code: 0, stderr, md, files, error: null };
}

/** Any work of a command (a template, a use case), run as runCommand runs a use case: its value, or the exit code and stderr. */
export async function runWith<T>(settings: RunSettings, work: (config: Config, env: AppEnv) => Promise<T>): Promise<{ code: number; value: T | null; stderr: string; error: ShnorError | null }> {
  const run = await inProcess(settings, work);
  return { code: run.error?.exitCode ?? 0, ...run };
}

/**
 * Runs a command's work as startRun and main.ts would around it: the config and language settled,
 * the inputs named from the working folder, the problems told kept as stderr; a ShnorError is
 * the exit code and the line main.ts prints.
 */
async function inProcess<T>(settings: RunSettings, work: (config: Config, env: AppEnv) => Promise<T>): Promise<{ value: T | null; stderr: string; error: ShnorError | null }> {
  const [home, lang, limits] = [process.cwd(), getLang(), xlsxLimits()];
  if (settings.cwd) process.chdir(settings.cwd);
  const stderr: string[] = [];
  const env: AppEnv = {
    lang,
    cwd: process.cwd(),
    stdin: Readable.from([]),
    issues: (issues) => stderr.push(printed(issues)),
    // the command line's own writer of --rejects (src/cli/env.ts), loaded when a test asks for it
    rejects: async (path, issues) => (await import('../../src/cli/env.js')).cliEnv().rejects(path, issues),
  };
  try {
    const config = startRun(settings);
    return { value: await work(config, { ...env, lang: getLang() }), stderr: stderr.join(''), error: null };
  } catch (error) {
    if (!(error instanceof ShnorError)) throw error;
    return { value: null, stderr: stderr.join('') + errorText(error), error };
  } finally {
    // what startRun set is the run's, as a process's would be
    process.chdir(home);
    setLang(lang);
    setXlsxLimits(limits);
  }
}

/** runCommand with --format json and its stdout parsed, as runJson gives a binary's. */
export async function runCommandJson<T, N extends CommandName = CommandName>(
  name: N, options: CommandOptions<N>, settings: Omit<RunSettings, 'format'> = {},
): Promise<{ result: CommandRun; json: T }> {
  const result = await runCommand(name, options, { ...settings, format: 'json' });
  if (result.error) throw new Error(`${name} stopped (exit ${result.code}): ${result.stderr}`);
  return { result, json: JSON.parse(result.stdout) as T };
}

/** The config of a run, and the language and limits it sets (src/cli/context.ts, startRun). */
function startRun(settings: Pick<RunSettings, 'config' | 'lang'>): Config {
  setLang(settings.lang ?? 'ru');
  const config = loadConfig(settings.config, process.cwd());
  setLang(settings.lang ?? config.lang);
  setXlsxLimits(config.read);
  return config;
}

async function render(document: Document, settings: RunSettings): Promise<Buffer> {
  const context = { lang: getLang(), excel: Boolean(settings.excel), paint: makePainter(false), width: settings.width ?? null };
  return bytesOf(FORMATS[settings.format ?? 'table'].render(document, context));
}

/** Rendered content whole: text joined, a workbook written as it is built collected. */
async function bytesOf(content: Rendered): Promise<Buffer> {
  if (Buffer.isBuffer(content)) return content;
  if (typeof content === 'string') return Buffer.from(content);
  if (Symbol.asyncIterator in content) {
    const chunks: Buffer[] = [];
    for await (const piece of content) chunks.push(piece);
    return Buffer.concat(chunks);
  }
  return Buffer.from([...content].join(''));
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
  const text = errorMessage(error.code, error.params, getLang());
  return errorLine(error.location ? `${locationText(error.location, getLang())}: ${text}` : text, false);
}
