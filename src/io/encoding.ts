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

/** UTF-8 when the bytes are valid UTF-8 (a BOM or plain ASCII included), else Windows-1251. */
export function detectEncoding(head: Buffer): 'utf-8' | 'windows-1251' {
  try {
    // stream: true, so a multi-byte character cut at the end of the head is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1251';
  }
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
