/** What a renderer is told besides the document: the language, the CSV dialect, the screen. */
import type { Lang } from '../../messages/index.js';

export interface Painter {
  flagged(text: string): string;
  dim(text: string): string;
}

export interface RenderContext {
  lang: Lang;
  /** CSV for Russian Excel: BOM, «;», decimal comma, CRLF. */
  excel: boolean;
  paint: Painter;
  /** The terminal's width in characters for the screen; null when unknown (tables keep their preferred widths). */
  width: number | null;
}

/**
 * What a renderer gives: text, bytes, text in pieces, or bytes as they are made (a workbook) — a report
 * of tens of megabytes (a region's protocols as JSON) is written piece by piece and never held whole.
 */
export type Rendered = string | Buffer | Iterable<string> | AsyncIterable<Buffer>;
