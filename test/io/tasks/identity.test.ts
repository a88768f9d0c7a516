import { describe, expect, it } from 'vitest';
import type { SchoolEntry } from '../../../src/io/identity.js';
import { matchTaskSchools } from '../../../src/io/tasks/identity.js';
import type { TaskGroupLevel, TaskResultRecord } from '../../../src/model/tasks.js';

const DIRECTORY: SchoolEntry[] = [
  { schoolId: 'DM-09', names: ['МАОУ СОШ № 2'], municipality: 'г. Красноярск', schoolType: null },
  { schoolId: 'DM-11', names: ['МБОУ СОШ № 3'], municipality: 'г. Красноярск', schoolType: null },
  { schoolId: 'DM-31', names: ['МБОУ СОШ № 3'], municipality: 'Ачинский район', schoolType: null },
];

function record(schoolId: string | null, name: string, municipality: string | null, level: TaskGroupLevel = 'school', className: string | null = null): TaskResultRecord {
  return {
    procedure: 'VPR-MA-5', year: 2023, level, schoolId, name, municipality, className, teacher: null, participants: 25, tasks: [],
    source: { file: 'zadaniya.xlsx', sheet: 'Лист1', row: 7 },
  };
}

describe('matchTaskSchools', () => {
  it('gives a login the results do not know the id of the school of that name in the municipality, and says so once', () => {
    const { records, issues } = matchTaskSchools([
      record('sch240201', 'МАОУ СОШ №2', 'г. Красноярск'),
      record('sch240201', 'МАОУ СОШ №2', 'г. Красноярск', 'school', '5А'),
      record(null, 'г. Красноярск', 'г. Красноярск', 'municipality'),
    ], DIRECTORY);
    expect(records.map((r) => r.schoolId)).toEqual(['DM-09', 'DM-09', null]);
    expect(issues).toEqual([{ file: 'zadaniya.xlsx', sheet: 'Лист1', row: 7, column: null, code: 'name-matched', params: { name: 'МАОУ СОШ №2', id: 'DM-09', known: 'МАОУ СОШ № 2' } }]);
  });

  it('tells two schools of one name apart by the municipality; without one the name is ambiguous and the login stays', () => {
    expect(matchTaskSchools([record('sch240301', 'МБОУ СОШ № 3', 'Ачинский район')], DIRECTORY).records[0]!.schoolId).toBe('DM-31');
    const { records, issues } = matchTaskSchools([record('sch240302', 'МБОУ СОШ № 3', null)], DIRECTORY);
    expect(records[0]!.schoolId).toBe('sch240302');
    expect(issues).toEqual([expect.objectContaining({ code: 'name-ambiguous', params: { name: 'МБОУ СОШ № 3', ids: 'DM-11, DM-31' } })]);
  });

  it('leaves an id the results know, and a school no result names, as they are and silent', () => {
    const { records, issues } = matchTaskSchools([record('DM-11', 'МБОУ СОШ № 3', 'г. Красноярск'), record('sch249999', 'МКОУ Новая ООШ', null)], DIRECTORY);
    expect(records.map((r) => r.schoolId)).toEqual(['DM-11', 'sch249999']);
    expect(issues).toEqual([]);
  });
});
