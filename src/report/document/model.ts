/**
 * A document: titled sections of paragraphs, lists, tables and charts — the one model the yearly
 * report is rendered from, as Markdown, as self-contained HTML, as an XLSX workbook and as DOCX.
 */
import type { Chart } from '../charts.js';
import { fileSlug } from '../file-name.js';
import type { Table } from '../table-model.js';
import type { Requisites } from '../../model/requisites.js';
import { requisiteLines, type RequisiteLines } from './requisites.js';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; table: Table }
  | { kind: 'chart'; chart: Chart };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

export interface Document {
  title: string;
  subtitle: string;
  sections: Section[];
  /** Present when the document is an official one, to approve and sign. */
  requisites?: RequisiteLines;
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const heading = (text: string): Block => ({ kind: 'heading', text });
export const list = (items: string[]): Block => ({ kind: 'list', items });
export const table = (t: Table): Block => ({ kind: 'table', table: t });
export const chart = (c: Chart): Block => ({ kind: 'chart', chart: c });

export function chartsOf(document: Document): Chart[] {
  return document.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));
}

export function withRequisites(document: Document, requisites: Requisites): Document {
  return { ...document, requisites: requisiteLines(requisites) };
}

/**
 * Every chart renamed to a file-name slug of its name, unique in the document: the names become
 * charts/<name>.svg and the links to them, and a name carries school and procedure codes.
 */
export function withChartFileNames(document: Document): Document {
  const taken = new Set<string>();
  const named = (block: Block): Block => (block.kind === 'chart' ? { ...block, chart: { ...block.chart, name: fileSlug(block.chart.name, taken) } } : block);
  return { ...document, sections: document.sections.map((s) => ({ ...s, blocks: s.blocks.map(named) })) };
}
