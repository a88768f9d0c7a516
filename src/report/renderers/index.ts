/**
 * Output formats. Each command's report has one renderer per format; --format choices and the
 * formats guessed from -o come from here.
 */
import type { Lang } from '../../messages/index.js';

export interface Painter {
  flagged(text: string): string;
  dim(text: string): string;
}

export interface RenderContext {
  lang: Lang;
  excel: boolean;
  paint: Painter;
  /** The terminal's width in characters for the table format; null when unknown (tables keep their preferred widths). */
  width: number | null;
}

export const FORMATS = {
  table: { extensions: [], binary: false },
  csv: { extensions: ['.csv'], binary: false },
  md: { extensions: ['.md', '.markdown'], binary: false },
  json: { extensions: ['.json'], binary: false },
  xlsx: { extensions: ['.xlsx'], binary: true },
} as const;

export type OutputFormat = keyof typeof FORMATS;
export const OUTPUT_FORMATS = Object.keys(FORMATS) as OutputFormat[];

/**
 * What a renderer gives: text, bytes, text in pieces, or bytes as they are made (a workbook) — a report
 * of tens of megabytes (a region's protocols as JSON) is written piece by piece and never held whole.
 */
export type Rendered = string | Buffer | Iterable<string> | AsyncIterable<Buffer>;

/** One report's renderers, a function per format. */
export type ReportRenderers<R> = Record<OutputFormat, (report: R, context: RenderContext) => string | Iterable<string> | AsyncIterable<Buffer>>;

export function formatForPath(path: string): OutputFormat | null {
  const lower = path.toLowerCase();
  return OUTPUT_FORMATS.find((f) => FORMATS[f].extensions.some((ext) => lower.endsWith(ext))) ?? null;
}
