/**
 * The workbook's structure, read before any sheet whatever the order of the parts in the zip: the
 * package relationships name the workbook part (xl/workbook.xml when they do not), the workbook's
 * relationships name its worksheets, shared strings and styles, and workbook.xml lists the sheets
 * in tab order with the date system. Relationship targets may be relative or absolute
 * («/xl/worksheets/sheet1.xml») and name the sheet parts anything.
 */
import type { Archive } from './archive.js';
import { parsePart, type Attributes } from './xml.js';

export interface SheetPart {
  name: string;
  /** The worksheet part; null for a chart sheet or a sheet whose relationship is missing. */
  part: string | null;
}

export interface WorkbookParts {
  /** Every sheet of workbook.xml, in tab order. */
  sheets: SheetPart[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
  /** The parts read to find all this (for the expanded-size limit). */
  structure: string[];
}

interface Relationship {
  type: string;
  target: string;
}

const DEFAULT_WORKBOOK = 'xl/workbook.xml';

export async function readWorkbookParts(archive: Archive): Promise<WorkbookParts> {
  const structure: string[] = [];
  const packageRels = archive.has('_rels/.rels') ? await readRelationships(archive, '_rels/.rels', structure) : new Map<string, Relationship>();
  const workbook = [...packageRels.values()].find((r) => r.type === 'officeDocument')?.target ?? DEFAULT_WORKBOOK;
  if (!archive.has(workbook)) throw archive.damaged(workbook, 'the workbook part is missing from the zip');
  const relsPart = relationshipsPartOf(workbook);
  const rels = archive.has(relsPart) ? await readRelationships(archive, relsPart, structure) : new Map<string, Relationship>();
  structure.push(workbook);
  const { sheets, date1904 } = await readSheetList(archive, workbook, rels);
  return {
    sheets,
    date1904,
    sharedStrings: partOfType(archive, rels, 'sharedStrings', siblingOf(workbook, 'sharedStrings.xml')),
    styles: partOfType(archive, rels, 'styles', siblingOf(workbook, 'styles.xml')),
    structure,
  };
}

/** The part a relationship type names, else the customary part when the zip has it (the exceljs reader looked there). */
function partOfType(archive: Archive, rels: Map<string, Relationship>, type: string, customary: string): string | null {
  const part = [...rels.values()].find((r) => r.type === type)?.target;
  if (part !== undefined) return part;
  return archive.has(customary) ? customary : null;
}

async function readSheetList(archive: Archive, workbook: string, rels: Map<string, Relationship>): Promise<{ sheets: SheetPart[]; date1904: boolean }> {
  const sheets: SheetPart[] = [];
  let date1904 = false;
  await parsePart(archive, workbook, {
    open(name, attributes) {
      switch (name) {
        case 'workbookPr':
          date1904 = isTrue(attributes.get('date1904'));
          break;
        case 'sheet': {
          const rel = rels.get(relationshipId(attributes) ?? '');
          sheets.push({ name: attributes.get('name') ?? '', part: rel?.type === 'worksheet' ? rel.target : null });
          break;
        }
      }
    },
  });
  return { sheets, date1904 };
}

/** The sheet's r:id — by its local name, whatever prefix the relationships namespace got. */
function relationshipId(attributes: Attributes): string | undefined {
  for (let i = 0; i < attributes.count; i++) if (attributes.name(i).endsWith(':id')) return attributes.value(i);
  return undefined;
}

/** Relationships by Id: the type's last segment («worksheet», «sharedStrings») and the target part; external targets left out. */
async function readRelationships(archive: Archive, part: string, structure: string[]): Promise<Map<string, Relationship>> {
  structure.push(part);
  const base = sourceOf(part);
  const rels = new Map<string, Relationship>();
  await parsePart(archive, part, {
    open(name, attributes) {
      const [id, type, target] = [attributes.get('Id'), attributes.get('Type'), attributes.get('Target')];
      if (name !== 'Relationship' || id === undefined || type === undefined || target === undefined) return;
      if (attributes.get('TargetMode') === 'External') return;
      rels.set(id, { type: type.slice(type.lastIndexOf('/') + 1), target: resolveTarget(base, target) });
    },
  });
  return rels;
}

/** «xl/workbook.xml» → «xl/_rels/workbook.xml.rels». */
function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The folder a relationships part's targets are relative to: «xl/_rels/workbook.xml.rels» → «xl», «_rels/.rels» → «». */
function sourceOf(relsPart: string): string {
  return relsPart.replace(/(^|\/)_rels\/[^/]*$/, '');
}

function siblingOf(part: string, name: string): string {
  return `${part.slice(0, part.lastIndexOf('/') + 1)}${name}`;
}

/** A target URI against its source folder: «worksheets/sheet1.xml», «/xl/worksheets/sheet1.xml», «../xl/a%20b.xml». */
export function resolveTarget(base: string, target: string): string {
  let path = target.replace(/\\/g, '/');
  try {
    path = decodeURIComponent(path);
  } catch {
    // a stray «%» is a character of the name
  }
  const segments = path.startsWith('/') || base === '' ? [] : base.split('/');
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
