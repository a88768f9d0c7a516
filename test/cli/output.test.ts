import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../src/cli/output.js';

function* pieces(count: number, failAt: number | null = null): Generator<string> {
  for (let i = 0; i < count; i++) {
    if (i === failAt) throw new Error('renderer failed');
    yield `${'x'.repeat(1000)}${i}\n`;
  }
}

async function* bytes(count: number, failAt: number | null = null): AsyncGenerator<Buffer> {
  for (let i = 0; i < count; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    if (i === failAt) throw new Error('workbook failed');
    yield Buffer.from(`${i},`);
  }
}

describe('writeOutputFile with text in pieces', () => {
  it('writes every piece in order, across batches of 64 K characters, and leaves no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shnor-out-'));
    const path = join(dir, 'out.json');
    // 200 pieces of 1,001–1,004 characters: about 200 K, so four batches
    await writeOutputFile(path, pieces(200));
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines).toHaveLength(201);
    expect(lines[0]).toBe(`${'x'.repeat(1000)}0`);
    expect(lines[199]).toBe(`${'x'.repeat(1000)}199`);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('a renderer failing half-way leaves the old file as it was and no temp file; its error is not a write error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shnor-out-'));
    const path = join(dir, 'out.json');
    writeFileSync(path, 'old');
    await expect(writeOutputFile(path, pieces(200, 150))).rejects.toThrow('renderer failed');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('bytes as they are made (a streamed workbook) are written in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shnor-out-'));
    const path = join(dir, 'out.xlsx');
    await writeOutputFile(path, bytes(300));
    expect(readFileSync(path, 'utf8')).toBe(Array.from({ length: 300 }, (_, i) => `${i},`).join(''));
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('bytes that fail half-way leave the old file as it was and no temp file; the error is not a write error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shnor-out-'));
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, 'old');
    await expect(writeOutputFile(path, bytes(300, 120))).rejects.toThrow('workbook failed');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('a folder that does not exist is a write failure naming the path', async () => {
    await expect(writeOutputFile('/nonexistent-dir/out.json', pieces(2))).rejects.toMatchObject({ code: 'write-failed', params: { path: '/nonexistent-dir/out.json' } });
  });
});
