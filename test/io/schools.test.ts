import { afterAll, describe, expect, it } from 'vitest';
import { loadSchools } from '../../src/io/schools.js';
import { removeTempDirs, writeTemp } from './helpers.js';

afterAll(removeTempDirs);

describe('loadSchools', () => {
  it('reads a region\'s ФИС ОКО list «логин | имя | регион»: «регион» is the municipality, sch… and edu… logins both', async () => {
    // the shape of the Altai krai list (real-exports/altai-school-logins.xlsx), rows of our own
    const file = await writeTemp('logins.csv', ['логин;имя;регион', 'sch224145;МБОУ СОШ №7;г. Алейск', 'edu223017;МБОУ "Вавилонская СОШ";Алейский район'].join('\n'));
    const { schools, issues } = await loadSchools(file);
    expect(issues).toEqual([]);
    expect(schools.map((s) => [s.schoolId, s.names, s.municipality])).toEqual([
      ['sch224145', ['МБОУ СОШ №7'], 'г. Алейск'],
      ['edu223017', ['МБОУ "Вавилонская СОШ"'], 'Алейский район'],
    ]);
  });

  it('takes «Муниципалитет» over «Регион» when a list has both', async () => {
    const file = await writeTemp('both.csv', 'Код ОО;Наименование ОО;Регион;Муниципалитет\nsch1;СОШ № 1;Алтайский край;г. Алейск\n');
    expect((await loadSchools(file)).schools[0]!.municipality).toBe('г. Алейск');
  });
});
