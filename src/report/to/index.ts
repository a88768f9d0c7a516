/**
 * The formats, one renderer each: `--format` choices, the help's list and the format an `-o`
 * extension names all come from here. A new format is its renderer file and one line below.
 */
import type { Document } from '../document/model.js';
import type { RenderContext, Rendered } from './context.js';
import { documentCsv } from './csv.js';
import { documentHtml } from './html.js';
import { documentJson } from './json.js';
import { documentMarkdown } from './md.js';
import { documentScreen } from './terminal.js';
import { documentXlsx } from './xlsx.js';

export interface Format {
  extensions: readonly string[];
  /** Bytes, never sent to a terminal. */
  binary: boolean;
  render(document: Document, context: RenderContext): Rendered;
}

export const FORMATS = {
  table: { extensions: [], binary: false, render: documentScreen },
  csv: { extensions: ['.csv'], binary: false, render: (d, c) => documentCsv(d, c.excel) },
  md: { extensions: ['.md', '.markdown'], binary: false, render: (d, c) => documentMarkdown(d, c.lang) },
  json: { extensions: ['.json'], binary: false, render: (d) => documentJson(d) },
  xlsx: { extensions: ['.xlsx'], binary: true, render: (d) => documentXlsx(d) },
  html: { extensions: ['.html', '.htm'], binary: false, render: (d, c) => documentHtml(d, new Map(), c.lang) },
} as const satisfies Record<string, Format>;

export type OutputFormat = keyof typeof FORMATS;
export const OUTPUT_FORMATS = Object.keys(FORMATS) as OutputFormat[];

export function formatForPath(path: string): OutputFormat | null {
  const lower = path.toLowerCase();
  return OUTPUT_FORMATS.find((f) => FORMATS[f].extensions.some((ext) => lower.endsWith(ext))) ?? null;
}
