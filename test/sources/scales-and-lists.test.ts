/**
 * The real ВПР 2021 scales table (../shared/real-exports/vpr-scales-2021.csv: FIOKO's «Описание проверочной
 * работы», 29 rows) against the scales shnor ships, read through --scales as a user would give it; and the
 * region's school list (altai-school-logins.xlsx, «логин | имя | регион», 692 schools) read as --schools.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSchools } from '../../src/io/schools.js';
import { loadScales } from '../../src/io/scales.js';
import { scaleFor, SHIPPED_SCALES } from '../../src/model/scales.js';

const DIR = '../shared/real-exports';

describe('vpr-scales-2021.csv', () => {
  it('reads as a --scales file with FIOKO\'s own codes (FI physics, GG geography, IS history, OB social studies, OKR the world around, XI chemistry, INYA the three languages): 31 scales, none left out', async () => {
    const { scales, issues } = await loadScales(`${DIR}/vpr-scales-2021.csv`);
    // the table's «source_kind» column is not one of a scale's
    expect(issues.map((i) => [i.column, i.code])).toEqual([['source_kind', 'unknown-column']]);
    // 29 rows, VPR-INYA-7 three times
    expect(scales).toHaveLength(31);
    expect(scales.map((s) => s.procedure)).toEqual(expect.arrayContaining(['VPR-PH-7', 'VPR-GE-8', 'VPR-HI-5', 'VPR-SO-6', 'VPR-OK-4', 'VPR-CH-8', 'VPR-EN-7', 'VPR-DE-7', 'VPR-FR-7']));
  });

  it('agrees with the shipped scales on every work (min3, min4, min5, max)', async () => {
    const { scales } = await loadScales(`${DIR}/vpr-scales-2021.csv`);
    expect(new Set(scales.map((s) => s.procedure))).toEqual(new Set(SHIPPED_SCALES.map((s) => s.procedure)));
    for (const given of scales) {
      const shipped = scaleFor(SHIPPED_SCALES, given.procedure, given.year)!;
      expect([shipped.min3, shipped.min4, shipped.min5, shipped.max], given.procedure).toEqual([given.min3, given.min4, given.min5, given.max]);
    }
  });

  it('each shipped scale quotes the table of its description as the excerpts print it («0–6 … 15–20» for math 5)', () => {
    const excerpts = readFileSync(`${DIR}/vpr-scales-2021-excerpts.txt`, 'utf8');
    for (const scale of SHIPPED_SCALES) {
      const table = /— (.+)$/.exec(scale.source)![1]!.split(' / ');
      // the four ranges stand in that order on the «Первичные баллы» line of the description
      expect(excerpts.replace(/\s+/g, ' '), scale.procedure).toMatch(new RegExp(`Первичные баллы ${table.join(' +')}`));
    }
  });
});

describe('altai-school-logins.xlsx', () => {
  it('reads as --schools: 692 schools with name and municipality («регион»), no issue', async () => {
    const { schools, issues } = await loadSchools(`${DIR}/altai-school-logins.xlsx`);
    expect(issues).toEqual([]);
    expect(schools).toHaveLength(692);
    // row 2 of the sheet
    expect(schools[0]).toMatchObject({ schoolId: 'sch224145', names: ['МБОУ СОШ №7'], municipality: 'г. Алейск' });
  });
});
