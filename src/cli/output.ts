/**
 * Writing results to stdout or to a file. A file is replaced atomically (a temp file beside it,
 * then a rename), so a failure leaves the old one whole; a FIFO or a character device (/dev/null,
 * a terminal) is written to directly, never replaced by a file; a folder, a disk or a socket is
 * refused. A write error — a full disk, /dev/full — is exit 2 naming the target, whether it is a
 * file or stdout; a pipe closed early (`| head`) ends the run quietly (src/cli/main.ts). Text in
 * pieces is written as it is made.
 */
import { fstatSync, writeSync, type Stats } from 'node:fs';
import { open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Rendered } from '../report/to/context.js';

/** Writes one output file; `option` names the flag in a refusal (-o, --rejects). */
export async function writeOutputFile(path: string, content: Rendered, option = '-o'): Promise<void> {
  const stats = await existing(path);
  if (stats === null || stats.isFile()) {
    // a symbolic link stays one: the file it points to is replaced
    await writeAtomically(stats === null ? path : await realpath(path), content, path);
  } else if (stats.isFIFO() || stats.isCharacterDevice()) {
    await writeDirectly(path, content);
  } else if (stats.isDirectory()) {
    throw new UsageError('output-is-folder', { path, option });
  } else {
    throw new UsageError('output-not-file', { path, option });
  }
}

async function existing(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw writeFailed(path, error);
  }
}

async function writeAtomically(path: string, content: Rendered, shown: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeInto(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw writeFailed(shown, error);
  }
}

async function writeDirectly(path: string, content: Rendered): Promise<void> {
  try {
    await writeInto(path, content);
  } catch (error) {
    throw writeFailed(path, error);
  }
}

/** Creates (or truncates) a file and writes the content into it. */
export async function writeInto(path: string, content: Rendered): Promise<void> {
  const file = await open(path, 'w');
  try {
    await writePieces(file, content);
  } finally {
    await file.close();
  }
}

async function writePieces(file: FileHandle, content: Rendered): Promise<void> {
  for await (const piece of batches(content)) await file.writeFile(piece);
}

/** A failure of the renderer's pieces is not a write failure: it goes on as it is. */
export function writeFailed(path: string, error: unknown): unknown {
  if ((error as NodeJS.ErrnoException).syscall === undefined) return error;
  return new UsageError('write-failed', { path, reason: (error as Error).message });
}

/**
 * Writes to stdout. A file or a device (`> out.json`, `> /dev/full`) is written with the
 * system's own writes, each to its last byte: Node's stream for a file ignores a short write, so a
 * disk that fills would cut the output with exit 0. A pipe or a terminal goes through the stream,
 * each piece waited for.
 */
export async function writeStdout(content: Rendered): Promise<void> {
  const direct = writesDirectly(fstatSync(1));
  try {
    for await (const piece of batches(content)) {
      if (direct) writeWhole(1, piece);
      else if (!(await streamWrite(process.stdout, piece))) return;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).syscall === undefined) throw error;
    throw new UsageError('stdout-failed', { reason: (error as Error).message });
  }
}

function writesDirectly(stats: Stats): boolean {
  return stats.isFile() || stats.isBlockDevice() || (stats.isCharacterDevice() && !process.stdout.isTTY);
}

function writeWhole(fd: number, piece: string | Buffer): void {
  const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** False when the reader has gone (EPIPE): main ends the run quietly, nothing more is written. */
function streamWrite(stream: NodeJS.WriteStream, piece: string | Buffer): Promise<boolean> {
  return new Promise((resolve, reject) => {
    stream.write(piece, (error) => {
      if (!error) resolve(true);
      else if ((error as NodeJS.ErrnoException).code === 'EPIPE') resolve(false);
      else reject(error);
    });
  });
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
