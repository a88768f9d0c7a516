/**
 * The --schools list: one row per school — «Код ОО | Наименование ОО | Муниципалитет | Вид ОО», or
 * ФИС ОКО's «логин | имя | регион»,
 * and for a branch (филиал) «parent_id», the code of its legal entity — settling identity across
 * files that name schools differently. Several names of one school go in one cell separated by
 * «;» or «|», or in extra rows with the same id.
 */
import { fieldOfHeader, type Field } from '../model/fields.js';
import type { Issue } from '../model/issues.js';
import { normalizeLabel } from '../model/text.js';
import type { ParentLink } from '../model/branches.js';
import { headerOf, mapColumns, readIdentity, tableLayout, isBlankRow, textOf } from './layouts/columns.js';
import type { LayoutMatch } from './layouts/types.js';
import type { SchoolEntry } from './identity.js';
import { readTableFile } from './read-table.js';
import { SCHOOL_LIST_NAME_HEADER } from './vocabulary/headers.js';

export async function loadSchools(input: string): Promise<{ schools: SchoolEntry[]; issues: Issue[] }> {
  const rows: SchoolEntry[] = [];
  const issues: Issue[] = [];
  await readTableFile<SchoolEntry>(input, { match: matchSchools, year: null, minScores: {}, noHeaderCode: 'no-schools-header' }, rows, issues);
  const byId = new Map<string, SchoolEntry>();
  for (const row of rows) {
    const known = byId.get(row.schoolId);
    if (!known) {
      byId.set(row.schoolId, { ...row, names: [...row.names] });
      continue;
    }
    known.names.push(...row.names.filter((n) => !known.names.includes(n)));
    if (row.parent && known.parent && row.parent.parentId !== known.parent.parentId) issues.push(parentConflict(row.schoolId, row.parent, known.parent));
    else known.parent ??= row.parent;
  }
  return { schools: [...byId.values()], issues };
}

/** Two rows of one school naming different legal entities: the first is kept. */
function parentConflict(school: string, link: ParentLink, first: ParentLink): Issue {
  const { file, sheet, row } = link.source;
  return { file, sheet, row, column: link.column, code: 'parent-conflict', params: { school, parent: link.parentId, first: first.parentId } };
}

/** A legal entity's own row may leave the cell blank or put a dash in it. */
function parentOf(text: string | null): string | null {
  return text === null || /^[-–—]$/.test(text) ? null : text;
}

/** A region's school list from ФИС ОКО: «логин | имя | регион» (the name under «имя»). */
const schoolListField = (header: string): Field | null => (normalizeLabel(header) === SCHOOL_LIST_NAME_HEADER ? 'schoolName' : fieldOfHeader(header));

function matchSchools(headers: string[]): LayoutMatch<SchoolEntry> | null {
  const map = mapColumns(headers, schoolListField);
  if (!map.fields.has('schoolId') || !(map.fields.has('schoolName') || map.fields.has('school'))) return null;
  const parentColumn = headerOf(map, 'parentId');
  return tableLayout('schools', map, (cells, rowNumber, context) => {
    if (isBlankRow(cells)) return;
    const identity = readIdentity(cells, map);
    if (!identity || !identity.schoolName) return;
    const names = identity.schoolName.split(/[;|]/).map((n) => n.trim()).filter(Boolean);
    const parentId = parentOf(textOf(cells, map, 'parentId'));
    const source = { file: context.file, sheet: context.sheet, row: rowNumber };
    const parent = parentId && parentColumn ? { parent: { parentId, source, column: parentColumn } } : {};
    context.emit({ schoolId: identity.schoolId, names, municipality: identity.municipality, schoolType: identity.schoolType, ...parent });
  });
}
