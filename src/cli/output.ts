/**
 * Writing results: to stdout, or atomically to a file (a temp file in the same folder, then a
 * rename), never over one of the inputs. Text in pieces is written as it is made.
 */
import { realpathSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Rendered } from '../report/renderers/index.js';

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

export async function writeAtomically(path: string, content: Rendered): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const file = await open(temp, 'w');
    try {
      for await (const piece of batches(content)) await file.writeFile(piece);
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    // a failure of the renderer's pieces is not a write failure: it goes on as it is
    if ((error as NodeJS.ErrnoException).syscall === undefined) throw error;
    throw new UsageError('write-failed', { path, reason: (error as Error).message });
  }
}

/** Writes to stdout, waiting for it to drain after each piece (a pipe closed early is handled in main). */
export async function writeStdout(content: Rendered): Promise<void> {
  for await (const piece of batches(content)) {
    if (!process.stdout.write(piece)) await new Promise((done) => process.stdout.once('drain', done));
  }
}

const BATCH_CHARS = 1 << 16;

/** Text in pieces joined into batches of about 64 K characters: fewer writes, little held at once; bytes as they come. */
async function* batches(content: Rendered): AsyncGenerator<string | Buffer> {
  if (typeof content === 'string' || Buffer.isBuffer(content)) {
    yield content;
    return;
  }
  if (Symbol.asyncIterator in content) {
    yield* content;
    return;
  }
  let batch: string[] = [];
  let length = 0;
  for (const piece of content) {
    batch.push(piece);
    length += piece.length;
    if (length >= BATCH_CHARS) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}
