/**
 * The --reference file's shares of marks (src/io/reference.ts): «% «3»», «% «4»», «% «5»» beside
 * «% «2»» (or «доля 3» …) give the region's four shares when all four are there and add up to
 * 100 ± 0,1; otherwise the row keeps its mean and «2», and a note names the row.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { loadReference } from '../../src/io/reference.js';
import { removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

async function reference(lines: string[]): Promise<string> {
  const path = join(await tempDir(), 'reference.csv');
  await writeFile(path, lines.join('\n'));
  return path;
}

describe('loadReference: the shares of marks', () => {
  it('«% «2»» … «% «5»»: 10 / 40 / 35 / 15 read as the four shares; a row without them has none', async () => {
    const path = await reference([
      'Год;Процедура;Средний балл;% «2»;% «3»;% «4»;% «5»;Уровень',
      '2025;ВПР Математика 5 класс;;10;40;35;15;регион',
      '2025;ОГЭ Математика;3,68;;;;;регион',
    ]);
    const { values, issues } = await loadReference(path, { level: 'district' });
    expect(issues).toEqual([]);
    expect(values[0]).toMatchObject({ procedure: 'VPR-MA-5', year: 2025, level: 'region', meanScore: null, failPct: 10, markPcts: [10, 40, 35, 15] });
    expect(values[1]).toMatchObject({ procedure: 'OGE-MA', meanScore: 3.68, failPct: null });
    expect(values[1]!.markPcts).toBeUndefined();
  });

  it('«доля 2» … «доля 5» with decimal commas: 12,4 + 41,3 + 33,2 + 13,2 = 100,1 — within 0,1 of 100', async () => {
    const path = await reference(['Год;Процедура;доля 2;доля 3;доля 4;доля 5', '2025;ВПР Русский язык 5 класс;12,4;41,3;33,2;13,2']);
    const { values, issues } = await loadReference(path, { level: 'region' });
    expect(issues).toEqual([]);
    expect(values[0]!.markPcts).toEqual([12.4, 41.3, 33.2, 13.2]);
  });

  it('four shares adding up to 100,5: a note naming the row; the mean and «2» are kept, the shares are not', async () => {
    const path = await reference(['Год;Процедура;Средний балл;% «2»;% «3»;% «4»;% «5»', '2025;ВПР Математика 6 класс;;10;40;35,5;15']);
    const { values, issues } = await loadReference(path, { level: 'region' });
    expect(issues.map((i) => [i.file, i.row, i.code, i.params])).toEqual([[path, 2, 'reference-pcts-do-not-add-up', { sum: 100.5 }]]);
    expect(values[0]).toMatchObject({ failPct: 10 });
    expect(values[0]!.markPcts).toBeUndefined();
  });

  it('some shares without the others (no «% «5»» on the row): a note; the row is used without them', async () => {
    const path = await reference(['Год;Процедура;% «2»;% «3»;% «4»;% «5»', '2025;ВПР Математика 6 класс;10;40;50;']);
    const { values, issues } = await loadReference(path, { level: 'region' });
    expect(issues.map((i) => [i.row, i.code])).toEqual([[2, 'reference-marks-incomplete']]);
    expect(values[0]).toMatchObject({ failPct: 10 });
    expect(values[0]!.markPcts).toBeUndefined();
  });
});
