/**
 * The text of a CSV file gone wrong: a stray quote, bytes that are not UTF-8. Nothing is lost in
 * silence: every row is read or listed, and --strict fails.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { school, type JsonReport } from './classify-json.js';
import { tempDir, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

const HEADER = 'Код ОО;Наименование ОО;Год;Процедура;Кол-во участников;«2»';

/**
 * The issue's example: «Школа А» opens a quote on row 2 that «Школа В» closes on row 5. School B
 * (rows 3 and 4) has 4 «2» of 10 in two procedures: 40% ≥ 30% twice, so it is a ШНОР.
 */
const STRAY = [
  HEADER,
  'A;"Школа А;2025;ОГЭ Математика;10;4',
  'B;Школа Б;2025;ОГЭ Математика;10;4',
  'B;Школа Б;2025;ОГЭ Русский язык;10;4',
  'C;Школа В";2025;ОГЭ Математика;10;1',
  '',
].join('\n');

describe('a stray quote in a «;» CSV', async () => {
  const dir = await tempDir();
  await writeIn(dir, 'stray.csv', STRAY);

  it('classify reads the rows it would swallow: school B is a ШНОР, and the quote is reported with its rows', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['stray.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(school(json, 'B')).toMatchObject({ flagged: true, criteria: ['A'] });
    expect(json.schools.map((s) => s.schoolId).sort()).toEqual(['B', 'C']);
    expect(json.issues.map((i) => [i.row, i.column, i.code])).toEqual([[2, 'Наименование ОО', 'stray-quote']]);
    expect(json.issues[0]!.message).toContain('строке 5');
  });

  it('--strict exits 2', async () => {
    const result = await runCommand('classify', { inputs: ['stray.csv'], strict: true }, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('кавычка');
  });

  it('--rejects lists the row where the quote opens', async () => {
    const result = await runCommand('classify', { inputs: ['stray.csv'], rejects: 'left-out.csv' }, { cwd: dir, format: 'json' });
    expect(result.code, result.stderr).toBe(0);
    const lines = (await readFile(join(dir, 'left-out.csv'), 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^stray\.csv;;2;Наименование ОО;stray-quote;/);
  });

  it('one quote never closed in 20,000 rows loses no other row', async () => {
    // 20 schools × 1,000 pupils, pupil i of a school on row 1000 (k − 1) + i + 1, a «2» for every
    // third (333 of 1,000: 33.3%, low); the quote opens on row 10,001, S10's pupil 1,000 (a «3»)
    const lines = ['school_id;year;procedure;mark'];
    for (let n = 1; n <= 20_000; n++) {
      const [k, i] = [Math.ceil(n / 1000), ((n - 1) % 1000) + 1];
      lines.push(`${n === 10_000 ? '"' : ''}S${k};2025;OGE-MA;${i % 3 === 0 ? 2 : 3}`);
    }
    await writeIn(dir, 'large.csv', `${lines.join('\n')}\n`);
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['large.csv'], layout: 'students' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const counts = json.schools.map((s) => [s.schoolId, s.lowResults[0]!.participants, s.lowResults[0]!.failed]);
    expect(counts).toHaveLength(20);
    expect(counts.filter(([, participants, failed]) => participants !== 1000 || failed !== 333)).toEqual([['S10', 999, 333]]);
    expect(json.issues.map((i) => [i.row, i.column, i.code])).toEqual([[10_001, 'school_id', 'stray-quote']]);
    expect(json.issues[0]!.message).toContain('до конца файла (строка 20001)');
  });
});

describe('bytes that are not UTF-8 in a UTF-8 file', async () => {
  const dir = await tempDir();

  it('one in the head: the file is still UTF-8, the row used, the cell named', async () => {
    // before: one bad byte made the whole file Windows-1251, and no header was found (exit 2)
    const text = [HEADER, 'A;Школа А;2025;ОГЭ Математика;10;4', 'A;Школа А;2025;ОГЭ Русский язык;10;4', 'B;Школа Б;2025;ОГЭ Математика;10;1', ''].join('\n');
    const at = Buffer.byteLength(text.slice(0, text.indexOf('Школа Б') + 6));
    const bytes = Buffer.from(text);
    await writeIn(dir, 'bad.csv', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['bad.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(school(json, 'A')).toMatchObject({ schoolName: 'Школа А', flagged: true });
    expect(school(json, 'B').schoolName).toBe('Школа \uFFFDБ');
    expect(json.issues.map((i) => [i.row, i.column, i.code])).toEqual([[4, 'Наименование ОО', 'replaced-bytes']]);
  });
});
