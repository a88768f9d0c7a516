import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFormHeader, subjectOfHeader, metricOfLabel } from '../../../src/io/layouts/ege-form-header.js';
import { rowKind } from '../../../src/io/layouts/ege-form-rows.js';
import { totalMeanAgrees } from '../../../src/io/layouts/ege-form-totals.js';
import { holdsHighScores, readSubject } from '../../../src/io/layouts/ege-form-values.js';
import { chooseYear } from '../../../src/io/layouts/form-year.js';
import { loadResults, type LoadResult } from '../../../src/io/load.js';
import type { CellValue } from '../../../src/model/cells.js';
import { isWarning } from '../../../src/model/issues.js';
import type { ReferenceValue } from '../../../src/model/reference.js';
import { DEFAULT_MIN_SCORES } from '../../../src/model/min-scores.js';
import { removeTempDirs, tempDir } from '../helpers.js';
import { ALPHA, BETA, METRIC_ROW, SHEET_2023, headerRow, writeFormWorkbook } from './ege-form-fixture.js';
import { readRows } from './harness.js';

describe('ege-form header', () => {
  it('names a subject by its ЕГЭ code, the oral part flagged; a wide header or another procedure is no subject', () => {
    expect(subjectOfHeader('Русский язык')).toEqual({ procedure: 'EGE-RU', oral: false });
    expect(subjectOfHeader('Математика профильная')).toEqual({ procedure: 'EGE-MA-P', oral: false });
    expect(subjectOfHeader('Математика базовая')).toEqual({ procedure: 'EGE-MA-B', oral: false });
    expect(subjectOfHeader('Информатика и ИКТ (КЕГЭ)')).toEqual({ procedure: 'EGE-IN', oral: false });
    expect(subjectOfHeader('Испанский язык')).toEqual({ procedure: 'EGE-ES', oral: false });
    expect(subjectOfHeader('Китайский язык (устный)')).toEqual({ procedure: 'EGE-ZH', oral: true });
    expect(subjectOfHeader('ЕГЭ Русский язык средний балл')).toBeNull();
    expect(subjectOfHeader('ОГЭ Математика')).toBeNull();
    expect(subjectOfHeader('Математика')).toBeNull(); // ЕГЭ mathematics has a level
  });

  it.each([
    ['приняло участие', 'participants'],
    ['не преодолен min порог', 'failed'],
    ['высокобалльники (80-99 баллов)', 'high80'],
    ['получили 100 баллов', 'top100'],
    ['80-100 баллов', 'high'],
    ['средний балл', 'mean'],
    ['Кол-во участников, не преодолевших минимальный порог', 'failed'],
    ['примечание', null],
  ])('metric «%s» → %s', (label, metric) => {
    expect(metricOfLabel(label)).toBe(metric);
  });

  it('carries a merged subject over the blank cells after it, or over the same text repeated', () => {
    // the sink passes a blank cell as ''
    const texts = headerRow(2023).map((c) => (c === null ? '' : String(c)));
    const form = readFormHeader(texts)!;
    expect(form).toMatchObject({ school: 1, municipality: 0, known: [2, 3], headerYear: 2023, unknown: [] });
    expect(form.subjects.map((s) => [s.procedure, s.oral, s.first, s.last])).toEqual([
      ['EGE-RU', false, 4, 8], ['EGE-MA-P', false, 9, 13], ['EGE-MA-B', false, 14, 18], ['EGE-CH', false, 19, 23], ['EGE-EN', true, 24, 28],
    ]);
    const repeated = texts.map((text, i) => text || texts.slice(0, i).reverse().find((t) => t !== '')!);
    expect(readFormHeader(repeated)!.subjects.map((s) => [s.first, s.last])).toEqual(form.subjects.map((s) => [s.first, s.last]));
  });

  it('is not this form without a school column or without a subject merged over several columns', () => {
    expect(readFormHeader(['Муниципальное образование', 'Русский язык', '', ''])).toBeNull();
    expect(readFormHeader(['Школа', 'Русский язык', 'Математика профильная'])).toBeNull();
  });
});

describe('ege-form rows', () => {
  it.each([
    ['итого по Забайкальскому краю', null, { kind: 'region-total', reason: 'names-region' }],
    [null, 'Всего по области', { kind: 'region-total', reason: 'names-region' }],
    [ALPHA, 'Итого по городу Альфа', { kind: 'district-total', municipality: ALPHA, reason: 'total-word' }],
    [null, 'Итого по району', { kind: 'district-total', municipality: null, reason: 'total-word' }],
    [ALPHA, 'Итого', { kind: 'district-total', municipality: ALPHA, reason: 'total-word' }],
    [ALPHA, null, { kind: 'municipality-row', municipality: ALPHA, reason: 'no-school' }],
    [BETA, `«${BETA}»`, { kind: 'municipality-row', municipality: BETA, reason: 'repeats-municipality' }],
    [null, 'Всего', { kind: 'bare-total' }],
    // «краевой» names a school, not the region: only a total row is read for the region
    ['Министерство образования и науки Забайкальского края', 'ГОУ «Забайкальский краевой лицей-интернат»', { kind: 'school', municipality: 'Министерство образования и науки Забайкальского края' }],
    [null, 'МБОУ СОШ № 1', { kind: 'school', municipality: null }],
    [null, null, { kind: 'nameless' }],
  ])('%s | %s', (municipality, school, expected) => {
    expect(rowKind(municipality, school)).toMatchObject(expected);
  });
});

describe('ege-form values', () => {
  it('an empty count is 0 where there are participants; a subject nobody took gives nothing and no issue', () => {
    expect(readSubject({ participants: 20, failed: null, high80: 5, top100: 1, mean: 70.5 }, 'score')).toEqual({
      values: { participants: 20, failed: 0, highCount: 6, meanScore: 70.5 }, problems: [],
    });
    expect(readSubject({ participants: null, failed: null, high80: null, top100: null, mean: 0 }, 'score')).toEqual({ values: null, problems: [] });
  });

  it('a count or a mean beside no participants, text for a number, more failing than participants: the subject is left out', () => {
    expect(readSubject({ participants: null, failed: 2, mean: 3.5 }, 'mark').problems).toEqual([
      { metric: 'failed', code: 'value-without-participants', params: { value: 2 } },
      { metric: 'mean', code: 'value-without-participants', params: { value: 3.5 } },
    ]);
    expect(readSubject({ participants: 'девять', failed: 2 }, 'score')).toEqual({
      values: null, problems: [{ metric: 'participants', code: 'bad-number', params: { value: 'девять' } }],
    });
    expect(readSubject({ participants: 5, failed: 6 }, 'score')).toEqual({
      values: null, problems: [{ metric: 'failed', code: 'fail-exceeds-participants', params: { failed: 6, participants: 5 } }],
    });
    expect(readSubject({ participants: 5, failed: 1.5 }, 'score').problems).toEqual([{ metric: 'failed', code: 'not-integer', params: {} }]);
  });

  it('the mean of базовая математика is a mark 2–5; a test score lies in 0–100', () => {
    expect(readSubject({ participants: 28, failed: null, mean: 4.21 }, 'mark').values).toEqual({ participants: 28, failed: 0, meanScore: 4.21, highCount: null });
    expect(readSubject({ participants: 5, failed: 2, mean: 1.8 }, 'mark').problems).toEqual([
      { metric: 'mean', code: 'mean-out-of-range', params: { value: 1.8, min: 2, max: 5 } },
    ]);
    expect(readSubject({ participants: 5, failed: 0, mean: 101 }, 'score').problems[0]!.code).toBe('mean-out-of-range');
    // one pupil below the minimum with 0 points: a mean of 0 with a participant can be
    expect(readSubject({ participants: 1, failed: 1, mean: 0 }, 'score').values).toMatchObject({ meanScore: 0 });
  });

  it('an impossible high count is left out with a warning, the result kept', () => {
    // the real 2023 sheet, Химия, row 9: 8 participants, 3 failing, 1 of 80–99, 12 of 100, mean 38.13
    expect(readSubject({ participants: 8, failed: 3, high80: 1, top100: 12, mean: 38.13 }, 'score')).toEqual({
      values: { participants: 8, failed: 3, meanScore: 38.13, highCount: null },
      problems: [{ metric: 'top100', code: 'high-count-inconsistent', params: { high: 13, participants: 8, mean: 38.13 } }],
    });
  });

  it('high scorers fit in the mean: 80 × (80–99) + 100 × (100) ≤ (mean + 0.005) × participants', () => {
    // 3 at 100 points with a mean of 56.67 (row 8 of the real 2023 sheet, Химия): 300 > 170.0 points
    expect(holdsHighScores(0, 3, 3, 56.67)).toBe(false);
    // two at 80 and one at 100 of 3: at least 260 points, a mean of 86.66 holds 259.995 (it rounds 86.666…)
    expect(holdsHighScores(2, 1, 3, 86.66)).toBe(false);
    expect(holdsHighScores(2, 1, 3, 86.67)).toBe(true);
    expect(holdsHighScores(1, 0, 1, 80)).toBe(true);
  });

  it('a total mean agrees with its schools within a tenth of theirs, the edge included', () => {
    expect(totalMeanAgrees(55, 50)).toBe(true);
    expect(totalMeanAgrees(45, 50)).toBe(true);
    expect(totalMeanAgrees(55.01, 50)).toBe(false);
    expect(totalMeanAgrees(9.74, 49.95)).toBe(false);
  });
});

describe('ege-form year', () => {
  it('the sheet name wins over the title and the header, each other year reported', () => {
    expect(chooseYear({ sheet: 2022, title: 2022, header: 2023 }, 2023)).toEqual({ year: 2022, source: 'sheet', conflicts: [{ source: 'header', year: 2023 }] });
    expect(chooseYear({ sheet: null, title: 2023, header: 2023 }, 2030)).toEqual({ year: 2023, source: 'title', conflicts: [] });
    expect(chooseYear({ sheet: null, title: null, header: 2023 }, null)).toEqual({ year: 2023, source: 'header', conflicts: [] });
    expect(chooseYear({ sheet: null, title: null, header: null }, 2024)).toEqual({ year: 2024, source: 'flag', conflicts: [] });
    expect(chooseYear({}, null)).toEqual({ year: null, source: null, conflicts: [] });
  });

  it('reads the year from the title row in a CSV (no sheet name), over --year; with none, missing-year', () => {
    const rows = SHEET_2023.slice(0, 8);
    expect(readRows(rows, { year: 2030 }).records[0]).toMatchObject({ year: 2023 });
    const untitled: CellValue[][] = [['Тестовый край'], headerRow(2023).map((c, i) => (i === 3 ? 'Всего выпускников' : c)), METRIC_ROW, SHEET_2023[6]!];
    expect(readRows(untitled, { year: 2021 }).records[0]).toMatchObject({ year: 2021 });
    expect(readRows(untitled).issues).toContainEqual(expect.objectContaining({ row: 2, code: 'missing-year' }));
  });
});

describe('ege-form rows in order', () => {
  const form = (body: CellValue[][]) => [[ 'Информация о результатах ЕГЭ выпускников школ в 2023 году'], headerRow(2023), METRIC_ROW, ...body];
  const ru = (p: number, f: number, mean: number) => [p, f, null, null, mean];

  it('a bare «Итого» after schools followed by more rows is the municipality\'s total; the last one is the region\'s', () => {
    const rows = form([
      [ALPHA, 'МБОУ СОШ № 1', null, 10, ...ru(10, 1, 50)], // 4
      [null, 'Итого', null, 10, ...ru(10, 1, 50)], // 5
      [BETA, 'МОУ Бетинская СОШ', null, 5, ...ru(5, 2, 40)], // 6
      [null, 'Итого', null, 15, ...ru(15, 3, 46.67)], // 7
    ]);
    const references: ReferenceValue[] = [];
    const { issues, records } = readRows(rows, { references });
    expect(records.map((r) => r.schoolId)).toEqual(['МБОУ СОШ № 1', 'МОУ Бетинская СОШ']);
    expect(issues.filter((i) => i.code === 'total-as-reference').map((i) => [i.row, i.params])).toEqual([
      [5, { value: 'Итого', level: 'district', reason: 'after-schools', municipality: ALPHA }],
      [7, { value: 'Итого', level: 'region', reason: 'last-row' }],
    ]);
    // (10 × 50 + 5 × 40) / 15 = 46.67; failing 1/10 = 10 %, 3/15 = 20 %
    expect(references).toEqual([
      { year: 2023, procedure: 'EGE-RU', meanScore: 50, failPct: 10, level: 'district', municipality: ALPHA },
      { year: 2023, procedure: 'EGE-RU', meanScore: 46.67, failPct: 20, level: 'region', municipality: null },
    ]);
  });

  it('a municipal total that names no municipality and has none above is left out as a total row', () => {
    const { issues, records } = readRows(form([[null, 'Итого по району', null, 10, ...ru(10, 1, 50)]]));
    expect(records).toEqual([]);
    expect(issues).toContainEqual(expect.objectContaining({ row: 4, code: 'ignored-total-row', params: { value: 'Итого по району' } }));
  });

  it('a row with figures but neither school nor municipality is reported', () => {
    const { issues } = readRows(form([[null, null, null, 10, ...ru(10, 1, 50)]]));
    expect(issues).toContainEqual(expect.objectContaining({ row: 4, column: 'Образовательная организация (школа)', code: 'missing-school' }));
  });

  it('without a metric row under the subjects the sheet is not read', () => {
    const { issues, records } = readRows([headerRow(2023), [ALPHA, 'МБОУ СОШ № 1', null, 10, ...ru(10, 1, 50)]], { year: 2023 });
    expect(records).toEqual([]);
    expect(issues).toContainEqual(expect.objectContaining({ row: 2, code: 'missing-ege-metrics', params: { scope: 'sheet' } }));
  });
});

describe('ege-form workbook (streaming reader, merged header)', () => {
  let loaded: LoadResult;
  beforeAll(async () => {
    const path = join(await tempDir(), 'ege-form.xlsx');
    await writeFormWorkbook(path);
    loaded = await loadResults([path], { year: 2023, minScores: DEFAULT_MIN_SCORES });
  });
  afterAll(removeTempDirs);

  const issuesOf = (sheet: string) => loaded.issues.filter((i) => i.sheet === sheet).map(({ row, column, code, params }) => ({ row, column, code, params }));
  const recordsOf = (sheet: string) =>
    loaded.records.filter((r) => r.source.sheet === sheet).map((r) => [r.schoolId, r.municipality, r.year, r.procedure, r.participants, r.failed, r.highCount, r.meanScore, r.source.row]);

  it('finds the header of each results sheet and the layout; the applications sheet is matched only to be skipped', () => {
    expect(loaded.files[0]!.sheets.map((s) => [s.sheet, s.layout, s.headerRow, s.records])).toEqual([
      ['2024', 'ege-form', 2, 0], ['2023', 'ege-form', 4, 7], ['2022', 'ege-form', 2, 3],
    ]);
  });

  it('sheet 2023: a result per school × subject with participants; totals and the oral part are no results', () => {
    // hand-worked from the fixture rows: empty failing = 0, high = 80–99 + 100, базовая математика's mean a mark
    expect(recordsOf('2023')).toEqual([
      ['МБОУ СОШ № 1', ALPHA, 2023, 'EGE-RU', 20, 0, 6, 70.5, 7],
      ['МБОУ СОШ № 1', ALPHA, 2023, 'EGE-MA-P', 10, 4, 0, 40.2, 7],
      ['МБОУ СОШ № 1', ALPHA, 2023, 'EGE-MA-B', 8, 0, null, 3.9, 7],
      ['МБОУ СОШ № 2', ALPHA, 2023, 'EGE-RU', 12, 1, 0, 55, 8],
      ['МБОУ СОШ № 2', ALPHA, 2023, 'EGE-MA-B', 12, 0, null, 4.1, 8],
      ['МБОУ СОШ № 2', ALPHA, 2023, 'EGE-CH', 3, 1, null, 45, 8],
      ['МОУ Бетинская СОШ', BETA, 2023, 'EGE-RU', 9, 3, 0, 38, 10],
    ]);
  });

  it('sheet 2023: each cell that cannot be at its row and column; one note for the oral columns; how each total was recognised', () => {
    expect(issuesOf('2023')).toEqual([
      { row: 4, column: null, code: 'oral-columns-ignored', params: { columns: 'Английский язык (устный)' } },
      { row: 8, column: 'Химия — высокобалльники (80-99 баллов)', code: 'high-count-inconsistent', params: { high: 3, participants: 3, mean: 45 } },
      { row: 9, column: 'Образовательная организация (школа)', code: 'total-as-reference', params: { value: 'Итого по городу Альфа', level: 'district', reason: 'total-word', municipality: ALPHA } },
      { row: 10, column: 'Математика профильная — приняло участие', code: 'bad-number', params: { value: 'девять' } },
      { row: 10, column: 'Математика базовая — средний балл', code: 'value-without-participants', params: { value: 3.5 } },
      { row: 11, column: 'Русский язык — не преодолен min порог', code: 'fail-exceeds-participants', params: { failed: 6, participants: 5 } },
      { row: 11, column: 'Математика базовая — средний балл', code: 'mean-out-of-range', params: { value: 1.8, min: 2, max: 5 } },
      { row: 12, column: 'Муниципальное образование', code: 'total-as-reference', params: { value: 'итого по Тестовому краю', level: 'region', reason: 'names-region' } },
      // (8 × 3.9 + 12 × 4.1) / 20 = 4.02 against 3.18: 0.84 is more than a tenth of 4.02
      { row: 12, column: 'Математика базовая — средний балл', code: 'total-mean-mismatch', params: { given: 3.18, computed: 4.02 } },
    ]);
    expect(loaded.issues.filter((i) => i.code === 'high-count-inconsistent' || i.code === 'total-as-reference').every(isWarning)).toBe(true);
  });

  it('sheet 2023: the totals are reference values — mean as given, failing share from the counts', () => {
    const common = { year: 2023 };
    expect(loaded.references.filter((r) => r.year === 2023)).toEqual([
      // Итого по городу Альфа: RU 1 of 32 = 3.125 %; its mean 64.69 = (20 × 70.5 + 12 × 55) / 32 = 64.6875
      { ...common, procedure: 'EGE-RU', meanScore: 64.69, failPct: 3.125, level: 'district', municipality: ALPHA },
      { ...common, procedure: 'EGE-MA-P', meanScore: 40.2, failPct: 40, level: 'district', municipality: ALPHA },
      { ...common, procedure: 'EGE-MA-B', meanScore: 4.02, failPct: 0, level: 'district', municipality: ALPHA },
      { ...common, procedure: 'EGE-CH', meanScore: 45, failPct: 100 / 3, level: 'district', municipality: ALPHA },
      // итого по краю: RU 10 of 46; MA-P 6 of 12 = 50 %; MA-B 2 of 25 = 8 %, its mean left out
      { ...common, procedure: 'EGE-RU', meanScore: 61.2, failPct: 1000 / 46, level: 'region', municipality: null },
      { ...common, procedure: 'EGE-MA-P', meanScore: 38.5, failPct: 50, level: 'region', municipality: null },
      { ...common, procedure: 'EGE-MA-B', meanScore: null, failPct: 8, level: 'region', municipality: null },
      { ...common, procedure: 'EGE-CH', meanScore: 45, failPct: 100 / 3, level: 'region', municipality: null },
    ]);
  });

  it('sheet 2022: the year from the sheet name over the copied header, the region total first, municipalities as rows of their own', () => {
    expect(recordsOf('2022')).toEqual([
      ['МБОУ СОШ № 1', ALPHA, 2022, 'EGE-RU', 18, 1, 2, 62, 6],
      ['МОУ Бетинская СОШ', BETA, 2022, 'EGE-RU', 12, 2, 0, 57, 8],
      ['МОУ Бетинская СОШ', BETA, 2022, 'EGE-MA-B', 10, 1, null, 4, 8],
    ]);
    const graduates = 'Всего выпускников в 2023 году по программам среднего общего образования, принявших участие в ЕГЭ, чел.';
    expect(issuesOf('2022')).toEqual([
      { row: 2, column: graduates, code: 'year-conflict', params: { year: 2022, from: 'sheet', other: 2023, otherFrom: 'header' } },
      { row: 2, column: null, code: 'oral-columns-ignored', params: { columns: 'Английский язык (устный)' } },
      { row: 4, column: 'Образовательная организация (школа)', code: 'total-as-reference', params: { value: 'Всего', level: 'region', reason: 'first-row' } },
      { row: 5, column: 'Муниципальное образование', code: 'total-as-reference', params: { value: ALPHA, level: 'district', reason: 'no-school', municipality: ALPHA } },
      { row: 9, column: 'Муниципальное образование', code: 'total-as-reference', params: { value: BETA, level: 'district', reason: 'repeats-municipality', municipality: BETA } },
    ]);
    // «Всего»: RU 3 of 30 = 10 %, mean 60 = (18 × 62 + 12 × 57) / 30; MA-B 1 of 10
    expect(loaded.references.filter((r) => r.year === 2022).map((r) => [r.procedure, r.level, r.municipality, r.meanScore, r.failPct])).toEqual([
      ['EGE-RU', 'region', null, 60, 10],
      ['EGE-MA-B', 'region', null, 4, 10],
      ['EGE-RU', 'district', ALPHA, 62, 100 / 18],
      ['EGE-RU', 'district', BETA, 57, 100 / 6],
    ]);
  });

  it('sheet 2024 (applications) is skipped with its own note, not as a sheet without a header', () => {
    expect(issuesOf('2024')).toEqual([{ row: null, column: null, code: 'not-results-sheet', params: {} }]);
  });

  it('shows the columns it read to shnor inspect: each metric under its subject', () => {
    const columns = loaded.files[0]!.sheets.find((s) => s.sheet === '2023')!.columns!;
    expect(columns).toContainEqual({ header: 'Образовательная организация (школа)', field: 'school' });
    expect(columns).toContainEqual({ header: 'Профиль (при наличии)', field: null });
    expect(columns).toContainEqual({ header: 'Химия — получили 100 баллов', field: 'EGE-CH highCount' });
    expect(columns).toContainEqual({ header: 'Математика базовая — средний балл', field: 'EGE-MA-B meanScore' });
    expect(columns).toContainEqual({ header: 'Английский язык (устный) — приняло участие', field: null });
    expect(columns).toHaveLength(4 + 25);
  });
});
