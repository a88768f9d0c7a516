/**
 * A strict streaming XML scanner for workbook parts, written for the per-cell path: saxes, the
 * strict parser it is tested against (test/io/xlsx-xml-scanner.test.ts), spent 3 s of CPU on the
 * 180 MB sheet of a million rows, more than the whole read may take. This one reads the same
 * well-formed XML 1.0 without namespaces or a DTD and refuses what saxes refuses there:
 * mismatched or unclosed tags, a second root, text outside the root, a bad name, an unquoted or
 * repeated attribute, «<» in a value, an unknown entity or character reference, a control
 * character, «]]>» in text, «--» in a comment, a misplaced XML declaration, any DOCTYPE, and a
 * document that ends early. Text and attribute values are delivered as saxes delivers them:
 * entities decoded, CR LF and CR as LF, and in values tab, LF and CR as a space.
 *
 * Input comes in chunks cut anywhere; a construct cut by a chunk's end is scanned again when
 * the input has at least doubled since, so even a hostile megabyte-long tag costs linear time.
 */

export interface Attributes {
  readonly count: number;
  name(index: number): string;
  value(index: number): string;
  /** The value of the attribute so named, or undefined. */
  get(name: string): string | undefined;
}

/** Elements by their local names (a prefix such as «x:» dropped; namespaces are not checked). */
export interface ScanHandlers {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  /** Character data (CDATA sections included), in pieces as the chunks cut it. */
  text(text: string): void;
}

export class XmlSyntaxError extends Error {}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const AMP = 0x26;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const BRACKET = 0x5d;

/** 1: may start a name; 2: may continue one (ASCII; every non-ASCII character is taken as a name character). */
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME_CHAR[c] = 3;
  else if (/[0-9.-]/.test(ch)) NAME_CHAR[c] = 2;
}

function isNameStart(c: number): boolean {
  return c < 128 ? (NAME_CHAR[c] & 1) !== 0 : c !== 0xd7 && c !== 0xf7;
}

function isNameChar(c: number): boolean {
  return c < 128 ? NAME_CHAR[c] !== 0 : c !== 0xd7 && c !== 0xf7;
}

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

/** A character XML 1.0 allows (surrogate halves are checked as pairs by the decoder before). */
function isXmlChar(c: number): boolean {
  return c >= SPACE ? c < 0xfffe : c === TAB || c === LF || c === CR;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** How much of an unknown entity's name an error message quotes. */
const MAX_ENTITY = 32;

const INCOMPLETE = -1;

/**
 * The attributes of the tag being opened, as places in the scanned text: a value is made a string
 * only when a handler asks for it (most are never read: «spans», «x14ac:dyDescent» on every row).
 * Valid only during the open() call.
 */
class AttributeList implements Attributes {
  count = 0;
  private text = '';
  private readonly nameStarts: number[] = [];
  private readonly nameEnds: number[] = [];
  private readonly valueStarts: number[] = [];
  private readonly valueEnds: number[] = [];
  /** A value with entities or line ends, decoded when scanned; undefined where the text holds it as it is. */
  private readonly decoded: (string | undefined)[] = [];

  reset(text: string): void {
    this.text = text;
    this.count = 0;
  }

  name(index: number): string {
    return this.text.slice(this.nameStarts[index], this.nameEnds[index]);
  }

  value(index: number): string {
    return this.decoded[index] ?? this.text.slice(this.valueStarts[index], this.valueEnds[index]);
  }

  get(name: string): string | undefined {
    const length = name.length;
    const first = name.charCodeAt(0);
    for (let i = 0; i < this.count; i++) {
      const start = this.nameStarts[i];
      if (this.nameEnds[i] - start !== length || this.text.charCodeAt(start) !== first) continue;
      if (length === 1 || this.text.startsWith(name, start)) return this.value(i);
    }
    return undefined;
  }

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, decoded: string | undefined): void {
    for (let i = 0; i < this.count; i++) {
      if (sameRange(this.text, this.nameStarts[i], this.nameEnds[i], nameStart, nameEnd)) {
        throw new XmlSyntaxError(`duplicate attribute: ${this.text.slice(nameStart, nameEnd)}`);
      }
    }
    const i = this.count++;
    this.nameStarts[i] = nameStart;
    this.nameEnds[i] = nameEnd;
    this.valueStarts[i] = valueStart;
    this.valueEnds[i] = valueEnd;
    this.decoded[i] = decoded;
  }
}

function sameRange(s: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 0; k < aEnd - aStart; k++) if (s.charCodeAt(aStart + k) !== s.charCodeAt(bStart + k)) return false;
  return true;
}

/**
 * Element names met so far, each made a string once: a sheet has a score of them and millions of
 * tags. Handlers get the local name (the prefix dropped: some writers prefix every element).
 */
class NameTable {
  /** Raw and local names by a hash of length and first character. */
  private readonly buckets: { raw: string; local: string }[][] = Array.from({ length: 256 }, () => []);
  private size = 0;
  /** The raw name of the last lookup, for the tag stack (end tags match it, prefix and all). */
  raw = '';

  local(s: string, start: number, end: number): string {
    const length = end - start;
    const bucket = this.buckets[((length << 4) ^ s.charCodeAt(start)) & 255];
    for (let i = 0; i < bucket.length; i++) {
      const entry = bucket[i];
      if (entry.raw.length === length && entry.raw.charCodeAt(0) === s.charCodeAt(start) && (length === 1 || s.startsWith(entry.raw, start))) {
        this.raw = entry.raw;
        return entry.local;
      }
    }
    const raw = s.slice(start, end);
    const colon = raw.indexOf(':');
    const local = colon === -1 ? raw : raw.slice(colon + 1);
    if (this.size < 256) {
      bucket.push({ raw, local });
      this.size++;
    }
    this.raw = raw;
    return local;
  }
}

export class XmlScanner {
  /** Input not consumed yet: the start of a construct the last chunk cut. */
  private pending = '';
  /** Scan again once pending is this long (twice what the last scan found incomplete). */
  private waitFor = 0;
  private readonly stack: string[] = [];
  private sawRoot = false;
  /** Nothing consumed yet: only here may the XML declaration stand. */
  private atStart = true;
  private readonly attributes = new AttributeList();
  private readonly names = new NameTable();
  /** The local names of the open elements, beside their raw names on the stack. */
  private readonly locals: string[] = [];

  constructor(private readonly handlers: ScanHandlers) {}

  write(chunk: string): void {
    const input = this.pending + chunk;
    if (input.length < this.waitFor) {
      this.pending = input;
      return;
    }
    const consumed = this.scan(input, false);
    this.pending = consumed === input.length ? '' : input.slice(consumed);
    this.waitFor = 2 * this.pending.length;
  }

  close(): void {
    const input = this.pending;
    this.pending = '';
    if (this.scan(input, true) < input.length) throw new XmlSyntaxError('unexpected end');
    if (this.stack.length > 0) throw new XmlSyntaxError(`unclosed tag: ${this.stack[this.stack.length - 1]}`);
    if (!this.sawRoot) throw new XmlSyntaxError('document must contain a root element');
  }

  /** Consumes every whole construct of `s`; returns where the first incomplete one starts. */
  private scan(s: string, final: boolean): number {
    let pos = 0;
    const length = s.length;
    while (pos < length) {
      let next: number;
      if (s.charCodeAt(pos) !== LT) next = this.textRun(s, pos, final);
      else if (pos + 1 === length) next = INCOMPLETE;
      else {
        const c = s.charCodeAt(pos + 1);
        if (c === SLASH) next = this.endTag(s, pos);
        else if (c === BANG) next = this.bang(s, pos);
        else if (c === QUESTION) next = this.instruction(s, pos);
        else next = this.startTag(s, pos);
      }
      if (next === INCOMPLETE) return pos;
      this.atStart = false;
      pos = next;
    }
    return pos;
  }

  private textRun(s: string, pos: number, final: boolean): number {
    let end = s.indexOf('<', pos);
    if (end === -1) {
      if (final) end = s.length;
      else {
        // keep back what the next chunk may complete: an entity reference…
        end = s.length;
        const amp = s.lastIndexOf('&', end - 1);
        if (amp >= pos && s.indexOf(';', amp) === -1) end = amp;
        // and a CR before its LF, a «]]» before a «>»
        for (let kept = 0; kept < 2 && end > pos && (s.charCodeAt(end - 1) === CR || s.charCodeAt(end - 1) === BRACKET); kept++) end--;
        if (end === pos) return INCOMPLETE;
      }
    }
    const text = decodeChars(s, pos, end, false) ?? s.slice(pos, end);
    if (this.stack.length > 0) this.handlers.text(text);
    else if (!isBlank(text)) throw new XmlSyntaxError('text data outside of root node');
    return end;
  }

  private startTag(s: string, pos: number): number {
    const length = s.length;
    let i = pos + 1;
    if (!isNameStart(s.charCodeAt(i))) throw new XmlSyntaxError('disallowed character in tag name');
    while (i < length && isNameChar(s.charCodeAt(i))) i++;
    if (i === length) return INCOMPLETE;
    const nameEnd = i;
    const attributes = this.attributes;
    attributes.reset(s);
    for (;;) {
      let c = s.charCodeAt(i);
      let spaced = false;
      while (isSpace(c)) {
        spaced = true;
        if (++i === length) return INCOMPLETE;
        c = s.charCodeAt(i);
      }
      if (c === GT || c === SLASH) {
        if (c === SLASH) {
          if (i + 1 === length) return INCOMPLETE;
          if (s.charCodeAt(i + 1) !== GT) throw new XmlSyntaxError('forward-slash in opening tag not followed by >');
          i++;
        }
        this.openElement(this.names.local(s, pos + 1, nameEnd), c === SLASH);
        return i + 1;
      }
      if (!spaced) throw new XmlSyntaxError('no whitespace between attributes');
      if (!isNameStart(c)) throw new XmlSyntaxError('disallowed character in attribute name');
      const attributeStart = i;
      while (i < length && isNameChar(s.charCodeAt(i))) i++;
      const attributeEnd = i;
      while (i < length && isSpace(s.charCodeAt(i))) i++;
      if (i === length) return INCOMPLETE;
      if (s.charCodeAt(i) !== EQUALS) throw new XmlSyntaxError('attribute without value');
      i++;
      while (i < length && isSpace(s.charCodeAt(i))) i++;
      if (i === length) return INCOMPLETE;
      const quote = s.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE) throw new XmlSyntaxError('unquoted attribute value');
      const valueStart = ++i;
      let plain = true;
      for (; i < length; i++) {
        const v = s.charCodeAt(i);
        if (v === quote) break;
        if (v < SPACE || v === AMP || v === LT || v >= 0xfffe) plain = false;
      }
      if (i === length) return INCOMPLETE;
      attributes.add(attributeStart, attributeEnd, valueStart, i, plain ? undefined : decodeChars(s, valueStart, i, true));
      if (++i === length) return INCOMPLETE;
    }
  }

  private openElement(local: string, selfClosing: boolean): void {
    if (this.stack.length === 0) {
      if (this.sawRoot) throw new XmlSyntaxError('documents may contain only one root');
      this.sawRoot = true;
    }
    const raw = this.names.raw;
    this.handlers.open(local, this.attributes);
    if (selfClosing) this.handlers.close(local);
    else {
      this.stack.push(raw);
      this.locals.push(local);
    }
  }

  private endTag(s: string, pos: number): number {
    const top = this.stack[this.stack.length - 1];
    let i = pos + 2;
    if (top !== undefined && s.startsWith(top, i)) i += top.length;
    else {
      while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
      if (i === s.length) return INCOMPLETE;
      throw new XmlSyntaxError(`unexpected close tag: ${s.slice(pos + 2, i)}${top === undefined ? '' : ` (open: ${top})`}`);
    }
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i === s.length) return INCOMPLETE;
    const c = s.charCodeAt(i);
    if (c !== GT) {
      if (isNameChar(c)) throw new XmlSyntaxError(`unexpected close tag (open: ${top})`);
      throw new XmlSyntaxError('invalid characters in closing tag');
    }
    this.stack.pop();
    this.handlers.close(this.locals.pop()!);
    return i + 1;
  }

  /** «<!--» comments, «<![CDATA[» sections; a DOCTYPE is refused. */
  private bang(s: string, pos: number): number {
    if (startsOrCut(s, pos, '<!--')) {
      if (s.length < pos + 4) return INCOMPLETE;
      const end = s.indexOf('-->', pos + 4);
      if (end === -1) return INCOMPLETE;
      const dashes = s.indexOf('--', pos + 4);
      if (dashes < end) throw new XmlSyntaxError('double dash in comment');
      checkChars(s, pos + 4, end);
      return end + 3;
    }
    if (startsOrCut(s, pos, '<![CDATA[')) {
      if (s.length < pos + 9) return INCOMPLETE;
      if (this.stack.length === 0) throw new XmlSyntaxError('CDATA outside of root node');
      const end = s.indexOf(']]>', pos + 9);
      if (end === -1) return INCOMPLETE;
      this.handlers.text(this.decodeCData(s, pos + 9, end));
      return end + 3;
    }
    if (startsOrCut(s, pos, '<!DOCTYPE')) {
      if (s.length < pos + 9) return INCOMPLETE;
      throw new XmlSyntaxError('a DOCTYPE declaration (not allowed in a workbook: it could define entities)');
    }
    throw new XmlSyntaxError('disallowed character after <!');
  }

  private decodeCData(s: string, start: number, end: number): string {
    checkChars(s, start, end);
    return s.slice(start, end).replace(/\r\n?/g, '\n');
  }

  /** «<?target …?>»; the XML declaration only at the very start. */
  private instruction(s: string, pos: number): number {
    const end = s.indexOf('?>', pos + 2);
    if (end === -1) return INCOMPLETE;
    let i = pos + 2;
    if (!isNameStart(s.charCodeAt(i))) throw new XmlSyntaxError('processing instruction without a target');
    while (i < end && isNameChar(s.charCodeAt(i))) i++;
    const target = s.slice(pos + 2, i);
    if (i < end && !isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== QUESTION) throw new XmlSyntaxError('disallowed character in processing instruction target');
    checkChars(s, i, end);
    if (target.toLowerCase() === 'xml') {
      if (target !== 'xml' || !this.atStart || pos !== 0) throw new XmlSyntaxError('an XML declaration must be at the start of the document');
      if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1/.test(s.slice(i, end))) throw new XmlSyntaxError('an XML declaration needs a version first');
    }
    return end + 2;
  }
}

/**
 * Character data or an attribute value as saxes delivers it: entities decoded, CR LF and CR as LF
 * (in a value tab, LF, CR and CR LF as one space each), forbidden characters refused (in text
 * «]]>», in a value «<»); undefined when the text holds it as it is.
 */
function decodeChars(s: string, start: number, end: number, attribute: boolean): string | undefined {
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= SPACE && c !== AMP && c !== LT && c !== BRACKET && c < 0xfffe) continue;
    if (c === AMP) {
      const semicolon = s.indexOf(';', i);
      if (semicolon === -1 || semicolon >= end) throw new XmlSyntaxError('unterminated entity reference');
      out += s.slice(from, i) + entity(s.slice(i + 1, semicolon));
      i = semicolon;
      from = i + 1;
    } else if (c === CR || (attribute && (c === TAB || c === LF))) {
      out += s.slice(from, i) + (attribute ? ' ' : '\n');
      if (c === CR && i + 1 < end && s.charCodeAt(i + 1) === LF) i++;
      from = i + 1;
    } else if (c === BRACKET) {
      if (!attribute && s.startsWith(']]>', i)) throw new XmlSyntaxError('the string "]]>" is disallowed in char data');
    } else if (c === LT) {
      throw new XmlSyntaxError('disallowed character < in attribute value'); // text runs end before «<»
    } else if (!isXmlChar(c)) {
      throw new XmlSyntaxError('disallowed character');
    }
  }
  return from === start ? undefined : out + s.slice(from, end);
}

/** «amp», «#38», «#x26» → the character; anything else is refused (no DTD defines more). */
function entity(name: string): string {
  const named = NAMED_ENTITIES[name];
  if (named !== undefined) return named;
  let code = NaN;
  if (/^#[0-9]+$/.test(name)) code = Number.parseInt(name.slice(1), 10);
  else if (/^#x[0-9A-Fa-f]+$/.test(name)) code = Number.parseInt(name.slice(2), 16);
  else throw new XmlSyntaxError(name === '' ? 'empty entity name' : `undefined entity: ${name.slice(0, MAX_ENTITY)}`);
  if (!(code <= 0x10ffff) || !isXmlChar(code) || (code >= 0xd800 && code <= 0xdfff)) {
    throw new XmlSyntaxError(`character reference to a disallowed character: ${name.slice(0, MAX_ENTITY)}`);
  }
  return String.fromCodePoint(code);
}

function checkChars(s: string, start: number, end: number): void {
  for (let i = start; i < end; i++) if (!isXmlChar(s.charCodeAt(i))) throw new XmlSyntaxError('disallowed character');
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Whether s at pos starts with `prefix`, or with as much of it as s still holds. */
function startsOrCut(s: string, pos: number, prefix: string): boolean {
  const available = Math.min(prefix.length, s.length - pos);
  return s.startsWith(prefix.slice(0, available), pos);
}
