/**
 * Writing results: to stdout, or atomically to a file (a temp file in the same folder, then a
 * rename), never over one of the inputs.
 */
import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export function assertNotInput(output: string, inputs: string[]): void {
  const target = canonical(output);
  if (inputs.some((input) => input !== '-' && canonical(input) === target)) {
    throw new UsageError('output-is-input', { path: output });
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export async function writeAtomically(path: string, content: string | Buffer): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UsageError('write-failed', { path, reason: (error as Error).message });
  }
}

/** Writes to stdout and waits until it is flushed (a pipe closed early is handled in main). */
export function writeStdout(content: string | Buffer): Promise<void> {
  return new Promise((done) => {
    if (process.stdout.write(content)) done();
    else process.stdout.once('drain', done);
  });
}
