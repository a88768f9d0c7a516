/** Text encodings of CSV files: sniffing, validation of a forced label, stream decoding. */
import { Transform } from 'node:stream';
import { InputError } from '../errors.js';

const ALIASES: Record<string, string> = {
  '1251': 'windows-1251',
  cp1251: 'windows-1251',
  win1251: 'windows-1251',
  'windows-1251': 'windows-1251',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  koi8r: 'koi8-r',
  'koi8-r': 'koi8-r',
  '866': 'ibm866',
  cp866: 'ibm866',
  ibm866: 'ibm866',
};

/**
 * UTF-8 unless the head reads better as Windows-1251: UTF-8 when its valid UTF-8 multi-byte
 * sequences outnumber its bytes that begin none (a BOM or plain ASCII is UTF-8). Russian text
 * in Windows-1251 almost never forms a sequence (a capital letter followed by «Ё», «№», «»» …:
 * 11 in the 22,635 high bytes of README.md saved as Windows-1251, none in the demo district),
 * while in UTF-8 every Cyrillic letter is one. So a UTF-8 file with a few bad bytes stays
 * UTF-8; the bad bytes become U+FFFD, and the reader names where (readers/replaced-bytes.ts).
 */
export function detectEncoding(head: Uint8Array): 'utf-8' | 'windows-1251' {
  const { valid, invalid } = utf8Census(head);
  return invalid === 0 || valid > invalid ? 'utf-8' : 'windows-1251';
}

/**
 * The multi-byte sequences that are valid UTF-8 (as the Encoding Standard decodes it: no
 * overlong forms, no surrogates, nothing above U+10FFFF) and the bytes that begin none; a
 * sequence cut at the end counts as neither.
 */
export function utf8Census(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    const tail = length === 0 ? 'invalid' : tailOf(bytes, i, lead, length);
    if (tail === 'cut') break;
    if (tail === 'valid') {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** The bytes of a sequence its lead byte begins; 0 for a byte no sequence begins with. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function tailOf(bytes: Uint8Array, at: number, lead: number, length: number): 'valid' | 'invalid' | 'cut' {
  // the second byte's range is narrower after E0, ED, F0 and F4
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  for (let k = 1; k < length; k++) {
    if (at + k >= bytes.length) return 'cut';
    const byte = bytes[at + k]!;
    if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return 'invalid';
  }
  return 'valid';
}

/** The canonical name of a user-given encoding label, or null when TextDecoder does not know it. */
export function normalizeEncoding(label: string): string | null {
  const key = label.trim().toLowerCase();
  try {
    return new TextDecoder(ALIASES[key] ?? key).encoding;
  } catch {
    return null;
  }
}

/** normalizeEncoding that throws `unknown-encoding` for the given file. */
export function resolveEncoding(label: string, file: string): string {
  const encoding = normalizeEncoding(label);
  if (encoding === null) throw new InputError('unknown-encoding', { file }, { encoding: label });
  return encoding;
}

/** Decodes the bytes of a whole head (not a stream): a character cut at its end is dropped. */
export function decodeHead(head: Buffer, encoding: string): string {
  return stripBom(new TextDecoder(encoding).decode(head, { stream: true }));
}

/** Buffer chunks in, string chunks out; characters split across chunks are kept whole. */
export function decodingStream(encoding: string): Transform {
  const decoder = new TextDecoder(encoding, { fatal: false });
  let first = true;
  const emit = (stream: Transform, text: string): void => {
    if (first && text) {
      first = false;
      text = stripBom(text);
    }
    if (text) stream.push(text);
  };
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      emit(this, decoder.decode(chunk, { stream: true }));
      done();
    },
    flush(done) {
      emit(this, decoder.decode());
      done();
    },
  });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
