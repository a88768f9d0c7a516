import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat, expandInputs, openSource } from '../../src/io/source.js';
import { tempDir, writeTemp, removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);

const OLE = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
const ZIP = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(30)]);

async function formatOf(name: string, content: Buffer | string): Promise<string> {
  return detectFormat(await openSource(await writeTemp(name, content)));
}

async function chunksOf(stream: Readable): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return chunks;
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('no error');
}

describe('openSource', () => {
  it('reads the head of a file and opens it again as a stream', async () => {
    const path = await writeTemp('a.csv', 'a;b\n1;2\n');
    const source = await openSource(path);
    expect(source).toMatchObject({ name: path, path });
    expect(source.head.toString()).toBe('a;b\n1;2\n');
    const chunks: Buffer[] = [];
    for await (const chunk of source.open()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('a;b\n1;2\n');
  });

  it('reads standard input whole when it is shorter than the head', async () => {
    const source = await openSource('-', Readable.from([Buffer.from('a;'), Buffer.from('b\n')]));
    expect(source).toMatchObject({ name: '<stdin>', path: null });
    expect(source.head.toString()).toBe('a;b\n');
    expect(Buffer.concat(await chunksOf(source.open())).toString()).toBe('a;b\n');
  });

  it('streams standard input: 64 KiB read for the head, the rest as the stream is read, once', async () => {
    // 100 chunks of 16 KiB, each filled with its own number; before, all 100 were read at once
    let pulled = 0;
    const stdin = new Readable({
      read() {
        this.push(pulled < 100 ? Buffer.alloc(16 * 1024, pulled++) : null);
      },
    });
    const source = await openSource('-', stdin);
    expect(source.head).toHaveLength(64 * 1024);
    expect(pulled).toBeLessThan(10);
    const bytes = Buffer.concat(await chunksOf(source.open()));
    expect(bytes).toHaveLength(100 * 16 * 1024);
    expect([bytes[0], bytes[16 * 1024], bytes[bytes.length - 1]]).toEqual([0, 1, 99]);
    expect(() => source.open()).toThrow();
  });

  it('throws file-not-found for a missing file', async () => {
    const path = join(await tempDir(), 'нет.csv');
    expect(await errorOf(openSource(path))).toMatchObject({ code: 'file-not-found', location: { file: path } });
  });

  it('throws empty-file for an empty file or empty standard input', async () => {
    const path = await writeTemp('empty.csv', '');
    expect(await errorOf(openSource(path))).toMatchObject({ code: 'empty-file', location: { file: path } });
    expect(await errorOf(openSource('-', Readable.from([])))).toMatchObject({ code: 'empty-file', location: { file: '<stdin>' } });
  });

  it('throws file-unreadable for a directory', async () => {
    const dir = await tempDir();
    expect(await errorOf(openSource(dir))).toMatchObject({ code: 'file-unreadable', location: { file: dir } });
  });
});

describe('detectFormat', () => {
  it('finds a zip by its signature, whatever the name', async () => {
    expect(await formatOf('a.xlsx', ZIP)).toBe('xlsx');
    expect(await formatOf('a.csv', ZIP)).toBe('xlsx');
  });

  it('takes text for CSV', async () => {
    expect(await formatOf('a.csv', 'a;b')).toBe('csv');
    expect(await formatOf('a.txt', 'a\tb')).toBe('csv');
    expect(detectFormat(await openSource('-', Readable.from([Buffer.from('a;b')])))).toBe('csv');
  });

  it('refuses legacy .xls files', async () => {
    await expect(formatOf('a.xls', OLE)).rejects.toMatchObject({ code: 'xls-not-supported' });
    await expect(formatOf('a.xls', '<html><table>')).rejects.toMatchObject({ code: 'xls-not-supported' });
    await expect(formatOf('a.dat', OLE)).rejects.toMatchObject({ code: 'xls-not-supported' });
  });

  it('takes an OLE file named .xlsx for a password-protected workbook', async () => {
    const path = await writeTemp('secret.XLSX', OLE);
    const error = await errorOf(openSource(path).then(detectFormat));
    expect(error).toMatchObject({ code: 'encrypted-workbook', location: { file: path } });
  });

  it('takes a zip on standard input for a workbook (read whole, within read.xlsxMaxExpandedMiB)', async () => {
    expect(await openSource('-', Readable.from([ZIP])).then(detectFormat)).toBe('xlsx');
  });

  it('throws not-a-workbook for a .xlsx that is not a zip', async () => {
    await expect(formatOf('a.xlsx', 'just some text')).rejects.toMatchObject({ code: 'not-a-workbook', params: { reason: 'not a zip archive' } });
  });
});

describe('expandInputs', () => {
  it('expands a directory to its table files, sorted, without lock files or subfolders', async () => {
    const dir = await tempDir();
    for (const name of ['b.xlsx', 'a10.csv', 'a2.CSV', 'notes.txt', '~$b.xlsx', 'old.xls', 'readme.md']) {
      await writeFile(join(dir, name), 'x');
    }
    await mkdir(join(dir, 'sub.csv'));
    expect(await expandInputs([dir, '-', 'missing.csv'])).toEqual([
      join(dir, 'a2.CSV'),
      join(dir, 'a10.csv'),
      join(dir, 'b.xlsx'),
      join(dir, 'notes.txt'),
      '-',
      'missing.csv',
    ]);
  });

  it('expands a glob in the file name, case aside, to matching table files only', async () => {
    const dir = await tempDir();
    for (const name of ['vpr-ma5.xlsx', 'VPR-ru5.xlsx', 'vpr-notes.md', 'oge-ma.csv']) await writeFile(join(dir, name), 'x');
    expect(await expandInputs([join(dir, 'vpr-*.xlsx')])).toEqual([join(dir, 'vpr-ma5.xlsx'), join(dir, 'VPR-ru5.xlsx')]);
    expect(await expandInputs([join(dir, '???-ma.csv')])).toEqual([join(dir, 'oge-ma.csv')]);
  });
});
