/** Opening inputs: files, directories of files, standard input; sniffing their format. */
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import type { InputSource } from './readers/types.js';
import { compareNatural } from '../model/text.js';
import { append } from '../model/arrays.js';

const HEAD_SIZE = 64 * 1024;
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const TABLE_EXTENSIONS = new Set(['.csv', '.txt', '.xlsx']);

export async function openSource(pathOrDash: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<InputSource> {
  const source = pathOrDash === '-' ? await stdinSource(stdin) : await fileSource(pathOrDash);
  if (source.head.length === 0) throw new InputError('empty-file', { file: source.name });
  return source;
}

async function fileSource(path: string): Promise<InputSource> {
  const head = await readHead(path);
  return { name: path, path, head, open: () => createReadStream(path) };
}

async function readHead(path: string): Promise<Buffer> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_SIZE);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_SIZE, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('file-not-found', { file: path });
    throw new InputError('file-unreadable', { file: path }, { reason: reasonOf(error) });
  }
}

/** The name standard input («-») is read under. */
export const STDIN_NAME = '<stdin>';

/**
 * Standard input streamed as a file is: its first 64 KiB read for sniffing, then the stream
 * handed on with them in front. It can be opened once.
 */
async function stdinSource(stdin: NodeJS.ReadableStream): Promise<InputSource> {
  const name = STDIN_NAME;
  const chunks = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first: Buffer[] = [];
  let size = 0;
  let ended = false;
  try {
    while (size < HEAD_SIZE && !ended) {
      const next = await chunks.next();
      if (next.done) ended = true;
      else {
        first.push(asBuffer(next.value));
        size += first[first.length - 1]!.length;
      }
    }
  } catch (error) {
    throw new InputError('file-unreadable', { file: name }, { reason: reasonOf(error) });
  }
  const start = Buffer.concat(first);
  let opened = false;
  const open = (): Readable => {
    if (opened) throw new Error('standard input is read once');
    opened = true;
    return Readable.from(rest(start, ended ? null : chunks));
  };
  return { name, path: null, head: start.subarray(0, HEAD_SIZE), open };
}

async function* rest(start: Buffer, chunks: AsyncIterator<Buffer | string> | null): AsyncGenerator<Buffer> {
  yield start;
  if (chunks === null) return;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield asBuffer(next.value);
}

function asBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

/** The format by the first bytes; the extension only decides what a wrong signature means. */
export function detectFormat(source: InputSource): 'csv' | 'xlsx' {
  const { head, name } = source;
  const ext = source.path === null ? '' : extname(source.path).toLowerCase();
  if (startsWith(head, ZIP)) return 'xlsx';
  // Excel stores a password-protected .xlsx as an OLE compound file
  if (startsWith(head, OLE)) throw new InputError(ext === '.xlsx' ? 'encrypted-workbook' : 'xls-not-supported', { file: name });
  if (ext === '.xls') throw new InputError('xls-not-supported', { file: name });
  if (ext === '.xlsx') throw new InputError('not-a-workbook', { file: name }, { reason: 'not a zip archive' });
  return 'csv';
}

/**
 * Files, «-», directories (their .csv, .txt and .xlsx files, sorted, not recursive) and globs in
 * the file name («exports/vpr-*.xlsx», for shells that do not expand them) → inputs.
 */
export async function expandInputs(args: string[]): Promise<string[]> {
  const inputs: string[] = [];
  for (const arg of args) {
    if (arg !== '-' && (await isDirectory(arg))) append(inputs, await tableFiles(arg));
    else if (/[*?]/.test(basename(arg))) append(inputs, await tableFiles(dirname(arg), globPattern(basename(arg))));
    else inputs.push(arg); // a missing file is reported when it is opened
  }
  return inputs;
}

/** «vpr-*.xlsx» → /^vpr-.*\.xlsx$/i: «*» any run of characters, «?» one character. */
export function globPattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function tableFiles(dir: string, pattern: RegExp | null = null): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new InputError('file-unreadable', { file: dir }, { reason: reasonOf(error) });
  }
  return entries
    .filter((e) => !e.isDirectory() && !e.name.startsWith('~$') && TABLE_EXTENSIONS.has(extname(e.name).toLowerCase()))
    .filter((e) => pattern === null || pattern.test(e.name))
    .map((e) => e.name)
    .sort(compareNatural)
    .map((name) => join(dir, name));
}

function startsWith(head: Buffer, signature: Buffer): boolean {
  return head.subarray(0, signature.length).equals(signature);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
