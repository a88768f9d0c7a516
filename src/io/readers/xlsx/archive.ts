/**
 * The zip under a workbook, read by random access through its central directory (yauzl): a part
 * is found by name whatever its place in the archive, its declared size is checked against the
 * limits before a byte of it is inflated, and its bytes are checked against that size and against
 * the directory's CRC-32 as they stream. Every failure is an InputError naming the file.
 */
import { pipeline, type Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import { InputError } from '../../../errors.js';
import type { InputSource } from '../types.js';
import { crc32 } from './crc32.js';
import { MIB, tooLarge, type XlsxLimits } from './limits.js';

const ZIP_OPTIONS: yauzl.Options = { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true };
const STORED = 0;
const DEFLATED = 8;
/**
 * Inflated in pieces of 64 KiB: with zlib's 16 KiB the parser waited for the thread pool twice as
 * long (1M rows: 1.2 s → 0.6 s); from 128 KiB on, each piece's text is a large V8 object, 20× slower to make.
 */
const INFLATE_CHUNK = 64 * 1024;

/** Parts of at most this size are not held to the compression ratio: small XML may shrink 100×, and costs nothing. */
const RATIO_FROM_BYTES = MIB;

export class Archive {
  private constructor(
    readonly file: string,
    private readonly zip: yauzl.ZipFile,
    /** By lower-cased name: part names are case-insensitive in a workbook's package. */
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly limits: XlsxLimits,
  ) {}

  static async open(source: InputSource, limits: XlsxLimits): Promise<Archive> {
    const file = source.name;
    let zip: yauzl.ZipFile;
    try {
      zip = source.path === null
        ? await yauzl.fromBufferPromise(await wholeStream(source, limits), ZIP_OPTIONS)
        : await yauzl.openPromise(source.path, ZIP_OPTIONS);
    } catch (error) {
      throw zipFailure(error, file);
    }
    const entries = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) {
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName.replace(/^\/+/, '').toLowerCase(), entry);
      }
    } catch (error) {
      zip.close();
      throw zipFailure(error, file);
    }
    return new Archive(file, zip, entries, limits);
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** Refuses parts that would together expand beyond the limit (sizes from the directory, nothing inflated). */
  checkExpanded(parts: readonly string[]): void {
    const bytes = parts.reduce((sum, part) => sum + this.entry(part).uncompressedSize, 0);
    if (bytes > this.limits.xlsxMaxExpandedMiB * MIB) throw tooLarge(this.file, 'xlsxMaxExpandedMiB', bytes / MIB, this.limits.xlsxMaxExpandedMiB);
  }

  /** The expanded size of a part, as the directory declares it (and its stream is held to). */
  size(part: string): number {
    return this.entry(part).uncompressedSize;
  }

  /**
   * The bytes of a part, chunk by chunk. Ends with a CRC check: a part changed inside the zip
   * (a stored «8» become «3») is refused after its last chunk, so rows read from it before are
   * the caller's to discard — the whole read fails.
   */
  async *chunks(part: string): AsyncGenerator<Buffer> {
    const entry = this.entry(part);
    this.checkRatio(part, entry);
    if (entry.isEncrypted()) throw new InputError('encrypted-workbook', { file: this.file });
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
      throw this.damaged(part, `compression method ${entry.compressionMethod} (a workbook uses 0, stored, or 8, deflated)`);
    }
    let stream: Readable;
    try {
      if (entry.compressionMethod === STORED) stream = await this.zip.openReadStreamPromise(entry);
      else stream = pipeline(await this.zip.openReadStreamPromise(entry, { decompress: false }), createInflateRaw({ chunkSize: INFLATE_CHUNK }), () => undefined);
    } catch (error) {
      throw this.damaged(part, error);
    }
    let crc = 0;
    let bytes = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > entry.uncompressedSize) throw this.damaged(part, `it expands beyond the ${entry.uncompressedSize} bytes the zip directory declares`);
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw isFileError(error) ? unreadable(error, this.file) : this.damaged(part, error);
    } finally {
      stream.destroy();
    }
    if (bytes !== entry.uncompressedSize) throw this.damaged(part, `${bytes} bytes where the zip directory declares ${entry.uncompressedSize}`);
    if (crc !== entry.crc32) throw this.damaged(part, `CRC-32 ${hex(crc)} where the zip directory says ${hex(entry.crc32)}`);
  }

  /** An InputError for a part that cannot be read as it should. */
  damaged(part: string, reason: unknown): InputError {
    return new InputError('damaged-workbook', { file: this.file }, { part, reason: reasonOf(reason) });
  }

  close(): void {
    this.zip.close();
  }

  private entry(part: string): yauzl.Entry {
    const entry = this.entries.get(part.toLowerCase());
    if (entry === undefined) throw this.damaged(part, 'the part is missing from the zip');
    return entry;
  }

  private checkRatio(part: string, entry: yauzl.Entry): void {
    if (entry.uncompressedSize <= RATIO_FROM_BYTES) return;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (ratio > this.limits.xlsxMaxRatio) throw tooLarge(this.file, 'xlsxMaxRatio', ratio, this.limits.xlsxMaxRatio, part);
  }
}

/**
 * A zip cannot be read from its start: standard input is taken whole, at most as much as the
 * workbook may expand to (its compressed parts are smaller than that).
 */
async function wholeStream(source: InputSource, limits: XlsxLimits): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of source.open() as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > limits.xlsxMaxExpandedMiB * MIB) throw tooLarge(source.name, 'xlsxMaxExpandedMiB', bytes / MIB, limits.xlsxMaxExpandedMiB);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(error, source.name);
  }
  return Buffer.concat(chunks);
}

/** An error of the file system (it has an errno code) or of the zip structure. */
function zipFailure(error: unknown, file: string): InputError {
  if (error instanceof InputError) return error;
  if (isFileError(error)) return unreadable(error, file);
  return new InputError('not-a-workbook', { file }, { reason: reasonOf(error) });
}

function isFileError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

function unreadable(error: unknown, file: string): InputError {
  return new InputError('file-unreadable', { file }, { reason: reasonOf(error) });
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hex(value: number): string {
  return value.toString(16).padStart(8, '0');
}
