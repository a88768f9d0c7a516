/**
 * Text made inert in the markup shnor writes — a school code or name is data, never markup. One
 * helper for HTML, every text node and every attribute value alike; one for Markdown, which passes
 * raw HTML through: «<», «>», «&» become the same entities; «[» and «]» are escaped, so no link
 * (`[x](javascript:…)`) can form; «|» and a line break would end a table cell or row. Both keep
 * what a reader sees unchanged.
 */
import { maxOf } from '../model/arrays.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const entity = (char: string): string => ENTITIES[char]!;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, entity);
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[&<>]/g, entity).replace(/[|[\]]/g, '\\$&').replace(/\r?\n/g, '<br>');
}

/**
 * Text as a Markdown code span (a command to copy): HTML inside one is not markup, so only its
 * fence needs care — one backtick longer than any run in the text — and a line break, which would
 * end the paragraph, becomes a space.
 */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const fence = '`'.repeat(maxOf((flat.match(/`+/g) ?? []).map((run) => run.length), 0) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
