/** What a renderer is told besides the document: the language, the CSV dialect, the screen, the charts drawn. */
import type { Lang } from '../../messages/index.js';
import type { ChartImage } from './docx.js';

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
  /** The document's charts as drawn for HTML (SVG) and Word (PNG), by name; absent, none are drawn. */
  charts?: DrawnCharts;
}

export interface DrawnCharts {
  svgs: Map<string, string>;
  images: Map<string, ChartImage>;
}

/**
 * What a renderer gives: text, bytes, text in pieces, or bytes as they are made (a workbook) — a report
 * of tens of megabytes (a region's protocols as JSON) is written piece by piece and never held whole.
 */
export type Rendered = string | Buffer | Iterable<string> | AsyncIterable<Buffer>;
