/** classify's sheet of «успеваемость» and «качество знаний», on the demo district (it counts marks «2»–«5»). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCommand } from './run.js';

async function qualityRows(inputs: string[], cwd?: string, reference?: string): Promise<unknown[][]> {
  const xlsx = await runCommand('classify', { inputs, reference }, { format: 'xlsx', cwd });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.stdoutBytes as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(['ШНОР', 'Успеваемость и качество']);
  const rows: unknown[][] = [];
  book.getWorksheet('Успеваемость и качество')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('classify --format xlsx: успеваемость и качество знаний', () => {
  it('per school × procedure and the municipality, from the counts of marks', async () => {
    const rows = await qualityRows(['fixtures/demo/district-cp1251.csv']);
    const find = (level: string, id: string | null, year: string) =>
      rows.find((r) => r[0] === level && (r[1] ?? null) === id && r[4] === 'ВПР Русский язык 5 кл.' && r[5] === year)!;
    // district-cp1251.csv, DM-01, 2025: «2» 6, «3» 33, «4» 26, «5» 13 of 78 → 72/78 = 92,31%, 39/78 = 50%
    const dm01 = find('школа', 'DM-01', '2024/2025 уч. г.');
    expect(dm01.slice(6, 11)).toEqual([6, 33, 26, 13, 78]);
    expect(dm01[11]).toBeCloseTo(72 / 78, 4);
    expect(dm01[12]).toBeCloseTo(0.5, 4);
    // the 29 schools' rows of the same work summed: 82 / 446 / 364 / 212 of 1,104 → 1,022/1,104 = 92,57%, 576/1,104 = 52,17%
    const municipality = find('муниципалитет', null, '2024/2025 уч. г.');
    expect(municipality.slice(6, 11)).toEqual([82, 446, 364, 212, 1104]);
    expect(municipality[11]).toBeCloseTo(1022 / 1104, 4);
    expect(municipality[12]).toBeCloseTo(576 / 1104, 4);
    expect(find('муниципалитет', null, '2023/2024 уч. г.')).toBeDefined();
    expect(String(rows.at(-1)![0])).toContain('регион не показан');
  });

  it('the region\'s row from a reference row of region level with the four shares: 10 / 40 / 35 / 15 → 90% and 50%', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shnor-quality-'));
    // one school: «2» 4, «3» 16, «4» 14, «5» 6 of 40 → 36/40 = 90%, 20/40 = 50%
    writeFileSync(join(dir, 'marks.csv'), 'Код ОО;Год;Процедура;Кол-во участников;«2»;«3»;«4»;«5»\nA;2025;ВПР Математика 5 кл.;40;4;16;14;6\n');
    writeFileSync(join(dir, 'region.csv'), [
      'Год;Процедура;Средний балл;% «2»;% «3»;% «4»;% «5»;Уровень',
      '2025;ВПР Математика 5 кл.;;10;40;35;15;регион',
      '2025;ВПР Русский язык 5 кл.;;10;40;35;15;регион', // no school wrote it: no row
    ].join('\n'));
    const rows = await qualityRows(['marks.csv'], dir, 'region.csv');
    const region = rows.filter((r) => r[0] === 'регион');
    expect(region).toHaveLength(1);
    // the shares in the mark columns, no count of pupils; успеваемость 100 − 10 = 90%, качество 35 + 15 = 50%
    expect(Array.from(region[0]!, (v) => v ?? null)).toEqual([
      'регион', null, null, null, 'ВПР Математика 5 кл.', '2024/2025 уч. г.', 0.1, 0.4, 0.35, 0.15, null, 0.9, 0.5,
    ]);
    expect(String(rows.at(-1)![0])).toContain('успеваемость = 100 − доля «2», качество знаний = доля «4» + доля «5»');
  });

  it('a reference row whose four shares add up to 100,5: the region is not shown, and the row is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shnor-quality-'));
    writeFileSync(join(dir, 'marks.csv'), 'Код ОО;Год;Процедура;Кол-во участников;«2»;«3»;«4»;«5»\nA;2025;ВПР Математика 5 кл.;40;4;16;14;6\n');
    writeFileSync(join(dir, 'region.csv'), 'Год;Процедура;% «2»;% «3»;% «4»;% «5»\n2025;ВПР Математика 5 кл.;10;40;35,5;15\n');
    const run = await runCommand('classify', { inputs: ['marks.csv'], reference: 'region.csv', referenceLevel: 'region' }, { format: 'xlsx', cwd: dir });
    expect(run.stderr).toContain('region.csv, строка 2');
    expect(run.stderr).toContain('сумма долей «2»–«5» (100,5%) отличается от 100% больше чем на 0,1 п.п.');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(run.stdoutBytes as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.getWorksheet('Успеваемость и качество')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.filter((r) => r[0] === 'регион')).toEqual([]);
    expect(String(rows.at(-1)![0])).toContain('регион не показан');
  });

  it('an input with no counts of marks says so once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shnor-quality-'));
    writeFileSync(join(dir, 'fails.csv'), 'Код ОО;Год;Процедура;Кол-во участников;«2»\nA;2025;ВПР Математика 5 кл.;40;13\nA;2024;ВПР Математика 5 кл.;40;3\n');
    const rows = await qualityRows(['fails.csv'], dir);
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe('Во входных данных нет числа отметок «2»–«5»: успеваемость и качество знаний не рассчитаны.');
  });
});
