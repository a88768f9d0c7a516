import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, markdownCode } from '../../src/report/escape.js';
import { documentMarkdown } from '../../src/report/to/md.js';
import { documentHtml } from '../../src/report/to/html.js';
import type { Document } from '../../src/report/document/model.js';

describe('escapeHtml', () => {
  it('makes the five characters that open markup or close a quoted attribute entities', () => {
    expect(escapeHtml('x"><img src=x onerror=alert(1)><b a="')).toBe('x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;b a=&quot;');
    expect(escapeHtml("a & b's <c>")).toBe('a &amp; b&#39;s &lt;c&gt;');
    // an entity in the data is text too: «&amp;» shows as «&amp;», not «&»
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('escapeMarkdown', () => {
  it('entities for < > &, «\\|» for a cell separator, <br> for a line break', () => {
    expect(escapeMarkdown('Школа </table><b>жирная</b> | труба & Co')).toBe('Школа &lt;/table&gt;&lt;b&gt;жирная&lt;/b&gt; \\| труба &amp; Co');
    expect(escapeMarkdown('строка 1\r\nстрока 2\nстрока 3')).toBe('строка 1<br>строка 2<br>строка 3');
  });

  it('«[» and «]» escaped: a name cannot make a link or close an image\'s text', () => {
    expect(escapeMarkdown('[жми](javascript:alert(1))')).toBe('\\[жми\\](javascript:alert(1))');
  });

  it('a table row keeps its cells whatever its cells hold', () => {
    const table = {
      name: 't', headers: ['Код', 'Название'],
      rows: [{ emphasis: false, cells: [{ value: 'a|b' }, { value: 'x\n| y | z |\n<script>' }] }],
    };
    const text = [...documentMarkdown({ title: null, sections: [{ title: null, blocks: [{ kind: 'table', table }] }] }, 'ru')].join('');
    expect(text).toBe('| Код | Название |\n|-|-|\n| a\\|b | x<br>\\| y \\| z \\|<br>&lt;script&gt; |\n');
  });

  it('a cell of lines keeps each line and breaks between them; inline runs keep their marks, their text escaped', () => {
    const table = { name: 't', headers: ['Пояснения'], rows: [{ emphasis: false, cells: [{ value: ['a|b', '<i>'] }] }] };
    const blocks = [{ kind: 'table' as const, table }, { kind: 'paragraph' as const, text: [{ strong: '[x]' }, ' и ', { code: 'shnor <a>' }] }];
    const text = [...documentMarkdown({ title: null, sections: [{ title: null, blocks }] }, 'ru')].join('');
    expect(text).toBe('| Пояснения |\n|-|\n| a\\|b<br>&lt;i&gt; |\n\n**\\[x\\]** и `shnor <a>`\n');
  });
});

describe('markdownCode', () => {
  it('a fence one backtick longer than the longest run inside, padded when the text starts or ends with one', () => {
    expect(markdownCode("shnor classify '<b>.csv'")).toBe("`shnor classify '<b>.csv'`");
    expect(markdownCode('a ``b` c')).toBe('```a ``b` c```');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('a\nb')).toBe('`a b`');
  });
});

describe('documents with hostile text', () => {
  const document: Document = {
    title: 'Справка <i>',
    subtitle: 'a & b',
    sections: [{
      id: 's"><script>',
      title: 'Раздел',
      blocks: [
        { kind: 'paragraph', text: '<img src=x onerror=alert(1)>' },
        { kind: 'list', items: ['</ul><script>alert(2)</script>'] },
        { kind: 'chart', chart: { name: 'x"><b a="', title: 'T <b>', spec: { data: { values: [] }, mark: 'bar' } } },
      ],
    }],
  };

  it('HTML: every text and attribute escaped, the section id and the chart name included', () => {
    const html = [...documentHtml(document, new Map(), 'ru')].join('');
    expect(html).toContain('<title>Справка &lt;i&gt;</title>');
    expect(html).toContain('<section id="s&quot;&gt;&lt;script&gt;">');
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).toContain('<ul><li>&lt;/ul&gt;&lt;script&gt;alert(2)&lt;/script&gt;</li></ul>');
    expect(html).toContain('<figure class="chart" data-chart="x&quot;&gt;&lt;b a=&quot;"><figcaption>T &lt;b&gt;</figcaption></figure>');
  });

  it('Markdown: no tag of the data', () => {
    const md = [...documentMarkdown(document, 'ru')].join('');
    expect(md).toContain('# Справка &lt;i&gt;\n\na &amp; b\n');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;\n');
    expect(md).toContain('- &lt;/ul&gt;&lt;script&gt;alert(2)&lt;/script&gt;\n');
  });
});
