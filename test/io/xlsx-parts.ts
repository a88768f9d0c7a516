/**
 * Workbooks written part by part for the XLSX reader's tests: a zip writer that puts entries in
 * any order, stored or deflated, and can lie about a CRC or a size; the parts of a minimal
 * workbook around hand-written sheet XML; and the entries of a zip read back (to damage one part
 * of a workbook another program wrote).
 */
import { crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

export interface ZipEntry {
  name: string;
  data: string | Buffer;
  /** Stored (method 0) instead of deflated. */
  store?: boolean;
  /** The CRC-32 the directory declares (the true one when absent). */
  crc?: number;
  /** The expanded size the directory declares (the true one when absent). */
  size?: number;
}

export interface Zip {
  bytes: Buffer;
  /** Where each entry's data lies in `bytes`. */
  data: Map<string, { start: number; length: number }>;
}

/** A zip of the entries in the order given (UTF-8 names, no data descriptors). */
export function zip(entries: ZipEntry[]): Zip {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const data = new Map<string, { start: number; length: number }>();
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.from(entry.data);
    const body = entry.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(entry.name, 'utf8');
    const fields = { method: entry.store ? 0 : 8, crc: entry.crc ?? crc32(raw), compressed: body.length, size: entry.size ?? raw.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, fields, name.length);
    locals.push(local, name, body);
    data.set(entry.name, { start: offset + 30 + name.length, length: body.length });
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    writeCommon(central, 6, fields, name.length);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return { bytes: Buffer.concat([...locals, directory, end]), data };
}

/** The entries of a sound zip, in its directory's order, each with its expanded bytes and its method. */
export async function unzip(bytes: Buffer): Promise<ZipEntry[]> {
  const archive = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const entries: ZipEntry[] = [];
  await new Promise<void>((resolve, reject) => {
    archive.on('error', reject);
    archive.on('end', resolve);
    archive.on('entry', (entry: yauzl.Entry) => {
      archive.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', reject);
        stream.on('end', () => {
          entries.push({ name: entry.fileName, data: Buffer.concat(chunks), store: entry.compressionMethod === 0 });
          archive.readEntry();
        });
      });
    });
    archive.readEntry();
  });
  return entries;
}

/** The fields local and central headers share, from «version needed» on. */
function writeCommon(header: Buffer, at: number, fields: { method: number; crc: number; compressed: number; size: number }, nameLength: number): void {
  header.writeUInt16LE(20, at); // version needed
  header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  header.writeUInt16LE(fields.method, at + 4);
  header.writeUInt32LE(0x00210000, at + 6); // 1980-01-01 00:00
  header.writeUInt32LE(fields.crc >>> 0, at + 10);
  header.writeUInt32LE(fields.compressed, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  name: string;
  /** The rows: what goes inside <sheetData>. */
  rows: string;
  /** The part (xl/worksheets/sheetN.xml when absent). */
  part?: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Each <si> element's content, or the whole part's XML. */
  sharedStrings?: string[] | string;
  /** The <numFmts> and <cellXfs> elements of styles.xml. */
  styles?: string;
  date1904?: boolean;
  /** Relationship targets as absolute part names («/xl/worksheets/sheet1.xml»). */
  absoluteTargets?: boolean;
}

/** The parts of a workbook, in the order Excel writes them (reorder them freely). */
export function workbookParts(spec: WorkbookSpec): ZipEntry[] {
  const sheetParts = spec.sheets.map((sheet, i) => sheet.part ?? `xl/worksheets/sheet${i + 1}.xml`);
  const target = (part: string) => (spec.absoluteTargets ? `/${part}` : part.replace(/^xl\//, ''));
  const rels = [
    ...sheetParts.map((part, i) => relationship(`rId${i + 1}`, 'worksheet', target(part))),
    spec.sharedStrings === undefined ? '' : relationship('rIdS', 'sharedStrings', target('xl/sharedStrings.xml')),
    spec.styles === undefined ? '' : relationship('rIdY', 'styles', target('xl/styles.xml')),
  ];
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: xml(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`) },
    { name: '_rels/.rels', data: xml(`<Relationships xmlns="${PACKAGE_REL}">${relationship('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`) },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>` +
          spec.sheets.map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
          '</sheets></workbook>',
      ),
    },
    { name: 'xl/_rels/workbook.xml.rels', data: xml(`<Relationships xmlns="${PACKAGE_REL}">${rels.join('')}</Relationships>`) },
    ...spec.sheets.map((sheet, i) => ({ name: sheetParts[i], data: sheetXml(sheet.rows) })),
  ];
  if (spec.sharedStrings !== undefined) entries.push({ name: 'xl/sharedStrings.xml', data: sharedStringsXml(spec.sharedStrings) });
  if (spec.styles !== undefined) entries.push({ name: 'xl/styles.xml', data: xml(`<styleSheet xmlns="${MAIN}">${spec.styles}</styleSheet>`) });
  return entries;
}

export function sheetXml(rows: string): string {
  return xml(`<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1"/><sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`);
}

function sharedStringsXml(strings: string[] | string): string {
  if (typeof strings === 'string') return strings;
  return xml(`<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si>${s}</si>`).join('')}</sst>`);
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
}

function xml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}
