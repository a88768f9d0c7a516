/**
 * Files and sheets that are not results: in a run of several files, a file where no sheet has a
 * header is skipped with a note naming it (and the row most like a header); when no file has one,
 * exit 2 naming them all; a single file alone is an error as before. A workbook's extra sheet
 * without a header is a note naming the sheet.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from './classify-json.js';
import { csv, STACK_LINE, tempDir, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

const RESULTS = csv([
  ['Код ОО', 'Процедура', 'Год', 'Кол-во участников', '«2»'],
  ['sch220093', 'ВПР Математика 5 кл.', 2021, 44, 22], // 22/44 = 50% → low
  ['sch220093', 'ВПР Русский язык 5 кл.', 2021, 44, 15], // 15/44 = 34.1% → low: two low results, ШНОР
], ';');
// a reference table beside the results: year, procedure, mean score — no school column
const REFERENCE = csv([['Год', 'Процедура', 'Средний балл'], [2021, 'ВПР Математика 5 кл.', '3,5']], ';');

describe('a folder with results and a table that is not results', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await mkdir(join(dir, 'exports'));
    await writeIn(dir, 'exports/results.csv', RESULTS);
    await writeIn(dir, 'exports/reference.csv', REFERENCE);
  });

  it('reads the results, names the skipped file and its likeliest header row; exit 0', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['exports'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.schools.map((s) => [s.schoolId, s.flagged])).toEqual([['sch220093', true]]);
    expect(json.issues).toEqual([expect.objectContaining({ file: join('exports', 'reference.csv'), sheet: null, row: null, code: 'file-without-header' })]);
    expect(result.stderr).toContain(`файл ${join('exports', 'reference.csv')}: не похоже на таблицу результатов`);
    expect(result.stderr).toContain('строка 1: «Год | Процедура | Средний балл»');
    expect(result.stderr).toContain('файл пропущен');
  });

  it('--strict counts the skipped file as a problem: exit 2', async () => {
    const result = await runCommand('classify', { inputs: ['exports'], strict: true }, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('reference.csv');
    expect(result.stderr).toContain('--strict: найдено проблем во входных данных: 1');
  });

  it('--rejects lists the skipped file', async () => {
    const result = await runCommand('classify', { inputs: ['exports'], rejects: 'left-out.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const lines = (await readFile(join(dir, 'left-out.csv'), 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(2); // the header and the skipped file
    expect(lines[1]).toMatch(new RegExp(`^${join('exports', 'reference.csv').replace(/\./g, '\\.')};;;;file-without-header;`));
  });

  it('in English the note says the same', async () => {
    const result = await runCommand('classify', { inputs: ['exports'] }, { cwd: dir, lang: 'en' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('does not look like a results table');
    expect(result.stderr).toContain('row 1: "Год | Процедура | Средний балл"');
  });
});

describe('nothing readable', () => {
  it('a folder of files that are not results: exit 2 naming each file', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'exports'));
    await writeIn(dir, 'exports/reference.csv', REFERENCE);
    await writeIn(dir, 'exports/logins.csv', csv([['логин', 'имя', 'регион'], ['sch224145', 'МБОУ СОШ №7', 'г. Алейск']], ';'));
    const result = await runCommand('classify', { inputs: ['exports'] }, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_LINE);
    // files are read in name order: logins.csv, reference.csv
    expect(result.stderr).toContain(`ни в одном из файлов не найдена строка заголовка (в первых 30 непустых строках): ${join('exports', 'logins.csv')}, ${join('exports', 'reference.csv')};`);
  });

  it('one file given alone: the error of that file, as before', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'reference.csv', REFERENCE);
    const result = await runCommand('classify', { inputs: ['reference.csv'] }, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('файл reference.csv: не найдена строка заголовка');
    expect(result.stderr).toContain('shnor inspect');
  });
});

describe('a workbook with a sheet that is not results', () => {
  it('reads the results sheet and notes the «Классы» sheet by name; exit 0', async () => {
    const dir = await tempDir();
    const workbook = new ExcelJS.Workbook();
    const classes = workbook.addWorksheet('Классы');
    classes.addRow(['Пользователь', 'Школа', 'Буква (цифра) класса']);
    classes.addRow(['edu223017', 'edu223017 | МБОУ "Вавилонская СОШ"', 'нет']);
    const results = workbook.addWorksheet('Результаты');
    results.addRow(['Код ОО', 'Процедура', 'Год', 'Кол-во участников', '«2»']);
    results.addRow(['edu223017', 'ВПР Математика 5 кл.', 2022, 20, 3]);
    await workbook.xlsx.writeFile(join(dir, 'form.xlsx'));
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['form.xlsx'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.schools.map((s) => s.schoolId)).toEqual(['edu223017']);
    expect(json.issues).toEqual([expect.objectContaining({ file: 'form.xlsx', sheet: 'Классы', code: 'sheet-without-header' })]);
    expect(result.stderr).toContain('файл form.xlsx, лист «Классы»: на листе не найдена строка заголовка');
    expect(result.stderr).toContain('строка 1: «Пользователь | Школа | Буква (цифра) класса»');
  });
});
