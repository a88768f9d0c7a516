/**
 * The formats, one renderer each: `--format` choices, the help's list and the format an `-o`
 * extension names all come from here. A new format is its renderer file and one line below.
 */
import { withoutCharts, type Document } from '../document/model.js';
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
  // a single file has no charts/ folder to link to: its tables carry the values
  md: { extensions: ['.md', '.markdown'], binary: false, render: (d, c) => documentMarkdown(withoutCharts(d), c.lang) },
  json: { extensions: ['.json'], binary: false, render: (d) => documentJson(d) },
  xlsx: { extensions: ['.xlsx'], binary: true, render: (d) => documentXlsx(d) },
  html: { extensions: ['.html', '.htm'], binary: false, render: (d, c) => documentHtml(d, c.charts?.svgs ?? new Map(), c.lang) },
  docx: { extensions: ['.docx'], binary: true, render: (d, c) => docxBytes(d, c) },
} as const satisfies Record<string, Format>;

/** Word is made whole (the docx library packs it at once), and loaded only when asked for. */
async function* docxBytes(document: Document, context: RenderContext): AsyncIterable<Buffer> {
  const { documentDocx } = await import('./docx.js');
  yield await documentDocx(document, context.charts?.images ?? new Map(), context.lang, false);
}

export type OutputFormat = keyof typeof FORMATS;
export const OUTPUT_FORMATS = Object.keys(FORMATS) as OutputFormat[];

export function formatForPath(path: string): OutputFormat | null {
  const lower = path.toLowerCase();
  return OUTPUT_FORMATS.find((f) => FORMATS[f].extensions.some((ext) => lower.endsWith(ext))) ?? null;
}
