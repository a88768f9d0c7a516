/**
 * shnor report at region scale: a district of 600 schools, every sixth one failing 40% in every
 * procedure (so 100 on the list), the others 10%. The charts stay bounded (report/charts.ts): the
 * failing shares by procedure as histograms of 5-point bands with a caption saying so, no per-school
 * chart over the years (the list has more than 50 schools) but a note saying why, no chart naming more
 * than 50 schools, and the report's files whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeIn, type CliResult } from './run-cli.js';

const PROCEDURES = ['ВПР Русский язык 5 кл.', 'ВПР Математика 5 кл.', 'ОГЭ Русский язык', 'ОГЭ Математика'];
const SCHOOLS = 600;

/** 600 schools × 4 procedures × 2024–2025 in the long layout; 50 participants each, «2» 20 (40%) or 5 (10%). */
function district(): string {
  const lines = ['Код ОО;Наименование ОО;Учебный год;Процедура;Кол-во участников;«2»;«3»;«4»;«5»'];
  for (let i = 1; i <= SCHOOLS; i += 1) {
    const failed = i % 6 === 0 ? 20 : 5;
    for (const year of [2024, 2025]) {
      for (const procedure of PROCEDURES) lines.push([`R-${i}`, `Школа ${i}`, year, procedure, 50, failed, 50 - failed - 20, 10, 10].join(';'));
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('shnor report on 600 schools, 100 of them on the list', () => {
  let out: string;
  let result: CliResult;
  beforeAll(async () => {
    const dir = await tempDir('shnor-report-scale-');
    const input = await writeIn(dir, 'district.csv', district());
    out = join(dir, 'report');
    result = await runCli(['report', input, '--year', '2025', '-o', out], { timeoutMs: 120_000 });
  }, 150_000);

  it('exits 0', () => {
    expect(result.code, result.stderr).toBe(0);
  });

  it('draws a histogram per procedure, the clusters and the targets: no chart per school', () => {
    const charts = readdirSync(join(out, 'charts')).sort();
    expect(charts.filter((c) => c.startsWith('shares-'))).toHaveLength(4);
    expect(charts.filter((c) => c.startsWith('years-'))).toEqual([]);
    // a histogram's bars: the 10% schools in band 10–15, the 40% schools in band 40–45, low
    const svg = readFileSync(join(out, 'charts', 'shares-OGE-MA.svg'), 'utf8');
    expect(svg).toContain('Доля «2», %: 10 – 15; Школ: 500');
    expect(svg).toContain('Доля «2», %: 40 – 45; Школ: 100');
    expect(svg.length).toBeLessThan(40_000);
    // no chart names more than 50 schools (codes R-1 … R-600)
    for (const name of charts) {
      const codes = new Set(readFileSync(join(out, 'charts', name), 'utf8').match(/R-\d+/g) ?? []);
      expect(codes.size, name).toBeLessThanOrEqual(50);
    }
  });

  it('says under each histogram that the schools are counted by band, and why', () => {
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('![ОГЭ Математика: доля «2» по школам, 2024/2025 уч. г. — школ 600, больше 50: столбец — число школ с долей в интервале 5 п.п.](charts/shares-OGE-MA.svg)');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.match(/<figcaption>[^<]*— школ 600, больше 50: столбец — число школ с долей в интервале 5 п\.п\.<\/figcaption>/g)).toHaveLength(4);
  });

  it('says in the charts appendix why the per-school charts are left out; every school of the list has its row in section 4', () => {
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    const dynamics = md.split(/^## /m).find((part) => part.startsWith('4. '))!;
    const charts = md.split(/^## /m).find((part) => part.startsWith('Приложение 1. '))!;
    expect(charts).toContain('Школ в списке — 100: графики по годам строятся, когда их не больше 50');
    // above 30 listed schools section 4 is one table, a row per school (src/report/yearly/long-lists.ts)
    expect(dynamics.match(/^\| R-\d+ \| Школа \d+ \| \d+ из 4 \|/gm)).toHaveLength(100);
    expect(md).not.toContain('charts/years-');
  });

  it('writes report.html and report.xlsx whole', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.endsWith('</body>\n</html>\n')).toBe(true);
    expect(html.match(/<figure class="chart"/g)).toHaveLength(4 + 2);
    expect(readFileSync(join(out, 'report.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('report.xlsx reads back: the list and its shares, every sixth school in code order', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'report.xlsx'));
    const sheet = book.getWorksheet('2. Список ШНОР')!;
    const row = (n: number) => sheet.getRow(n).values as unknown[];
    // 1 title, 2 paragraph, 3 blank, 4 header, 5–104 the 100 schools … R-600
    expect(row(4).slice(1, 3)).toEqual(['Код ОО', 'Наименование ОО']);
    expect([row(5)[1], row(6)[1], row(104)[1]]).toEqual(['R-6', 'R-12', 'R-600']);
    // 105 blank, 106 heading, 107 blank, 108 header, 109–208 the shares: 20 of 50 = 0.4 in each of the 4 procedures, low;
    // 209 the paragraph that sends the reader to the charts of the appendix
    expect(row(108)[1]).toBe('Код ОО');
    expect(row(109)).toEqual([undefined, 'R-6', 0.4, 0.4, 0.4, 0.4]);
    expect(row(208)).toEqual([undefined, 'R-600', 0.4, 0.4, 0.4, 0.4]);
    const share = sheet.getRow(208).getCell(5);
    expect([share.numFmt, (share.fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual(['0.00%', 'FFF4B6B6']);
    expect(sheet.rowCount).toBe(209);
  });
});
