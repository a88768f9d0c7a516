/**
 * The справка's Markdown and HTML in pieces (report/document/markdown.ts, html.ts). Markdown: lines
 * joined as they come, every run of blank lines one blank line, the end one newline — the same text
 * as joining the lines and collapsing the whole, worked out by hand here.
 */
import { describe, expect, it } from 'vitest';
import { documentHtml } from '../../src/report/to/html.js';
import { documentMarkdown, singleBlankLines } from '../../src/report/to/md.js';
import { heading, list, paragraph } from '../../src/report/document/model.js';

const text = (lines: string[]) => [...singleBlankLines(lines)].join('');

describe('singleBlankLines', () => {
  it('joins lines with newlines and ends with one', () => {
    expect(text(['# A', '', 'b'])).toBe('# A\n\nb\n');
  });

  it('makes a run of blank lines one blank line, also where a line itself holds the newlines', () => {
    // 'a', '', '', '' → a\n\n\n\n → a\n\n; 'b\n\n\nc' holds a run of its own
    expect(text(['a', '', '', '', 'b\n\n\nc'])).toBe('a\n\nb\n\nc\n');
  });

  it('leaves a run broken by spaces as it is (only newline runs are made one)', () => {
    expect(text(['a', '', ' ', '', 'b'])).toBe('a\n\n \n\nb\n');
  });

  it('trims the end, spaces and blank lines alike, to one newline', () => {
    expect(text(['a', '', '  ', '', ''])).toBe('a\n');
    expect(text([])).toBe('\n');
    expect(text(['', ''])).toBe('\n');
  });
});

const document = {
  title: 'Справка',
  subtitle: 'Район.',
  sections: [
    { id: 's', title: '1. Раздел', blocks: [paragraph('Текст.'), heading('Школа'), list(['один', 'два'])] },
    { id: 't', title: '2. Ещё', blocks: [] },
  ],
};

describe('documentMarkdown', () => {
  it('gives the text in pieces, a blank line between blocks', () => {
    const rendered = documentMarkdown(document, 'ru');
    expect(typeof rendered).not.toBe('string'); // never the whole text at once
    const pieces = [...rendered];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe('# Справка\n\nРайон.\n\n## 1. Раздел\n\nТекст.\n\n### Школа\n\n- один\n- два\n\n## 2. Ещё\n');
  });
});

describe('documentHtml', () => {
  it('gives the page in pieces: the head, each section and block, the end', () => {
    const rendered = documentHtml(document, new Map(), 'ru');
    expect(typeof rendered).not.toBe('string');
    const pieces = [...rendered];
    expect(pieces.length).toBeGreaterThan(5);
    const html = pieces.join('');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">\n<head>\n/);
    expect(html).toContain('<h1>Справка</h1>\n<p>Район.</p>\n<section id="s">\n<h2>1. Раздел</h2>\n<p>Текст.</p>\n<h3>Школа</h3>\n<ul><li>один</li><li>два</li></ul>\n</section>\n');
    // a section without blocks: its title, then an empty line
    expect(html.endsWith('<section id="t">\n<h2>2. Ещё</h2>\n\n</section>\n</body>\n</html>\n')).toBe(true);
  });
});
