/**
 * Black-box helpers for the end-to-end tests: run the built binary (bin/shnor.js → dist/bundle/) as a
 * child process, collect its exit code, stdout and stderr; make temp folders and input files.
 * Build first: `npm run build && npx vitest run test/e2e`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { staleBundle } from './fresh-bundle.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
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

const created: string[] = [];

/** A fresh folder under the OS temp dir, removed when the test file is done. */
export async function tempDir(prefix = 'shnor-e2e-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes a file into a folder and returns its full path. */
export async function writeIn(dir: string, name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

export async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/** A stack trace line as Node prints it: never shown to a user for an expected error. */
export const STACK_LINE = /\n\s{4}at /;

/**
 * Windows-1251 bytes of a text: ASCII as is, А–я → 0xC0–0xFF, Ё 0xA8, ё 0xB8, « 0xAB, » 0xBB,
 * № 0xB9 (Node has no 1251 encoder). Any other character is a mistake in the test.
 */
export function cp1251(text: string): Buffer {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '№': 0xb9 };
  const bytes = [...text].map((char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const byte = special[char];
    if (byte === undefined) throw new Error(`no cp1251 byte for ${char}`);
    return byte;
  });
  return Buffer.from(bytes);
}

/** CSV text from rows (no quoting: the tests' cells hold no delimiter). */
export function csv(rows: (string | number)[][], delimiter = ',', newline = '\n'): string {
  return rows.map((row) => row.join(delimiter)).join(newline) + newline;
}

// The JSON contract of `classify --format json` (src/report/renderers/json.ts).
export interface JsonLowResult {
  year: number;
  procedure: string;
  participants: number | null;
  failed: number | null;
  failShare: number;
}

export interface JsonSchool {
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  flagged: boolean;
  /** The school's results in Y are all mean scores without a share of «2»: not checked. */
  noFailingData: boolean;
  criteria: string[];
  lowResults: JsonLowResult[];
  /** Results of Y and Y−1 with a mean score and no share of «2». */
  meanOnly: { year: number; procedure: string; participants: number | null; meanScore: number | null }[];
  notes: string[];
  /** The branches summed into a legal entity's results (--schools parent_id); [] for most schools. */
  branches: string[];
}

export interface JsonIssue {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

export interface JsonReport {
  year: number;
  method: { threshold: number; sameProcedure: boolean; procedures: string[]; minParticipants: number };
  /** No result of Y and Y−1 carries a share of «2» (mean-score tables only). */
  noFailingData: boolean;
  schools: JsonSchool[];
  issues: JsonIssue[];
}

export function school(report: JsonReport, id: string): JsonSchool {
  const found = report.schools.find((s) => s.schoolId === id);
  if (!found) throw new Error(`no school ${id} in the report; ids: ${report.schools.map((s) => s.schoolId).join(', ')}`);
  return found;
}

/** lowResults in a fixed order (by year, then procedure code) so tests need not know the report's order. */
export function sortedLow(s: JsonSchool): JsonLowResult[] {
  return sortLow(s.lowResults);
}

export function sortLow(list: JsonLowResult[]): JsonLowResult[] {
  return [...list].sort((a, b) => a.year - b.year || (a.procedure < b.procedure ? -1 : a.procedure > b.procedure ? 1 : 0));
}
