/**
 * The --schools list: one row per school — «Код ОО | Наименование ОО | Муниципалитет | Вид ОО» —
 * settling identity across files that name schools differently. Several names of one school go in
 * one cell separated by «;» or «|», or in extra rows with the same id.
 */
import type { Issue } from '../model/issues.js';
import { hasSchool, mapColumns, readIdentity, reportUnusedColumns, isBlankRow } from './layouts/columns.js';
import type { LayoutMatch } from './layouts/types.js';
import type { SchoolEntry } from './identity.js';
import { readTableFile } from './read-table.js';

export async function loadSchools(input: string): Promise<{ schools: SchoolEntry[]; issues: Issue[] }> {
  const rows: SchoolEntry[] = [];
  const issues: Issue[] = [];
  await readTableFile<SchoolEntry>(input, { match: matchSchools, year: null, minScores: {}, noHeaderCode: 'no-schools-header' }, rows, issues);
  const byId = new Map<string, SchoolEntry>();
  for (const row of rows) {
    const known = byId.get(row.schoolId);
    if (known) known.names.push(...row.names.filter((n) => !known.names.includes(n)));
    else byId.set(row.schoolId, { ...row, names: [...row.names] });
  }
  return { schools: [...byId.values()], issues };
}

function matchSchools(headers: string[]): LayoutMatch<SchoolEntry> | null {
  const map = mapColumns(headers);
  if (!map.fields.has('schoolId') || !hasSchool(map) || !(map.fields.has('schoolName') || map.fields.has('school'))) return null;
  return {
    layout: 'schools',
    score: map.fields.size,
    needsYear: false,
    start: (context, headerRow) => {
      reportUnusedColumns(map, context, headerRow);
      return {
        row(cells) {
          if (isBlankRow(cells)) return;
          const identity = readIdentity(cells, map);
          if (!identity || !identity.schoolName) return;
          const names = identity.schoolName.split(/[;|]/).map((n) => n.trim()).filter(Boolean);
          context.emit({ schoolId: identity.schoolId, names, municipality: identity.municipality, schoolType: identity.schoolType });
        },
        end() {},
      };
    },
  };
}
