/**
 * shnor objectivity on the small per-pupil export of test/app/pupil-export.ts (the real shape, its
 * pupils and the p values worked by hand there): sch220001 with both signs, sch220003 with none.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeIn } from './files.js';
import { HEADER, PUPIL_EXPORT as EXPORT, PUPIL_EXPORT_NAME as NAME, pupils } from './pupil-export.js';
import { runCommand, runCommandJson } from './run.js';

interface Shares { compared: number; noJournal: number; lowered: { count: number }; confirmed: { count: number }; raised: { count: number; pct: number; interval: [number, number] } }
interface Row { journal: Shares; scored: number; boundary: { from: number; to: number; count: number; pct: number }; quality: { marks: number[]; success: number; quality: number } }
interface ObjectivityJson {
  by: string;
  works: {
    procedure: string; year: number; scale: { min3: number };
    region: Row & { schools: number };
    municipalities: (Row & { name: string })[];
    groups: (Row & { schoolId: string; level: string; className: string | null; signs: { code: string; p: number; text: string }[] })[];
  }[];
  issues: { code: string; message: string }[];
}

describe('shnor objectivity on a per-pupil export', () => {
  let dir: string;
  let json: ObjectivityJson;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, NAME, EXPORT);
    json = (await runCommandJson<ObjectivityJson>('objectivity', { inputs: [NAME] }, { cwd: dir })).json;
  });

  it('reads the work from the file name and the region from all its pupils: 8 / 220 / 11 of 239, 1 without a journal mark', () => {
    const [work] = json.works;
    expect(work).toMatchObject({ procedure: 'VPR-MA-5', year: 2021, scale: { min3: 7 } });
    expect(work!.region).toMatchObject({ schools: 3, scored: 240, boundary: { from: 7, to: 8, count: 12, pct: 5 } });
    expect(work!.region.journal).toMatchObject({ compared: 239, noJournal: 1, lowered: { count: 8 }, confirmed: { count: 220 }, raised: { count: 11 } });
    expect(json.issues.map((i) => i.code)).toEqual(['absent-pupils']);
  });

  it('sch220001: the pupil without a journal mark apart; повысили far above the region and a spike at the «3» boundary, each with its test', () => {
    const school = json.works[0]!.groups.find((g) => g.schoolId === 'sch220001')!;
    expect(school.journal).toMatchObject({ compared: 24, noJournal: 1, lowered: { count: 8 }, confirmed: { count: 5 }, raised: { count: 11 } });
    expect(school.signs.map((s) => s.code)).toEqual(['raised-above-region', 'boundary-spike']);
    expect(school.signs[0]!.p).toBeCloseTo(2.801e-9, 12);
    expect(school.signs[1]!.p).toBeCloseTo(1.958e-5, 8);
    // 11/24 = 45,8%, 11/239 = 4,6%; 8/25 = 32%
    expect(school.signs[0]!.text).toBe('повысили 11 из 24 (45,8%) при 4,6% по региону; односторонний биномиальный критерий, p = 2,8·10⁻⁹');
    expect(school.signs[1]!.text).toContain('8 из 25 (32%) набрали 7–8 первичных баллов');
  });

  it('«успеваемость» and «качество знаний»: sch220001 8 «3» and 17 «5» of 25 — 100% and 68%; the region 240 without a «2», 17 + 211 = 228 «4»/«5» = 95%', () => {
    const [work] = json.works;
    expect(work!.groups[0]!.quality).toEqual({ marks: [0, 8, 0, 17], success: 100, quality: 68 });
    // «4»: 188 (B) + 23 (C) = 211; «5»: 17 (A)
    expect(work!.region.quality).toEqual({ marks: [0, 12, 211, 17], success: 100, quality: 95 });
  });

  it('sch220003: 2 of 25 at the boundary — no sign', () => {
    expect(json.works[0]!.groups.find((g) => g.schoolId === 'sch220003')!.signs).toEqual([]);
  });

  it('--by class: the classes of a school apart, under it; --school keeps the region of the whole file', async () => {
    const run = await runCommandJson<ObjectivityJson>('objectivity', { inputs: [NAME], by: 'class', school: ['sch220001'] }, { cwd: dir });
    const groups = run.json.works[0]!.groups;
    expect(groups.map((g) => [g.schoolId, g.level, g.className])).toEqual([['sch220001', 'school', null], ['sch220001', 'class', '5А'], ['sch220001', 'class', '5Б']]);
    expect(groups[1]!.journal).toMatchObject({ compared: 13, lowered: { count: 8 }, confirmed: { count: 5 }, raised: { count: 0 }, noJournal: 0 });
    expect(groups[2]!.journal).toMatchObject({ compared: 11, raised: { count: 11 }, noJournal: 1 });
    expect(run.json.works[0]!.region.scored).toBe(240);
    expect(run.json.works[0]!.municipalities.map((m) => m.name)).toEqual(['Алейский район', 'город Барнаул']);
  });

  it('every format: the table and Markdown name the views and the signs; the CSV is the journal comparison; the workbook a sheet per view', async () => {
    const table = await runCommand('objectivity', { inputs: [NAME] }, { cwd: dir, format: 'table' });
    expect(table.stdout).toContain('Сравнение отметок ВПР с отметками по журналу');
    // the screen gives the shares (11 of 24 = 45,8%) and says where their intervals are
    expect(table.stdout).toMatch(/│ sch220001 +│ 24 +│ 33,3% +│ 20,8% +│ 45,8% +│ 1 +│/);
    expect(table.stdout).toContain('95% интервалы Уилсона долей — в выводе в Markdown, HTML, XLSX и DOCX.');
    const md = await runCommand('objectivity', { inputs: [NAME] }, { cwd: dir, format: 'md' });
    // the basis names where the scale comes from: the shipped ВПР 2021 scale's source (data/scales.json)
    expect(md.stdout).toContain('(максимум 20; шкала: ФИОКО, «Описание проверочной работы» ВПР 2021 (VPR_MA-5_Opisanie_2021.pdf)');
    expect(md.stdout).toContain('# Объективность результатов: ВПР Математика 5 кл., 2020/2021 уч. г.');
    expect(md.stdout).toContain('всплеск у границы отметки «3»');
    // 3 schools tested for each sign: 3 × 0,05 ≈ 0 by chance; 1 found with each
    expect(md.stdout).toContain('Проверено школ: «повысили» — 3, граница «3» — 3');
    expect(md.stdout).toContain('около 0 и 0; найдено школ с признаком — 1 и 1');
    const html = await runCommand('objectivity', { inputs: [NAME] }, { cwd: dir, format: 'html' });
    expect(html.stdout).toContain('повысили заметно больше среднего');
    const csv = await runCommand('objectivity', { inputs: [NAME] }, { cwd: dir, format: 'csv' });
    const rows = Papa.parse<string[]>(csv.stdout.trim()).data;
    expect(rows[0]!.slice(0, 6)).toEqual(['Код ОО', 'Наименование ОО', 'Муниципалитет', 'С отметкой по журналу', 'Понизили, %', '95% интервал']);
    expect(rows[1]!.slice(0, 5)).toEqual(['Регион', '', '', '239', '3.3']);
    const xlsx = await runCommand('objectivity', { inputs: [NAME] }, { cwd: dir, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.stdoutBytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Сравнение с журналом', 'Распределение баллов', 'Баллы по школам', 'Успеваемость и качество', 'Признаки', 'Проблемы']);
    // the histogram's headings mark the lowest score of «3», «4», «5»
    const headings = (book.getWorksheet('Баллы по школам')!.getRow(1).values as unknown[]).filter(Boolean);
    expect(headings).toContain('7 б. «3»');
    expect(headings).toContain('15 б. «5»');
  });

  /*
   * The official list of our own (the real list's columns): 2021, sch220001 marked for 5 МА → with its
   * two signs «совпадает»; sch220002 marked for 5 РУ and 5 МА, no sign → «только в официальном
   * списке»; sch220003 marked for 4 РУ only, no sign → neither; sch229999 is not in the export (a note).
   * Without sch220001's row sch220001 is «только по расчёту». A list of 2022 only compares nothing.
   */
  const LIST_HEADER = 'Год;Логин;Муниципалитет;ОО;4 РУ;4 МА;5 РУ;5 МА;Количество маркеров';
  const LIST_ROWS = [
    '2021;sch220001;город Барнаул;Школа 1;0;0;0;1;1',
    '2021;sch220002;Алейский район;Школа 2;0;0;1;1;2',
    '2021;sch220003;город Барнаул;Школа 3;1;0;0;0;1',
    '2021;sch229999;город Барнаул;Школа 9;0;0;0;1;1',
  ];

  it('--markers: the computed signs beside the official list, counted and in every format', async () => {
    await writeIn(dir, 'markers.csv', [LIST_HEADER, ...LIST_ROWS].join('\n'));
    interface WithList { works: { officialList: unknown; groups: { schoolId: string; officialList: string | null }[] }[]; issues: { code: string }[] }
    const run = await runCommandJson<WithList>('objectivity', { inputs: [NAME], markers: 'markers.csv' }, { cwd: dir });
    const [work] = run.json.works;
    expect(work!.officialList).toEqual({ covered: true, counts: { both: 1, computed: 0, official: 1, neither: 1 } });
    expect(work!.groups.map((g) => [g.schoolId, g.officialList])).toEqual([['sch220001', 'both'], ['sch220002', 'official'], ['sch220003', null]]);
    expect(run.json.issues.map((i) => i.code)).toEqual(['markers-outside-results', 'absent-pupils']);

    const md = await runCommand('objectivity', { inputs: [NAME], markers: 'markers.csv' }, { cwd: dir, format: 'md' });
    expect(md.stdout).toContain('## Признаки и официальный список');
    expect(md.stdout).toContain('совпадает — 1, только по расчёту — 0, только в официальном списке — 1, нет ни там, ни там — 1.');
    const csv = await runCommand('objectivity', { inputs: [NAME], markers: 'markers.csv' }, { cwd: dir, format: 'csv' });
    const rows = Papa.parse<string[]>(csv.stdout.trim()).data;
    // the region, its two municipalities, then the three schools
    expect(rows[0]!.at(-1)).toBe('Официальный список');
    expect(rows.slice(4).map((r) => [r[0], r.at(-1)])).toEqual([['sch220001', 'совпадает'], ['sch220002', 'только в официальном списке'], ['sch220003', '']]);
    const xlsx = await runCommand('objectivity', { inputs: [NAME], markers: 'markers.csv' }, { cwd: dir, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.stdoutBytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Официальный список')!;
    expect(sheet.getRow(2).values).toContain('совпадает');
    expect(sheet.getRow(3).values).toContain('только в официальном списке');
    expect(sheet.rowCount).toBe(3);
  });

  it('--markers: a school with signs the list leaves out is «только по расчёту»; a list of another year compares nothing', async () => {
    await writeIn(dir, 'markers-short.csv', [LIST_HEADER, LIST_ROWS[1]].join('\n'));
    const short = await runCommand('objectivity', { inputs: [NAME], markers: 'markers-short.csv' }, { cwd: dir, format: 'md' });
    expect(short.stdout).toContain('совпадает — 0, только по расчёту — 1, только в официальном списке — 1, нет ни там, ни там — 1.');
    await writeIn(dir, 'markers-2022.csv', [LIST_HEADER, LIST_ROWS[1]!.replace('2021', '2022')].join('\n'));
    const other = await runCommand('objectivity', { inputs: [NAME], markers: 'markers-2022.csv' }, { cwd: dir, format: 'md' });
    expect(other.stdout).toContain('В официальном списке школ с признаками необъективности нет 2021 г.: сравнение с ним не проводилось.');
  });

  it('--lang en', async () => {
    const md = await runCommand('objectivity', { inputs: [NAME] }, { cwd: dir, format: 'md', lang: 'en' });
    expect(md.stdout).toContain('# Objectivity of results:');
    expect(md.stdout).toContain('a spike at the «3» boundary');
  });

  it('--school of a school not in the files: exit 2 naming some that are', async () => {
    const run = await runCommand('objectivity', { inputs: [NAME], school: ['sch229999'] }, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sch229999');
    expect(run.stderr).toContain('sch220001');
  });

  it('--year of no work in the files: exit 2 naming the years there are', async () => {
    const run = await runCommand('objectivity', { inputs: [NAME], year: 2030 }, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('2030');
    expect(run.stderr).toContain('год работ во входных файлах: 2021');
  });

  it('a file without a journal mark column: exit 2 naming what is needed', async () => {
    await writeIn(dir, 'no-journal.csv', EXPORT.replace('отметка за предыдущую четверть/триместр', 'оценка'));
    const run = await runCommand('objectivity', { inputs: ['no-journal.csv'] }, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('отметка за предыдущую четверть/триместр');
  });
});

/*
 * The ВПР beside the school's ОГЭ (the rule check uses, vpr-oge-sign.ts), by hand: ВПР математика 5 кл.
 * 2021 (scale 2021: «3» from 7), two schools of 50 pupils, each 1 with 3 points («2») and 49 with 12 —
 * 1 of 50 = 2% below «3», under 5%. The aggregated ОГЭ table of the same year: sch220011 ОГЭ математика
 * 7 «2» of 20 = 35% ≥ 30% → the sign; sch220012 5 of 20 = 25% < 30% → none (compared, no sign). ОГЭ
 * русский язык of sch220011 (another subject) and ОГЭ математика of 2020 (another school year) compare
 * with nothing. A second table with ОГЭ of 2020 only is read and not used (a note).
 */
describe('shnor objectivity: a ВПР far better than the school\'s ОГЭ in the same subject', () => {
  const VPR = [
    HEADER,
    ...pupils(1, 'sch220011', 'город Барнаул', '3', 'а', 3), ...pupils(49, 'sch220011', 'город Барнаул', '4', 'а', 12),
    ...pupils(1, 'sch220012', 'город Барнаул', '3', 'а', 3), ...pupils(49, 'sch220012', 'город Барнаул', '4', 'а', 12),
  ].join('\n');
  const OGE = [
    'Код ОО;Год;Процедура;Участников;Кол-во «2»',
    'sch220011;2021;ОГЭ Математика;20;7',
    'sch220012;2021;ОГЭ Математика;20;5',
    'sch220012;2020;ОГЭ Математика;20;12',
    'sch220011;2021;ОГЭ Русский язык;20;1',
  ].join('\n');
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, NAME, VPR);
    await writeIn(dir, 'oge-2021.csv', OGE);
    await writeIn(dir, 'oge-2020.csv', 'Код ОО;Год;Процедура;Участников;Кол-во «2»\nsch220011;2020;ОГЭ Математика;20;9');
  });

  interface Sign { code: string; failed: number; scored: number; pct: number; ogeProcedure: string; ogeYear: number; ogePct: number; thresholdPct: number; vprLowPct: number; text: string }
  interface OgeJson {
    works: { tested: { oge: number }; found: { oge: number }; groups: { schoolId: string; signs: Sign[] }[] }[];
    issues: { file: string; code: string; message: string }[];
  }

  it('sch220011: 2% «2» on the ВПР beside 35% on the ОГЭ of the same year — the sign, with its figures; sch220012 (25%) none', async () => {
    const { json } = await runCommandJson<OgeJson>('objectivity', { inputs: [NAME, 'oge-2021.csv'] }, { cwd: dir });
    const [work] = json.works;
    expect(work!.groups.map((g) => [g.schoolId, g.signs.map((s) => s.code)])).toEqual([['sch220011', ['vpr-beside-oge']], ['sch220012', []]]);
    expect(work!.groups[0]!.signs[0]).toMatchObject({
      failed: 1, scored: 50, pct: 2, ogeProcedure: 'OGE-MA', ogeYear: 2021, ogePct: 35, thresholdPct: 30, vprLowPct: 5,
      text: 'ВПР: доля «2» 2% (1 из 50; меньше 5%) при ОГЭ Математика, 2020/2021 уч. г.: 35% «2» (7 из 20; порог 30%)',
    });
    // both schools have an ОГЭ математика of 2021 to compare with; one has the sign
    expect(work!.tested.oge).toBe(2);
    expect(work!.found.oge).toBe(1);
    expect(json.issues).toEqual([]);
  });

  it('every format says it: the summary counts, the sign in the table and the sheet; English too', async () => {
    const md = await runCommand('objectivity', { inputs: [NAME, 'oge-2021.csv'] }, { cwd: dir, format: 'md' });
    expect(md.stdout).toContain('Сравнение с ОГЭ школы по тому же предмету того же учебного года (2020/2021 уч. г.): школ — 2, с признаком — 1');
    expect(md.stdout).toContain('| sch220011 | ВПР заметно лучше ОГЭ школы по тому же предмету | ВПР: доля «2» 2% (1 из 50; меньше 5%)');
    const xlsx = await runCommand('objectivity', { inputs: [NAME, 'oge-2021.csv'] }, { cwd: dir, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.stdoutBytes as unknown as ArrayBuffer);
    expect(book.getWorksheet('Признаки')!.getRow(2).values).toContain('ВПР заметно лучше ОГЭ школы по тому же предмету');
    const csv = await runCommand('objectivity', { inputs: [NAME, 'oge-2021.csv'] }, { cwd: dir, format: 'csv' });
    const rows = Papa.parse<string[]>(csv.stdout.trim()).data;
    expect(rows.find((r) => r[0] === 'sch220011')!.at(-1)).toBe('ВПР заметно лучше ОГЭ школы по тому же предмету');
    const en = await runCommand('objectivity', { inputs: [NAME, 'oge-2021.csv'] }, { cwd: dir, format: 'md', lang: 'en' });
    expect(en.stdout).toContain('VPR: share of «2» 2% (1 of 50; under 5%) while');
  });

  it('without ОГЭ of the year: no sign, the summary says nothing was compared, and a table of another year is a note', async () => {
    const { json } = await runCommandJson<OgeJson>('objectivity', { inputs: [NAME, 'oge-2020.csv'] }, { cwd: dir });
    expect(json.works[0]!.groups.flatMap((g) => g.signs)).toEqual([]);
    expect(json.works[0]!.tested.oge).toBe(0);
    expect(json.issues.map((i) => [i.file, i.code])).toEqual([['oge-2020.csv', 'no-oge-results']]);
    expect(json.issues[0]!.message).toContain('результатов ОГЭ за 2020/2021 уч. г. в нём нет');
    const md = await runCommand('objectivity', { inputs: [NAME] }, { cwd: dir, format: 'md' });
    expect(md.stdout).toContain('сравнение ВПР с ОГЭ не проводилось');
  });

  it('the threshold is the method\'s: with classify.threshold 40 the ОГЭ of 35% is no low result, and no sign', async () => {
    await writeIn(dir, 'shnor.config.json', JSON.stringify({ classify: { threshold: 40 } }));
    try {
      const { json } = await runCommandJson<OgeJson>('objectivity', { inputs: [NAME, 'oge-2021.csv'] }, { cwd: dir });
      expect(json.works[0]!.groups.flatMap((g) => g.signs)).toEqual([]);
      expect(json.works[0]!.tested.oge).toBe(2);
    } finally {
      await rm(join(dir, 'shnor.config.json'));
    }
  });

  it('a file that is no results table either (a list of logins beside the export): a note, the run goes on', async () => {
    await writeIn(dir, 'logins.csv', 'логин;имя\nsch220011;Школа 11');
    const { json } = await runCommandJson<OgeJson>('objectivity', { inputs: [NAME, 'oge-2021.csv', 'logins.csv'] }, { cwd: dir });
    expect(json.works[0]!.found.oge).toBe(1);
    expect(json.issues.map((i) => [i.file, i.code])).toEqual([['logins.csv', 'file-without-header']]);
  });

  it('only ОГЭ tables, no per-pupil export: exit 2 naming what a per-pupil export needs', async () => {
    const run = await runCommand('objectivity', { inputs: ['oge-2021.csv'] }, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('отметка за предыдущую четверть/триместр');
  });
});
