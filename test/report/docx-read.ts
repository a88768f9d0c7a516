/**
 * Reading a .docx back in tests: its parts (jszip), its paragraphs with their style and text, and
 * its tables as rows of cell texts — enough to check what Word and LibreOffice will show.
 */
import JSZip from 'jszip';

export interface Docx {
  zip: JSZip;
  /** word/document.xml */
  xml: string;
}

export async function openDocx(bytes: Buffer): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  return { zip, xml: await zip.file('word/document.xml')!.async('string') };
}

export interface WordParagraph {
  style: string | null;
  text: string;
  /** The paragraph's XML, for its properties (indent, numbering, alignment). */
  xml: string;
}

/** Every paragraph in document order, those in table cells included. */
export function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? null,
    text: runText(m[1]!),
    xml: m[0],
  }));
}

export const textsOf = (xml: string, style: string): string[] => paragraphs(xml).filter((p) => p.style === style).map((p) => p.text);

export interface WordRow {
  header: boolean;
  cells: string[];
  xml: string;
}

/** Each table as its rows; a cell's paragraphs joined by «\n». */
export function tables(xml: string): WordRow[][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => ({
      header: r[1]!.includes('<w:tblHeader/>'),
      cells: [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => paragraphs(c[1]!).map((p) => p.text).join('\n')),
      xml: r[0],
    })),
  );
}

/** The entries under word/media/, by extension. */
export function media(docx: Docx, extension: string): JSZip.JSZipObject[] {
  return docx.zip.file(new RegExp(`^word/media/[^/]+\\.${extension}$`));
}

function runText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
    .map((m) => (m[0] === '<w:br/>' ? '\n' : m[0] === '<w:tab/>' ? '\t' : unescapeXml(m[1]!)))
    .join('');
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
