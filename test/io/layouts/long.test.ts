import { describe, expect, it } from 'vitest';
import { find, readRows } from './harness.js';

const HEADER = ['Код ОО', 'Наименование ОО', 'Учебный год', 'Процедура', 'Кол-во участников', '«2»', '«3»', '«4»', '«5»'];

describe('long layout', () => {
  it('skips title and blank rows above the header and keeps spreadsheet row numbers', () => {
    const { records, outcome } = readRows([
      ['Результаты ВПР, 2020/2021 уч. г.'],
      [],
      HEADER,
      ['007', 'МБОУ СОШ № 7', '2020/2021', 'ВПР Математика 5 кл.', '49', '24', '15', '8', '2'],
    ]);
    expect(outcome).toMatchObject({ layout: 'long', headerRow: 3, records: 1 });
    expect(records[0]).toMatchObject({
      schoolId: '007', schoolName: 'МБОУ СОШ № 7', year: 2021, procedure: 'VPR-MA-5', participants: 49, failed: 24,
      markCounts: { 2: 24, 3: 15, 4: 8, 5: 2 }, source: { row: 4 },
    });
  });

  it('takes failing from «не преодолели мин. порог» for ЕГЭ профильная', () => {
    const { records } = readRows([
      ['school_id', 'year', 'procedure', 'participants', 'below_min_count', 'mean_score'],
      ['S', '2021', 'ЕГЭ Математика (профильный уровень)', '20', '6', '48,5'],
    ]);
    expect(records[0]).toMatchObject({ procedure: 'EGE-MA-P', failed: 6, meanScore: 48.5 });
  });

  it.each([
    [['S', 'x', '2021', 'VPR-MA-5', '10', '11', '', '', ''], 'fail-exceeds-participants', '«2»'],
    [['S', 'x', '2021', 'VPR-MA-5', '10', '2', '3', '3', '3'], 'marks-do-not-add-up', '«2»'],
    [['S', 'x', '2021', 'VPR-MA-5', '-10', '2', '', '', ''], 'negative-count', 'Кол-во участников'],
    [['S', 'x', '2021', 'VPR-MA-5', '10,5', '2', '', '', ''], 'not-integer', 'Кол-во участников'],
    [['S', 'x', '2021', 'VPR-MA-5', 'десять', '2', '', '', ''], 'bad-number', 'Кол-во участников'],
    [['S', 'x', '2021', 'Физкультура', '10', '2', '', '', ''], 'unknown-procedure', 'Процедура'],
    [['S', 'x', '20-21', 'VPR-MA-5', '10', '2', '', '', ''], 'bad-year', 'Учебный год'],
    [['', '', '2021', 'VPR-MA-5', '10', '2', '', '', ''], 'missing-school', 'Код ОО'],
    [['S', 'x', '2021', 'VPR-MA-5', '10', '', '', '', ''], 'missing-failing', null],
    // issue 18: a typo in a code, a share in a count column, a count no school has, a number beyond double
    [['S', 'x', '2021', 'OGE-RUS', '10', '2', '', '', ''], 'no-such-procedure', 'Процедура'],
    [['S', 'x', '2021', 'VPR-MA-13', '10', '2', '', '', ''], 'no-such-procedure', 'Процедура'],
    [['S', 'x', '2021', 'OGE-MA', '10', '20%', '', '', ''], 'share-in-count', '«2»'],
    [['S', 'x', '2021', 'OGE-MA', '1000000000', '2', '', '', ''], 'implausible-count', 'Кол-во участников'],
    [['S', 'x', '2021', 'OGE-MA', '1e400', '2', '', '', ''], 'bad-number', 'Кол-во участников'],
  ])('leaves out a bad row with its reason: %j → %s', (row, code, column) => {
    const { records, issues } = readRows([HEADER, row]);
    expect(records).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ row: 2, code, column })]);
  });

  it('names the cell and the nearest known code, the value, the limit (issue 18)', () => {
    const issue = (row: string[]) => readRows([HEADER, row]).issues[0]!;
    expect(issue(['S', 'x', '2021', 'OGE-RUS', '10', '2', '', '', '']).params).toEqual({ value: 'OGE-RUS', nearest: 'OGE-RU' });
    expect(issue(['S', 'x', '2021', 'VPR-MA-9', '10', '2', '', '', '']).params).toEqual({ value: 'VPR-MA-9', nearest: 'VPR-MA-8 / VPR-MA-10' });
    expect(issue(['S', 'x', '2021', 'OGE-MA', '10', '20%', '', '', '']).params).toEqual({ value: '20%' });
    expect(issue(['S', 'x', '2021', 'OGE-MA', '1e400', '2', '', '', '']).params).toEqual({ value: '1e400' });
    // 10,001 pupils: one more than read.maxParticipants allows; the marks are not checked against it (10,001 ≠ 2)
    expect(issue(['S', 'x', '2021', 'OGE-MA', '10001', '2', '', '', ''])).toMatchObject({ code: 'implausible-count', params: { value: 10001, limit: 10000 } });
    expect(readRows([HEADER, ['S', 'x', '2021', 'OGE-MA', '10000', '2', '', '', '']]).records).toHaveLength(1); // the limit itself is plausible
    // a mark count alone over the limit, the participants summed from marks too
    const marks = readRows([['Код ОО', 'Год', 'Процедура', '«2»', '«3»', '«4»', '«5»'], ['S', '2021', 'OGE-MA', '20000', '1', '1', '1']]);
    expect(marks.issues.map((i) => [i.code, i.column])).toEqual([['implausible-count', null], ['implausible-count', '«2»']]);
  });

  it('reads a share in a share column, with its sign, as before', () => {
    const { records } = readRows([['school_id', 'year', 'procedure', 'participants', 'fail_pct'], ['S', '2021', 'OGE-MA', '10', '20%']]);
    expect(records[0]).toMatchObject({ failPct: 20, participants: 10 });
  });

  it('checks percentages of marks add up to 100 ± 1 and agree with the count', () => {
    const header = ['school_id', 'year', 'procedure', 'participants', 'pct2', 'pct3', 'pct4', 'pct5'];
    expect(readRows([header, ['S', '2021', 'OGE-MA', '10', '30', '30', '30', '12']]).issues[0]!.code).toBe('pcts-do-not-add-up');
    expect(readRows([header, ['S', '2021', 'OGE-MA', '10', '30', '30', '30', '10,5']]).records).toHaveLength(1);
    const mismatch = readRows([['school_id', 'year', 'procedure', 'participants', 'fail_count', 'fail_pct'], ['S', '2021', 'OGE-MA', '10', '3', '50']]);
    expect(mismatch.issues[0]).toMatchObject({ code: 'fail-share-mismatch', column: 'fail_pct' });
  });

  it('lists unknown columns as warnings at the header row', () => {
    const { issues } = readRows([[...HEADER, 'Примечание'], ['S', 'x', '2021', 'VPR-MA-5', '10', '2', '3', '3', '2', 'ok']]);
    expect(issues).toEqual([expect.objectContaining({ row: 1, column: 'Примечание', code: 'unknown-column' })]);
  });

  it('uses --year when the table has no year column', () => {
    const { records } = readRows([['школа', 'процедура', 'участников', 'не справились'], ['A', 'OGE-RU', '10', '1']], { year: 2022 });
    expect(find(records, 'A', 'OGE-RU')?.year).toBe(2022);
  });
});

describe('long layout without a participants column', () => {
  it('takes the participants as the sum of the «2»–«5» counts', () => {
    const { records } = readRows([
      ['Код ОО', 'Год', 'Процедура', '«2»', '«3»', '«4»', '«5»'],
      ['S', '2021', 'ОГЭ математика', '6', '8', '4', '2'],
    ]);
    // 6 + 8 + 4 + 2 = 20 participants; 6/20 = 30% → low
    expect(records[0]).toMatchObject({ procedure: 'OGE-MA', participants: 20, failed: 6 });
  });
});

describe('long layout column and count checks', () => {
  it('warns of a repeated column and reads the first', () => {
    const { records, issues } = readRows([
      ['Код ОО', 'Год', 'Процедура', 'Кол-во участников', '«2»', 'Количество участников'],
      ['S', '2021', 'OGE-MA', '10', '3', '99'],
    ]);
    expect(issues).toEqual([expect.objectContaining({ row: 1, column: 'Количество участников', code: 'duplicate-column' })]);
    expect(records[0]).toMatchObject({ participants: 10, failed: 3 });
  });

  it('refuses partial mark counts that exceed the participants', () => {
    // «2» 6 + «5» 5 = 11 marks for 10 participants
    const { records, issues } = readRows([['Код ОО', 'Год', 'Процедура', 'Кол-во участников', '«2»', '«5»'], ['S', '2021', 'OGE-MA', '10', '6', '5']]);
    expect(records).toEqual([]);
    expect(issues[0]).toMatchObject({ code: 'marks-exceed-participants', params: { sum: 11, participants: 10 } });
  });
});
