/**
 * No file a run reads is one it writes. The inputs: the <inputs...> arguments (folders and globs
 * expanded as the readers expand them), every option that names a file to read and the config
 * file in use; the outputs: -o (a file, or report's folder) and --rejects. All are known from the
 * command line, so they are checked once, before anything is read or written — --rejects is
 * written while the results are read, before --profile or --reference is.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { expandInputs } from '../io/source.js';
import { isInside } from './report-folder.js';

/** The options whose value names a file (or a folder of files) the command reads. */
export const INPUT_OPTIONS = [
  'schools', 'scales', 'profile', 'reference', 'markers', 'facts', 'programme', 'catalog', 'map', 'tasks', 'list', 'journal', 'results',
] as const;

/** The options whose value names what the command writes: a file, or with «<dir>» a folder. */
export const OUTPUT_OPTIONS = { output: '-o', rejects: '--rejects' } as const;

interface Output {
  path: string;
  option: string;
  folder: boolean;
}

export async function protectInputs(command: Command, configFile: string | null): Promise<void> {
  const outputs = outputsOf(command);
  if (outputs.length === 0) return;
  const [first, second] = outputs;
  if (second && resolve(first!.path) === resolve(second.path)) throw new UsageError('output-twice', { path: second.path });
  const inputs = await inputsOf(command, configFile);
  for (const output of outputs) {
    if (output.folder) await assertHoldsNoInput(output, [...inputs, ...outputs.filter((o) => o !== output).map((o) => o.path)]);
    else await assertNotInput(output, inputs);
  }
}

function outputsOf(command: Command): Output[] {
  const flags = command.opts<Record<string, unknown>>();
  return Object.entries(OUTPUT_OPTIONS).flatMap(([name, option]) => {
    const value = flags[name];
    if (typeof value !== 'string') return [];
    const declared = command.options.find((o) => o.attributeName() === name);
    return [{ path: value, option, folder: declared?.flags.includes('<dir>') ?? false }];
  });
}

async function inputsOf(command: Command, configFile: string | null): Promise<string[]> {
  const flags = command.opts<Record<string, unknown>>();
  const named = INPUT_OPTIONS.flatMap((name) => [flags[name]].flat().filter((v): v is string => typeof v === 'string'));
  const index = command.registeredArguments.findIndex((a) => a.name() === 'inputs');
  const args = index < 0 ? [] : [command.processedArgs[index]].flat().filter((v): v is string => typeof v === 'string');
  const files = await expandInputs([...args, ...named]);
  return [...files, ...(configFile ? [configFile] : [])].filter((f) => f !== '-');
}

/** Compared as files, not names: «in.csv», «./in.csv», a link to it and «IN.CSV» on a case-blind disk are one. */
async function assertNotInput(output: Output, inputs: string[]): Promise<void> {
  const target = await identity(output.path);
  if (target === null) return;
  for (const input of inputs) {
    if ((await identity(input)) === target) throw new UsageError('output-is-input', { path: output.path, option: output.option });
  }
}

async function identity(path: string): Promise<string | null> {
  try {
    const { dev, ino } = await stat(path);
    return `${dev}:${ino}`;
  } catch {
    return null;
  }
}

/** A report replaces its folder whole: nothing read (nor --rejects) may lie inside it. */
async function assertHoldsNoInput(output: Output, files: string[]): Promise<void> {
  const folder = await canonical(output.path);
  for (const file of files) {
    if (isInside(folder, await canonical(file))) throw new UsageError('report-folder-holds-input', { path: output.path, input: file });
  }
}

/** The real path; for a path not there yet, its folder's real path and its name. */
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await canonical(parent), basename(absolute));
  }
}
