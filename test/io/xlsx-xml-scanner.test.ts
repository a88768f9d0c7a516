/**
 * The XML scanner against saxes, the strict parser it stands in for: on generated documents and
 * on the same documents with characters inserted, deleted and replaced, cut into chunks anywhere,
 * both must refuse the same documents and report the same elements, attributes and text for the
 * rest (elements by local name: the scanner drops prefixes). Then the worked cases one by one.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlScanner } from '../../src/io/readers/xlsx/xml-scanner.js';

type XmlEvent = ['open', string, [string, string][]] | ['close', string] | ['text', string];

/** The events of a parse, consecutive text merged; or the fact that it failed. */
type Outcome = { ok: true; events: XmlEvent[] } | { ok: false };

function pushText(events: XmlEvent[], text: string): void {
  const last = events[events.length - 1];
  if (last?.[0] === 'text') last[1] += text;
  else events.push(['text', text]);
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

function bySaxes(xml: string): Outcome {
  const events: XmlEvent[] = [];
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let depth = 0; // the scanner has no use for the blanks outside the root
  parser.on('opentag', (tag) => {
    events.push(['open', local(tag.name), Object.entries(tag.attributes)]);
    if (!tag.isSelfClosing) depth++;
  });
  parser.on('closetag', (tag) => {
    events.push(['close', local(tag.name)]);
    if (!tag.isSelfClosing) depth--;
  });
  parser.on('text', (text) => depth > 0 && pushText(events, text));
  parser.on('cdata', (text) => pushText(events, text));
  try {
    parser.write(xml).close();
    return { ok: true, events: events.filter((e) => e[0] !== 'text' || e[1] !== '') };
  } catch {
    return { ok: false };
  }
}

function byScanner(chunks: string[]): Outcome {
  const events: XmlEvent[] = [];
  const scanner = new XmlScanner({
    open(name, attributes) {
      const list: [string, string][] = [];
      for (let i = 0; i < attributes.count; i++) list.push([attributes.name(i), attributes.value(i)]);
      events.push(['open', name, list]);
    },
    close: (name) => events.push(['close', name]),
    text: (text) => pushText(events, text),
  });
  try {
    for (const chunk of chunks) scanner.write(chunk);
    scanner.close();
    return { ok: true, events: events.filter((e) => e[0] !== 'text' || e[1] !== '') };
  } catch {
    return { ok: false };
  }
}

function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of at) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  chunks.push(text.slice(from));
  return chunks;
}

const NAMES = ['a', 'row', 'c', 'v', 'x:t', 'sheetData', 'б', 'ı']; // б U+0431 and ı U+0131: one bucket of the scanner's name table
const ATTRIBUTES = ['r', 't', 's', 'x14ac:dyDescent', 'xml:space'];
const TEXT_PIECES = ['школа', '12', ' ', '\n', '\r\n', '\r', '\t', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#1050;', '&#x43E;', '&#13;', '>', ']', ']]', '"', "'", '№', '😀'];

const text = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 6 }).map((pieces) => pieces.join(''));
const attributeValue = text.map((value) => value.replace(/"/g, '&quot;').replace(/]]>/g, ']]&gt;'));
const attributes = fc.uniqueArray(fc.constantFrom(...ATTRIBUTES), { maxLength: 3 }).chain((names) =>
  fc.tuple(...names.map((name) => attributeValue.map((value) => ` ${name}="${value}"`))).map((list) => list.join('')),
);

const element: fc.Memo<string> = fc.memo((depth) =>
  fc.tuple(fc.constantFrom(...NAMES), attributes, depth <= 1 ? fc.constant([]) : fc.array(node(depth - 1), { maxLength: 4 })).map(([name, attrs, children]) =>
    children.length === 0 && name !== 'v' ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`,
  ),
);
const node: fc.Memo<string> = fc.memo((depth) =>
  fc.oneof(
    { weight: 4, arbitrary: element(depth) },
    // never «]]>», nor a «]» the next text node could make one of
    { weight: 3, arbitrary: text.map((t) => t.replace(/]]>/g, ']]&gt;').replace(/]$/, ']x')) },
    { weight: 1, arbitrary: text.map((t) => `<![CDATA[${t.replace(/]]>/g, '')}]]>`) },
    { weight: 1, arbitrary: fc.constantFrom('<!-- note -->', '<?pi data?>') },
  ),
);
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const document = fc.tuple(fc.boolean(), element(4), fc.constantFrom('', '\n', '<!-- end -->')).map(([declared, root, tail]) => `${declared ? DECLARATION : ''}${root}${tail}`);

/** Characters that make or break XML, inserted or put in place of others. */
const BREAKERS = ['<', '>', '&', ';', '/', '"', "'", '=', '!', '?', '-', '[', ']', ' ', '#', 'x', 'a', '\u0001', '\r', 'б'];
const mutation = fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...BREAKERS));

/**
 * By characters, not UTF-16 units: the scanner's input comes from a strict decoder, which never
 * gives half a surrogate pair. The XML declaration's pseudo-attributes are left alone: saxes
 * checks them more closely than a workbook needs.
 */
function mutate(xml: string, changes: [number, string, string][]): string {
  const start = xml.startsWith(DECLARATION) ? DECLARATION.length : 0;
  const chars = Array.from(xml.slice(start));
  for (const [at, kind, char] of changes) {
    const i = at % Math.max(1, chars.length);
    if (kind === 'insert') chars.splice(i, 0, char);
    else if (kind === 'delete') chars.splice(i, 1);
    else chars.splice(i, 1, char);
  }
  return xml.slice(0, start) + chars.join('');
}

describe('XmlScanner against saxes', () => {
  it('reports the same events for generated documents, cut into chunks anywhere', () => {
    fc.assert(
      fc.property(document, fc.array(fc.nat(), { maxLength: 8 }), (xml, points) => {
        const reference = bySaxes(xml);
        expect(reference.ok, xml).toBe(true);
        expect(byScanner(cut(xml, points))).toEqual(reference);
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses what saxes refuses and reads the rest alike when characters are inserted, deleted or replaced', () => {
    fc.assert(
      fc.property(document, fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { maxLength: 6 }), (xml, changes, points) => {
        const changed = mutate(xml, changes);
        expect(byScanner(cut(changed, points)), changed).toEqual(bySaxes(changed));
      }),
      { numRuns: 4000 },
    );
  });
});

describe('XmlScanner', () => {
  const events = (xml: string, chunk = xml.length) => {
    const chunks: string[] = [];
    for (let i = 0; i < xml.length; i += chunk) chunks.push(xml.slice(i, i + chunk));
    return byScanner(chunks);
  };

  it.each([
    ['text outside the root', '<a/>x'],
    ['two roots', '<a/><b/>'],
    ['no root', '<?xml version="1.0"?>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['an XML declaration not at the start', ' <?xml version="1.0"?><a/>'],
    ['a duplicate attribute', '<a r="1" r="2"/>'],
    ['«<» in an attribute value', '<a r="<"/>'],
    ['«]]>» in text', '<a>]]></a>'],
    ['«--» in a comment', '<a><!-- a -- b --></a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a reference to a control character', '<a>&#1;</a>'],
    ['an unclosed element', '<a><b></b>'],
  ])('refuses %s', (_label, xml) => {
    expect(events(xml)).toEqual({ ok: false });
  });

  it('reads a tag cut in every place the same (one-character chunks)', () => {
    const xml = '<row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t>а&amp;б\r\n</t></is></c></row>';
    expect(events(xml, 1)).toEqual(events(xml));
    expect(events(xml)).toEqual({ ok: true, events: [
      ['open', 'row', [['r', '1'], ['spans', '1:2']]], ['open', 'c', [['r', 'A1'], ['t', 'inlineStr']]], ['open', 'is', []], ['open', 't', []],
      ['text', 'а&б\n'], ['close', 't'], ['close', 'is'], ['close', 'c'], ['close', 'row'],
    ] });
  });

  it('scans a megabyte-long tag fed in small chunks in linear time', () => {
    const xml = `<a v="${'x'.repeat(2 ** 20)}"/>`;
    const started = performance.now();
    expect(events(xml, 1024).ok).toBe(true);
    // rescanned from its start at every chunk, it would take 1,024 passes over up to 1 MiB
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
