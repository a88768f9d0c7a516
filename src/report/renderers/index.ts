/** The renderer registry: --format choices and output extensions come from here. */
import type { Lang } from '../../messages/index.js';
import type { ClassifyReport } from '../classify-report.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable, type Painter } from './table.js';
import { renderXlsx } from './xlsx.js';

export interface RenderContext {
  lang: Lang;
  excel: boolean;
  paint: Painter;
}

export interface Renderer {
  extensions: string[];
  binary: boolean;
  render(report: ClassifyReport, context: RenderContext): string | Promise<Buffer>;
}

export const RENDERERS = {
  table: { extensions: ['.txt'], binary: false, render: (r, c) => renderTable(r, c.lang, c.paint) },
  csv: { extensions: ['.csv'], binary: false, render: (r, c) => renderCsv(r, c.lang, c.excel) },
  md: { extensions: ['.md', '.markdown'], binary: false, render: (r, c) => renderMarkdown(r, c.lang) },
  json: { extensions: ['.json'], binary: false, render: (r, c) => renderJson(r, c.lang) },
  xlsx: { extensions: ['.xlsx'], binary: true, render: (r, c) => renderXlsx(r, c.lang) },
} satisfies Record<string, Renderer>;

export type OutputFormat = keyof typeof RENDERERS;
export const OUTPUT_FORMATS = Object.keys(RENDERERS) as OutputFormat[];

export function formatForPath(path: string): OutputFormat | null {
  const lower = path.toLowerCase();
  const hit = OUTPUT_FORMATS.find((f) => RENDERERS[f].extensions.some((ext) => lower.endsWith(ext)));
  return hit ?? null;
}

export type { Painter };
