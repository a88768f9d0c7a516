/**
 * Black-box helpers for the end-to-end tests: run the built binary (bin/shnor.js → dist/bundle/) as a
 * child process, collect its exit code, stdout and stderr. Build first: `npm run build && npx
 * vitest run test/e2e`. The tests that need no process run the commands in-process (test/app/run.ts).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../app/files.js';
import type { JsonReport } from '../app/classify-json.js';
import { staleBundle } from './fresh-bundle.js';

export const BIN = join(ROOT, 'bin', 'shnor.js');

const stale = staleBundle(ROOT);
if (stale !== null) throw new Error(stale);

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The raw bytes of stdout (BOM checks, binary output). */
  stdoutBytes: Buffer;
}

export interface RunOptions {
  /** Working directory; the repository root when absent. */
  cwd?: string;
  /** Bytes or text fed to standard input (stdin is closed right away when absent). */
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** The environment of every run: no colour codes in the output we parse. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  delete env.FORCE_COLOR;
  return env;
}

/** Runs `node bin/shnor.js ...args` and resolves when it has exited. */
export function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? cliEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 25_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.stdin.on('error', () => undefined); // the CLI may exit before reading its stdin
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
    child.on('close', (code, signal) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, signal, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
  });
}

/** Runs the CLI and parses its stdout as JSON (failing loudly with stderr when it is not JSON). */
export async function runJson<T = JsonReport>(args: string[], options: RunOptions = {}): Promise<{ result: CliResult; json: T }> {
  const result = await runCli(args, options);
  let json: T;
  try {
    json = JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.code})\nstdout: ${result.stdout.slice(0, 2000)}\nstderr: ${result.stderr}`);
  }
  return { result, json };
}

export { ROOT, STACK_LINE, cp1251, csv, listDir, tempDir, writeIn } from '../app/files.js';
export { school, sortedLow, sortLow, type JsonIssue, type JsonLowResult, type JsonReport, type JsonSchool } from '../app/classify-json.js';
