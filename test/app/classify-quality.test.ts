/** classify's sheet of «успеваемость» and «качество знаний», on the demo district (it counts marks «2»–«5»). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCommand } from './run.js';

async function qualityRows(inputs: string[], cwd?: string): Promise<unknown[][]> {
  const xlsx = await runCommand('classify', { inputs }, { format: 'xlsx', cwd });
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

  it('an input with no counts of marks says so once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shnor-quality-'));
    writeFileSync(join(dir, 'fails.csv'), 'Код ОО;Год;Процедура;Кол-во участников;«2»\nA;2025;ВПР Математика 5 кл.;40;13\nA;2024;ВПР Математика 5 кл.;40;3\n');
    const rows = await qualityRows(['fails.csv'], dir);
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe('Во входных данных нет числа отметок «2»–«5»: успеваемость и качество знаний не рассчитаны.');
  });
});
