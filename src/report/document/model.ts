/**
 * The one document model every command builds and every format renders (report/to/*): a title,
 * sections of blocks, the tables a spreadsheet holds, and the JSON projection that is the stable
 * data contract. A block may be meant for one medium only — the screen (the terminal's compact
 * table), the page (Markdown, HTML, DOCX: the full sentences) or the sheet (a workbook laid out by
 * sections: what is too long to print) — and may follow the block before it without a blank line
 * (`tight`), on every medium or on one.
 */
import type { Chart } from '../charts.js';
import { fileSlug } from '../file-name.js';
import type { Table } from '../table-model.js';
import type { Lang } from '../../messages/index.js';
import type { Requisites } from '../../model/requisites.js';
import { requisiteLines, type RequisiteLines } from './requisites.js';

export type Medium = 'screen' | 'page' | 'sheet';

/** A run of text: plain, strong, emphasised, or code (a command to copy, never escaped). */
export type Inline = string | { strong: string } | { em: string } | { code: string };
export type Text = string | Inline[];

export interface ListItem {
  text: Text;
  /** Stands out: painted on the screen. */
  strong?: boolean;
  items?: (string | ListItem)[];
}

interface Placement {
  /** Shown on this medium only. */
  only?: Medium;
  /** No blank line before it: everywhere (true) or on the medium named. */
  tight?: boolean | Medium;
}

export type Block = Placement & (
  | { kind: 'paragraph'; text: Text; tone?: 'strong' | 'dim' }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: (string | ListItem)[]; /** The screen's bullet; «•» unless given. */ marker?: string }
  | { kind: 'lines'; lines: (Text | ListItem)[]; /** The screen's indent of every line. */ indent?: number; /** A summary: at a known width each line is cut to it with «…», not folded. */ cut?: boolean }
  | { kind: 'quote'; text: string }
  | { kind: 'table'; table: Table }
  | { kind: 'chart'; chart: Chart }
);

export interface Section {
  id?: string;
  /** Shown on this medium only. */
  only?: Medium;
  /** Null: the blocks follow what comes before with no heading of their own. */
  title: string | null;
  blocks: Block[];
  /** Printed from a new page (the first appendix). */
  newPage?: boolean;
}

/** The JSON projection: a value, or text in pieces (a region's protocols run to tens of megabytes). */
export type JsonData = { value: unknown } | { pieces: () => Iterable<string> };

export interface Document {
  /** Null: a document of sections only (inspect's one section per file). */
  title: string | null;
  subtitle?: string;
  sections: Section[];
  /** Present when the document is an official one, to approve and sign. */
  requisites?: RequisiteLines;
  /**
   * The tables a spreadsheet holds, the first of them the CSV; absent, a workbook has a sheet per
   * section (the yearly report).
   */
  sheets?: Table[];
  json?: JsonData;
}

export const paragraph = (text: Text, tone?: 'strong' | 'dim'): Block => (tone ? { kind: 'paragraph', text, tone } : { kind: 'paragraph', text });
export const heading = (text: string): Block => ({ kind: 'heading', text });
export const list = (items: (string | ListItem)[]): Block => ({ kind: 'list', items });
export const table = (t: Table): Block => ({ kind: 'table', table: t });
export const chart = (c: Chart): Block => ({ kind: 'chart', chart: c });

/** Whether a medium shows what is meant for `only`: the sheet shows the page's too. */
function shownOn(only: Medium | undefined, medium: Medium): boolean {
  return only === undefined || only === medium || (medium === 'sheet' && only === 'page');
}

/** The sections a medium shows. */
export function sectionsOn(document: Document, medium: Medium): Section[] {
  return document.sections.filter((s) => shownOn(s.only, medium));
}

/** The blocks a medium shows. */
export function blocksOn(section: Section, medium: Medium): Block[] {
  return section.blocks.filter((b) => shownOn(b.only, medium));
}

export function isTight(block: Block, medium: Medium): boolean {
  return block.tight === true || block.tight === medium;
}

/** A text without its marks: what the screen, a cell or a sheet shows. */
export function plainText(text: Text): string {
  if (typeof text === 'string') return text;
  return text.map((run) => (typeof run === 'string' ? run : 'strong' in run ? run.strong : 'em' in run ? run.em : run.code)).join('');
}

export function itemOf(item: string | ListItem): ListItem {
  return typeof item === 'string' ? { text: item } : item;
}

/** A list's items and their items, in order, each with its depth. */
export function flatItems(items: (string | ListItem)[], depth = 0): { text: Text; depth: number }[] {
  return items.flatMap((item) => {
    const { text, items: children } = itemOf(item);
    return [{ text, depth }, ...flatItems(children ?? [], depth + 1)];
  });
}

export function chartsOf(document: Document): Chart[] {
  return document.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));
}

/** The document without its charts: for a single file that cannot show them. */
export function withoutCharts(document: Document): Document {
  if (chartsOf(document).length === 0) return document;
  return { ...document, sections: document.sections.map((s) => ({ ...s, blocks: s.blocks.filter((b) => b.kind !== 'chart') })) };
}

export function withRequisites(document: Document, requisites: Requisites, lang: Lang): Document {
  return { ...document, requisites: requisiteLines(requisites, lang) };
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
