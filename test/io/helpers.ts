import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { CellValue, InputSource, ReaderIssue, ReadOptions, TableReader } from '../../src/io/readers/types.js';

const tempDirs: string[] = [];

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'shnor-io-'));
  tempDirs.push(dir);
  return dir;
}

/** Removes the temp dirs made so far: call from afterAll. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A source whose stream fails after its head was read (a disk error, a broken pipe). */
export function failingSource(name: string, head: Buffer): InputSource {
  return {
    name,
    path: name,
    head,
    open: () =>
      new Readable({
        read() {
          this.destroy(new Error('EIO: i/o error, read'));
        },
      }),
  };
}

export async function writeTemp(name: string, content: Buffer | string): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, content);
  return path;
}

export interface ReadSheet {
  name: string | null;
  rows: { cells: CellValue[]; rowNumber: number }[];
  ended: boolean;
}

/** Reads a source, collecting what the reader pushes to its sinks (its issues into `issues`). */
export async function collect(reader: TableReader, source: InputSource, options: ReadOptions = {}, issues: ReaderIssue[] = []): Promise<ReadSheet[]> {
  const sheets: ReadSheet[] = [];
  await reader.read(source, options, (name) => {
    const sheet: ReadSheet = { name, rows: [], ended: false };
    sheets.push(sheet);
    return {
      row: (cells, rowNumber) => sheet.rows.push({ cells, rowNumber }),
      issue: (issue) => issues.push(issue),
      end: () => (sheet.ended = true),
    };
  });
  return sheets;
}

/** Windows-1251 bytes of a text (ASCII and Russian letters, «№»): Node has no 1251 encoder. */
export function cp1251(text: string): Buffer {
  const bytes = [...text].map((char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0; // А..я
    if (char === 'Ё') return 0xa8;
    if (char === 'ё') return 0xb8;
    if (char === '№') return 0xb9;
    throw new Error(`no cp1251 byte for ${char}`);
  });
  return Buffer.from(bytes);
}
