/**
 * One XML part of a workbook, streamed through the strict scanner: malformed XML, a document that
 * ends before its root element closes (a sheet cut after half its rows), text that is not UTF-8
 * and any DOCTYPE (the door to XXE and entity bombs; no workbook part has one) make the part
 * damaged — an InputError naming the file and the part.
 */
import { ShnorError } from '../../../errors.js';
import type { Archive } from './archive.js';
import { Utf8Decoder } from './utf8.js';
import { XmlScanner, type ScanHandlers } from './xml-scanner.js';

export type { Attributes } from './xml-scanner.js';

/** An error thrown by a row sink: passed on as it is, never taken for a damaged part. */
export class SinkFailure {
  constructor(readonly error: unknown) {}
}

export async function parsePart(archive: Archive, part: string, handlers: Partial<ScanHandlers> & Pick<ScanHandlers, 'open'>): Promise<void> {
  const scanner = new XmlScanner({ close: () => undefined, text: () => undefined, ...handlers });
  let decoder: Decoder | null = null;
  try {
    for await (const chunk of archive.chunks(part)) {
      decoder ??= decoderFor(chunk);
      scanner.write(decoder.decode(chunk));
    }
    decoder?.end();
    scanner.close();
  } catch (error) {
    if (error instanceof ShnorError || error instanceof SinkFailure) throw error;
    throw archive.damaged(part, error);
  }
}

interface Decoder {
  decode(chunk: Buffer): string;
  end(): void;
}

/** UTF-8 unless the part starts with a UTF-16 byte-order mark (the two encodings every XML parser reads). */
function decoderFor(head: Buffer): Decoder {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    const decoder = new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true });
    return { decode: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
  }
  return new Utf8Decoder();
}
