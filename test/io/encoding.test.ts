import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodingStream, detectEncoding, normalizeEncoding, resolveEncoding, utf8Census } from '../../src/io/encoding.js';
import { cp1251 } from './helpers.js';

async function decodeChunks(chunks: Buffer[], encoding: string): Promise<string[]> {
  const out: string[] = [];
  for await (const text of Readable.from(chunks).pipe(decodingStream(encoding))) out.push(text as string);
  return out;
}

describe('detectEncoding', () => {
  it('takes a BOM, plain ASCII and valid UTF-8 for UTF-8', () => {
    expect(detectEncoding(Buffer.from('\ufeffКод;Школа', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('a;b\n1;2', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('Школа №1', 'utf8'))).toBe('utf-8');
  });

  it('takes bytes that are not UTF-8 for Windows-1251', () => {
    expect(detectEncoding(cp1251('Код ОО;Школа'))).toBe('windows-1251');
  });

  it('takes UTF-8 with a few bad bytes for UTF-8, not the whole file for Windows-1251', () => {
    // 13 letters against 2 bad bytes; before, one bad byte made the head Windows-1251
    const head = Buffer.concat([Buffer.from('Код;Школа\n1;Гимназия ', 'utf8'), Buffer.from([0xff, 0xc0]), Buffer.from('\n')]);
    expect(detectEncoding(head)).toBe('utf-8');
    // as many bad bytes as letters: Windows-1251 (2 letters, 2 bad bytes)
    expect(detectEncoding(Buffer.concat([Buffer.from('1;Аб;', 'utf8'), Buffer.from([0xff, 0xfe])]))).toBe('windows-1251');
  });

  it('does not mind a UTF-8 character cut at the end of the head', () => {
    const bytes = Buffer.from('Школа', 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1))).toBe('utf-8');
  });
});

describe('utf8Census', () => {
  it('counts valid multi-byte sequences and the bytes that begin none', () => {
    // «Школа» is 5 two-byte letters; 0xFF begins nothing
    expect(utf8Census(Buffer.concat([Buffer.from('Школа 1', 'utf8'), Buffer.from([0xff])]))).toEqual({ valid: 5, invalid: 1 });
    // in Windows-1251 every letter of «Школа» (D8 EA EE EB E0) is a lead byte not followed by a continuation byte
    expect(utf8Census(cp1251('Школа '))).toEqual({ valid: 0, invalid: 5 });
    // «€» (3 bytes) and «😀» (4 bytes) are one sequence each
    expect(utf8Census(Buffer.from('€😀', 'utf8'))).toEqual({ valid: 2, invalid: 0 });
  });

  it('takes overlong forms and surrogates for invalid, and does not count a sequence cut at the end', () => {
    // E0 80 80: an overlong NUL; ED A0 80: a surrogate — each byte begins nothing valid
    expect(utf8Census(Buffer.from([0xe0, 0x80, 0x80]))).toEqual({ valid: 0, invalid: 3 });
    expect(utf8Census(Buffer.from([0xed, 0xa0, 0x80]))).toEqual({ valid: 0, invalid: 3 });
    expect(utf8Census(Buffer.from('Шк', 'utf8').subarray(0, 3))).toEqual({ valid: 1, invalid: 0 });
  });
});

describe('encoding labels', () => {
  it('maps the aliases', () => {
    expect(normalizeEncoding('cp1251')).toBe('windows-1251');
    expect(normalizeEncoding('1251')).toBe('windows-1251');
    expect(normalizeEncoding('Windows-1251')).toBe('windows-1251');
    expect(normalizeEncoding('utf8')).toBe('utf-8');
    expect(normalizeEncoding('KOI8-R')).toBe('koi8-r');
    expect(normalizeEncoding('cp866')).toBe('ibm866');
    expect(normalizeEncoding('ibm866')).toBe('ibm866');
  });

  it('throws unknown-encoding for a label TextDecoder does not know', () => {
    expect(normalizeEncoding('cp9999')).toBeNull();
    try {
      resolveEncoding('cp9999', 'a.csv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect(error).toMatchObject({ code: 'unknown-encoding', location: { file: 'a.csv' }, params: { encoding: 'cp9999' } });
    }
  });
});

describe('decodingStream', () => {
  it('keeps a character split across chunks and drops the BOM', async () => {
    const bytes = Buffer.from('\ufeffШкола', 'utf8');
    const out = await decodeChunks([bytes.subarray(0, 4), bytes.subarray(4)], 'utf-8');
    expect(out.join('')).toBe('Школа');
    expect(out.every((text) => !text.includes('\ufffd'))).toBe(true);
  });

  it('decodes Windows-1251', async () => {
    expect((await decodeChunks([cp1251('Школа №1; Ёлка')], 'windows-1251')).join('')).toBe('Школа №1; Ёлка');
  });
});
