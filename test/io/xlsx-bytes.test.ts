/** The byte-level pieces of the XLSX reader: the CRC-32 of Node versions without zlib's, strict UTF-8 over cut chunks. */
import { describe, expect, it } from 'vitest';
import { crc32Table } from '../../src/io/readers/xlsx/crc32.js';
import { Utf8Decoder } from '../../src/io/readers/xlsx/utf8.js';

describe('crc32Table', () => {
  it('gives the check value of CRC-32/ISO-HDLC: «123456789» → cbf43926', () => {
    expect(crc32Table(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32Table(Buffer.alloc(0))).toBe(0);
  });

  it('continues across chunks', () => {
    const bytes = Buffer.from('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    expect(crc32Table(bytes.subarray(20), crc32Table(bytes.subarray(0, 20)))).toBe(crc32Table(bytes));
  });
});

describe('Utf8Decoder', () => {
  const decodeIn = (bytes: Buffer, size: number) => {
    const decoder = new Utf8Decoder();
    let text = '';
    for (let i = 0; i < bytes.length; i += size) text += decoder.decode(bytes.subarray(i, i + size));
    decoder.end();
    return text;
  };

  it('decodes a text cut anywhere: two-, three- and four-byte characters', () => {
    const text = 'Школа №1 — 😀 ok';
    const bytes = Buffer.from(text);
    for (let size = 1; size <= bytes.length; size++) expect(decodeIn(bytes, size)).toBe(text);
  });

  it('refuses bytes that are not UTF-8 (a Windows-1251 letter, a lone continuation byte, an encoded surrogate)', () => {
    for (const bad of [[0x41, 0xc8, 0x41], [0x80], [0xed, 0xa0, 0x80]]) {
      for (let size = 1; size <= 3; size++) expect(() => decodeIn(Buffer.from(bad), size)).toThrow('not valid UTF-8');
    }
  });

  it('refuses a text that ends inside a character', () => {
    expect(() => decodeIn(Buffer.from('Ш').subarray(0, 1), 1)).toThrow('ends inside a character');
  });
});
