/**
 * shnor template profile: writes the empty profile workbook (header row, dropdowns, notes sheet)
 * that loadProfile reads back with no schools and no issues; refuses to overwrite without
 * --force; an unknown kind is exit 2 naming the known ones.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/io/profile.js';
import { en } from '../../src/messages/en.js';
import { ru } from '../../src/messages/ru.js';
import { PROFILE_FIELDS } from '../../src/model/profile-fields.js';
import { listDir, runCli, STACK_LINE, tempDir } from './run-cli.js';

describe('shnor template profile', () => {
  let dir: string;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = await tempDir();
    const result = await runCli(['template', 'profile', '-o', 'schools.xlsx'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('schools.xlsx');
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'schools.xlsx'));
  });

  it('writes only the file (no temp file left behind)', async () => {
    expect(await listDir(dir)).toEqual(['schools.xlsx']);
  });

  it('«Профиль»: the header row holds every column, bold, frozen', () => {
    const sheet = workbook.getWorksheet('Профиль')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toHaveLength(51);
    expect(headers.slice(0, 5)).toEqual(['Код ОО', 'Наименование ОО', 'Вид ОО', 'Педагогов всего', 'Прошли КПК за 3 года']);
    expect(headers).toContain('Признаки необъективности ВПР');
    expect(headers).toContain('Доля неуспевающих (прошлый год), %');
    expect(headers.at(-1)).toBe('Риск: несформированность ВСОКО');
    expect(headers).toEqual(PROFILE_FIELDS.map((f) => f.headers.ru));
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('dropdowns on choice columns, number checks on counts and percents, rows 2–500', () => {
    const sheet = workbook.getWorksheet('Профиль')!;
    const column = (header: string) => PROFILE_FIELDS.findIndex((f) => f.headers.ru === header) + 1;
    const yesNo = column('Малочисленная школа');
    for (const row of [2, 500]) {
      expect(sheet.getCell(row, yesNo).dataValidation).toMatchObject({ type: 'list', allowBlank: true, formulae: ['"да,нет"'] });
    }
    expect(sheet.getCell(501, yesNo).dataValidation).toBeUndefined();
    expect(sheet.getCell(1, yesNo).dataValidation).toBeUndefined();
    expect(sheet.getCell(2, column('Профессиональные конкурсы')).dataValidation?.formulae).toEqual(['"нет,участники,победители"']);
    expect(sheet.getCell(2, column('Конкурсы инновационных проектов')).dataValidation?.formulae).toEqual(['"нет,участие,победа"']);
    expect(sheet.getCell(2, column('Риск: дефицит педагогических кадров')).dataValidation?.formulae).toEqual(['"высокая,средняя,низкая"']);
    expect(sheet.getCell(2, column('Доля обучающихся с ОВЗ, %')).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(sheet.getCell(2, column('Педагогов всего')).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(sheet.getCell(2, column('Код ОО')).dataValidation).toBeUndefined();
  });

  it('«Пояснения»: one row per column with its note and indicator', () => {
    const notes = workbook.getWorksheet('Пояснения')!;
    expect(notes.rowCount).toBe(1 + 51);
    expect(notes.getCell('A1').value).toBe('Столбец');
    PROFILE_FIELDS.forEach((field, i) => expect(notes.getCell(i + 2, 1).value).toBe(field.headers.ru));
    const teachersTrained = PROFILE_FIELDS.findIndex((f) => f.key === 'teachersTrained') + 2;
    expect(notes.getCell(teachersTrained, 2).value).toBe(ru.profileTemplate.notes.teachersTrained);
    expect(notes.getCell(teachersTrained, 4).value).toBe('2.1');
  });

  it('loadProfile reads the empty template back: header found, no schools, no issues', async () => {
    const { profiles, issues } = await loadProfile(join(dir, 'schools.xlsx'), {});
    expect(profiles).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('a second run without --force → exit 2, file unchanged; with --force → exit 0', async () => {
    const before = await readFile(join(dir, 'schools.xlsx'));
    const second = await runCli(['template', 'profile', '-o', 'schools.xlsx'], { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('schools.xlsx');
    expect(second.stderr).not.toMatch(STACK_LINE);
    expect(await readFile(join(dir, 'schools.xlsx'))).toEqual(before);
    const forced = await runCli(['template', 'profile', '-o', 'schools.xlsx', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
  });
});

describe('shnor template profile --lang en', () => {
  it('writes the English workbook: «Profile» with the English headers, «Notes» with the English notes', async () => {
    const dir = await tempDir();
    const result = await runCli(['--lang', 'en', 'template', 'profile', '-o', 'schools.xlsx'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'schools.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Profile', 'Notes']);
    expect((workbook.getWorksheet('Profile')!.getRow(1).values as unknown[]).slice(1)).toEqual(PROFILE_FIELDS.map((f) => f.headers.en));
    expect(workbook.getWorksheet('Notes')!.getCell('B2').value).toBe(en.profileTemplate.notes.schoolId);
  });
});

describe('shnor template: defaults and errors', () => {
  it('without -o writes schools-profile.xlsx', async () => {
    const dir = await tempDir();
    const result = await runCli(['template', 'profile'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(await listDir(dir)).toEqual(['schools-profile.xlsx']);
  });

  it('an unknown kind → exit 2 listing the known kinds, nothing written', async () => {
    const dir = await tempDir();
    const result = await runCli(['template', 'results'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('results');
    expect(result.stderr).toContain('profile');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(await listDir(dir)).toEqual([]);
  });

  it('no kind → exit 2', async () => {
    const result = await runCli(['template'], { cwd: await tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
