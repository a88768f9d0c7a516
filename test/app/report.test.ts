/**
 * shnor report, run in-process, on the demo district (fixtures/demo, see EXPECTED.md): the nine
 * sections, and every number cross-checked against what classify, score, cluster and recommend
 * give for the same input; two runs give the same bytes; report.xlsx read back with exceljs; the
 * charts the Markdown links to exist. The folder the command writes: test/e2e/report.test.ts.
 */
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS_EN, SECTIONS_RU } from '../e2e/sections.js';
import type { JsonReport } from './classify-json.js';
import { workbookFrom } from './files.js';
import { runCommandJson, runReportCommand } from './run.js';

const DEMO = {
  inputs: ['fixtures/demo/district.xlsx'],
  profile: 'fixtures/demo/schools-profile.xlsx',
  reference: 'fixtures/demo/region-reference.csv',
  year: 2025,
};


/** EXPECTED.md: «Default 2025 ids». */
const FLAGGED_2025 = ['DM-03', 'DM-05', 'DM-07', 'DM-09', 'DM-11', 'DM-12', 'DM-14', 'DM-27'];

// The JSON contracts of score, cluster and recommend (src/report/score/json.ts, cluster/json.ts, recommend/document.ts).
interface ScoreJson {
  year: number;
  schools: { schoolId: string; schoolName: string | null; total: number; max: number; percent: number | null; rank: number | null }[];
}

interface ClusterJson {
  year: number;
  schools: { schoolId: string; cluster: 1 | 2 | 3 | null; label: string }[];
}

interface TargetsJson {
  indicators: { id: string; fact: number | boolean | null; numerator: number | null; denominator: number | null; status: string }[];
}

interface RecommendJson {
  year: number;
  schools: { schoolId: string; cluster: number | null; recommendations: { id: string; audience: string; text: string }[] }[];
  issues: unknown[];
}

/** The text of the Markdown section «N. …» (from its title to the next `## `). */
function section(md: string, n: number): string {
  const found = md.split(/^## /m).find((part) => part.startsWith(`${n}. `));
  if (!found) throw new Error(`no section ${n}. in report.md`);
  return found;
}

/** The Markdown tables of a text: each a list of rows (header first, the delimiter line dropped), cells trimmed. */
function tables(text: string): string[][][] {
  const result: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      current = null;
      continue;
    }
    if (/^\|(-+\|)+$/.test(line)) continue;
    const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
    if (!current) result.push((current = []));
    current.push(cells);
  }
  return result;
}

/** «80,22» → 80.22; «» → null. */
function number(text: string): number | null {
  return text === '' ? null : Number(text.replace(/\*\*/g, '').replace(/\s/g, '').replace(',', '.'));
}

describe('shnor report on the demo district', () => {
  let files: Map<string, string | Buffer>;
  let md: string;
  let classify: JsonReport;
  let score: ScoreJson;
  let cluster: ClusterJson;
  let recommend: RecommendJson;
  let targets: TargetsJson;

  beforeAll(async () => {
    // the report and the other commands on the same input, one after the other (a run sets the language)
    const report = await runReportCommand(DEMO);
    const c = await runCommandJson<JsonReport>('classify', { inputs: ['fixtures/demo/district.xlsx'], year: 2025 });
    const s = await runCommandJson<ScoreJson>('score', DEMO);
    const cl = await runCommandJson<ClusterJson>('cluster', DEMO);
    const r = await runCommandJson<RecommendJson>('recommend', DEMO);
    const t = await runCommandJson<TargetsJson>('targets', DEMO);
    expect(report.code, report.stderr).toBe(0);
    for (const run of [c, s, cl, r, t]) expect(run.result.code, run.result.stderr).toBe(0);
    targets = t.json;
    classify = c.json;
    score = s.json;
    cluster = cl.json;
    recommend = r.json;
    files = await report.files();
    md = report.md;
  }, 120_000);

  it('report.md has the nine section titles, in order, as its ## headings', () => {
    const headings = md.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    expect(headings).toEqual(SECTIONS_RU);
  });

  it('section 2: the flagged ids are those of classify --format json (and of EXPECTED.md)', () => {
    const classifyFlagged = classify.schools.filter((s) => s.flagged).map((s) => s.schoolId).sort();
    expect(classifyFlagged).toEqual(FLAGGED_2025);
    const [list] = tables(section(md, 2));
    expect(list![0]).toEqual(['Код ОО', 'Наименование ОО', 'Критерии', 'Низкие результаты']);
    const rows = list!.slice(1);
    expect(rows.map((r) => r[0]).sort()).toEqual(classifyFlagged);
    // the criteria column agrees with classify's
    for (const row of rows) {
      const verdict = classify.schools.find((s) => s.schoolId === row[0])!;
      expect(row[2], row[0]).toBe(verdict.criteria.join(', '));
    }
  });

  it('section 2 names the list year and the results year (ruling R2)', () => {
    expect(section(md, 2)).toContain('Список ШНОР на 2025/2026 уч. г. составлен по результатам 2024/2025 уч. г.');
  });

  it('section 2: the profile\'s official lists beside the computed list, each disagreement said (issue 21)', () => {
    // EXPECTED.md: federal DM-09; regional DM-09, DM-20; «500+» DM-09, DM-12, DM-27 — four schools on a list. DM-20 has no
    // results in 2025; DM-03, DM-05, DM-07, DM-11, DM-14 are flagged for 2025 and on none
    const text = section(md, 2);
    expect(text).toContain('Официальные списки (по профилю школ) — школ в списках: 4; расходятся с данными: 6 (DM-03, DM-05, DM-07, DM-11, DM-14, DM-20).');
    expect(text).toMatch(/DM-20 [^\n]*: в региональном списке ШНОР; по данным 2024\/2025 уч\. г\. — не ШНОР: нет результатов/);
    expect(text).toMatch(/DM-03 [^\n]*: по данным 2024\/2025 уч\. г\. — ШНОР \(критерий A\), но ни в одном официальном списке профиля не значится/);
  });

  it('section 3: the ШНСУ of the profile column (DM-09 also ШНОР, DM-23), with their context; the unset threshold said once', () => {
    const text = section(md, 3);
    expect(text).toContain('ШНОР: 8; ШНСУ: 2; и ШНОР, и ШНСУ: 1.');
    expect(text.match(/Порог ИСБШ не задан/g)).toHaveLength(1);
    expect(text).not.toContain('shnsu.isbshBelow');
    const [context] = tables(text);
    expect(context!.slice(1).map((row) => [row[0], row[2]])).toEqual([['DM-09', 'ШНОР и ШНСУ'], ['DM-23', 'ШНСУ']]);
    // EXPECTED.md: DM-23 parents with higher education 14%, vocational 38,6%
    expect(context![2]!.slice(-2)).toEqual(['14%', '38,6%']);
  });

  it('section 5: the target indicators are those of targets --format json', () => {
    const [table] = tables(section(md, 5));
    expect(table![0]).toEqual(['№', 'Показатель', 'План', 'Факт', 'Итог', 'Пояснение']);
    // the demo district has no facts file: 59 indicators − 4 not met (8.1–8.4) − 4 without КДР results (8.5–8.8, each its own
    // note) = 51 with the same note, said once in a paragraph
    const rows = table!.slice(1).map((row) => row[0]);
    expect(rows).toEqual(['8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8']);
    const noFacts = targets.indicators.filter((i) => !rows.includes(i.id));
    expect(noFacts).toHaveLength(51);
    expect(noFacts.every((i) => i.status === 'noData')).toBe(true);
    expect(section(md, 5)).toContain(`Нет данных по показателям (51): ${noFacts.map((i) => i.id).join(', ')}.`);
    const row81 = table!.find((row) => row[0] === '8.1')!;
    const json81 = targets.indicators.find((i) => i.id === '8.1')!;
    expect([row81[3], row81[4]]).toEqual([`**${json81.fact}%**`, 'не выполнен']);
    expect(md.split(/^## /m).find((part) => part.startsWith('Приложение 1. '))).toContain('](charts/targets.svg)');
  });

  it('section 2: the shares table marks exactly the 2025 low results of classify', () => {
    const shares = tables(section(md, 2))[1]!;
    expect(shares[0]![0]).toBe('Код ОО');
    for (const row of shares.slice(1)) {
      const verdict = classify.schools.find((s) => s.schoolId === row[0])!;
      const low2025 = verdict.lowResults.filter((r) => r.year === 2025).map((r) => r.failShare).sort((a, b) => a - b);
      const bold = row.slice(1).filter((cell) => cell.startsWith('**')).map((cell) => number(cell.replace('%', ''))!).sort((a, b) => a - b);
      expect(bold, row[0]).toEqual(low2025);
    }
  });

  it('appendix 2: ranks, totals, maxima and percents are those of score --format json, in its order; section 6 its first and last five', () => {
    const rows = (text: string) => {
      const [rating] = tables(text);
      expect(rating![0]!.slice(0, 6)).toEqual(['Место', 'Код ОО', 'Наименование ОО', 'Баллы', 'Максимум', '% от максимума']);
      return rating!.slice(1).map((r) => ({ rank: number(r[0]!), schoolId: r[1], total: number(r[3]!), max: number(r[4]!), percent: number(r[5]!) }));
    };
    const appendix = md.split(/^## /m).find((part) => part.startsWith('Приложение 2. '))!;
    const fromScore = score.schools.map((s) => ({ rank: s.rank, schoolId: s.schoolId, total: s.total, max: s.max, percent: s.percent }));
    expect(fromScore).toHaveLength(30);
    expect(rows(appendix)).toEqual(fromScore);
    expect(rows(section(md, 6))).toEqual([...fromScore.slice(0, 5), ...fromScore.slice(-5)]);
  });

  it('section 9: the list to approve is the flagged schools, the risk zone cluster 2 of cluster --format json', () => {
    const text = section(md, 9);
    expect(text).toContain(`1. Утвердить список ШНОР на 2025/2026 уч. г. (8: ${FLAGGED_2025.join(', ')})`);
    const risk = cluster.schools.filter((s) => s.cluster === 2).map((s) => s.schoolId);
    expect(text).toContain(`2. Включить школы зоны риска (${risk.length}: ${risk.join(', ')})`);
    // the demo district has no facts file: collecting them is proposed
    expect(text).toContain('Организовать сбор данных мониторинга целевых показателей');
  });

  it('section 7: each school of a cluster in its cluster of cluster --format json, the others named once', () => {
    const [clusters] = tables(section(md, 7));
    const fromReport = Object.fromEntries(clusters!.slice(1).map((r) => [r[0], { cluster: number(r[2]!), label: r[3] }]));
    expect(cluster.schools).toHaveLength(30);
    const inClusters = cluster.schools.filter((s) => s.cluster !== null);
    expect(fromReport).toEqual(Object.fromEntries(inClusters.map((s) => [s.schoolId, { cluster: s.cluster, label: s.label }])));
    const outside = cluster.schools.filter((s) => s.cluster === null).map((s) => s.schoolId);
    expect(section(md, 7)).toContain(`Вне кластеров — школ: ${outside.length} (${outside.join(', ')}).`);
    // the 8 flagged schools are cluster 1 (EXPECTED.md), and DM-20, on the profile's regional list (the schools flagged for 2024)
    expect(cluster.schools.filter((s) => s.cluster === 1).map((s) => s.schoolId).sort()).toEqual([...FLAGGED_2025, 'DM-20'].sort());
  });

  it('section 8: for each school of clusters 1 and 2 its first five measures of recommend --format json (the municipal ones apart), with their texts', () => {
    expect(recommend.year).toBe(2025);
    const [perSchool, municipal] = section(md, 8).split(/^### Меры муниципального уровня$/m);
    // a heading names one school («DM-09 МБОУ …») or the schools with the same first measures («DM-03, DM-05, …»)
    const blocks = perSchool!.split(/^### /m).slice(1).map((block) => {
      const names = block.startsWith('Все школы кластера') ? block.split('\n')[0]!.split('»: ')[1]! : block.split(' — ')[0]!;
      return { ids: names.split(', ').map((name) => name.split(' ')[0]!), block };
    });
    const clustered = new Set(cluster.schools.filter((s) => s.cluster === 1 || s.cluster === 2).map((s) => s.schoolId));
    const shown = recommend.schools.filter((s) => clustered.has(s.schoolId) && s.recommendations.some((r) => r.audience !== 'methodological-service'));
    expect(shown.length).toBeGreaterThan(0);
    // a school is under the heading of its cluster's shared measures and/or of its own
    expect([...new Set(blocks.flatMap((b) => b.ids))].sort()).toEqual(shown.map((s) => s.schoolId).sort());
    for (const school of shown) {
      const first = school.recommendations.filter((r) => r.audience !== 'methodological-service').slice(0, 5);
      const items = blocks.filter((b) => b.ids.includes(school.schoolId)).flatMap((b) => b.block.split('\n').filter((line) => line.startsWith('- ')));
      expect(items.length, school.schoolId).toBe(first.length);
      // grouped by addressee, so compared as sets: each shown item is one of the first five, whole, with its grounds after «—»
      expect(items.map((item) => first.findIndex((r) => item.startsWith(`- ${r.text} — `))).sort(), school.schoolId).toEqual(first.map((_, i) => i));
    }
    // the municipal service's measures for the schools of clusters 1 and 2, once each, with the schools they concern
    const municipalTexts = new Set(recommend.schools.filter((s) => clustered.has(s.schoolId)).flatMap((s) => s.recommendations.filter((r) => r.audience === 'methodological-service').map((r) => r.text)));
    expect(municipal!.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(municipalTexts.size);
  });

  it('report.xlsx: every measure of every school, as recommend --format json gives them, in the sheet of the full list', async () => {
    const sheet = (await workbook()).worksheets.at(-1)!;
    expect(sheet.getCell('A1').value).toBe('Адресные меры: полный перечень');
    const rows: string[] = [];
    let header = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Код ОО') header = n;
      else if (header > 0) rows.push(`${row.getCell(1).value} ${row.getCell(5).value}`);
    });
    const expected = recommend.schools.flatMap((s) => s.recommendations.map((r) => `${s.schoolId} ${r.text}`));
    expect(expected.length).toBeGreaterThan(100);
    expect(rows).toEqual(expected);
  });

  it('every chart report.md links to exists under charts/ and is an SVG; every SVG is linked', () => {
    const linked = [...md.matchAll(/\]\(charts\/([^)]+)\.svg\)/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(0);
    for (const name of linked) {
      const svg = files.get(`charts/${name}.svg`) as string;
      expect(svg.startsWith('<svg'), name).toBe(true);
      expect(svg.trimEnd().endsWith('</svg>'), name).toBe(true);
    }
    expect([...linked].sort()).toEqual([...files.keys()].filter((f) => f.startsWith('charts/')).map((f) => f.replace(/^charts\/|\.svg$/g, '')).sort());
    // a shares chart per procedure of the list table, a years chart per flagged school, the clusters chart
    for (const id of FLAGGED_2025) expect(linked).toContain(`years-${id}`);
    expect(linked).toContain('clusters');
  });

  async function workbook(): Promise<ExcelJS.Workbook> {
    return workbookFrom(files.get('report.xlsx') as Buffer);
  }

  it('report.xlsx: a sheet per section, each opening with its section title, then the full list of measures', async () => {
    const book = await workbook();
    expect(book.worksheets.map((ws) => ws.getCell('A1').value)).toEqual([...SECTIONS_RU, 'Успеваемость и качество', 'Адресные меры: полный перечень']);
  });

  it('report.xlsx: the sheets are named after the sections, a title over Excel\'s 31 characters cut between words, «:» left out', async () => {
    const book = await workbook();
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      '1. Общие сведения', '2. Список ШНОР', '3. Школы в сложных социальных', '4. Динамика результатов', '5. Целевые показатели программы',
      '6. Рейтинг по муниципальным', '7. Кластеры', '8. Адресные рекомендации', '9. Выводы и предложения', 'Приложение 1. Графики', 'Приложение 2. Рейтинг все школы',
      'Приложение 3. Методика и данные', 'Успеваемость и качество', 'Адресные меры полный перечень',
    ]);
  });

  it('report.xlsx: «успеваемость» and «качество знаний» per school × procedure, in the workbook only', async () => {
    const rows: unknown[][] = [];
    (await workbook()).getWorksheet('Успеваемость и качество')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    // the demo's DM-01 ВПР математика 5 кл. 2025: «2» 10, «3» 37, «4» 22, «5» 11 of 80 → 70/80 = 87,5%, 33/80 = 41,25%
    const dm01 = rows.find((r) => r[0] === 'школа' && r[1] === 'DM-01' && r[4] === 'ВПР Математика 5 кл.' && r[5] === '2024/2025 уч. г.')!;
    expect(dm01.slice(6)).toEqual([10, 37, 22, 11, 80, 0.875, 0.4125]);
    expect(md).not.toContain('Качество знаний');
  });

  it('report.xlsx: the region\'s row from the reference\'s shares of marks (fixtures/demo/EXPECTED.md), none where the reference has no shares', async () => {
    const rows: unknown[][] = [];
    (await workbook()).getWorksheet('Успеваемость и качество')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const region = rows.filter((r) => r[0] === 'регион');
    // region-reference.csv, ВПР математика 5 кл. 2025: 10,1 / 40,6 / 31,4 / 17,9 → 100 − 10,1 = 89,9%, 31,4 + 17,9 = 49,3%
    const ma5 = region.find((r) => r[4] === 'ВПР Математика 5 кл.' && r[5] === '2024/2025 уч. г.')!;
    expect(Array.from(ma5.slice(6, 13), (v) => (typeof v === 'number' ? Number(v.toFixed(6)) : v ?? null))).toEqual([0.101, 0.406, 0.314, 0.179, null, 0.899, 0.493]);
    // the four ВПР of 2024 and 2025; ОГЭ and ЕГЭ базовая have a mean only in the reference: no region row
    expect(region.map((r) => r[4]).sort()).toEqual([...Array(2).fill('ВПР Математика 5 кл.'), ...Array(2).fill('ВПР Математика 6 кл.'), ...Array(2).fill('ВПР Русский язык 5 кл.'), ...Array(2).fill('ВПР Русский язык 6 кл.')]);
    expect(String(rows.at(-1)![0])).toContain('регион — по долям отметок справочного файла');
  });

  it('report.xlsx: the list sheet has every flagged id and fills exactly the low shares', async () => {
    const list = (await workbook()).worksheets[1]!;
    const values: unknown[] = [];
    list.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    for (const id of FLAGGED_2025) expect(values, id).toContain(id);

    // the shares table: per flagged school, the filled cells are exactly its 2025 low results
    const LOW = 'FFF4B6B6';
    let filled = 0;
    list.eachRow((row) => {
      const id = row.getCell(1).value;
      if (typeof id !== 'string' || !FLAGGED_2025.includes(id)) return;
      const lowCells: number[] = [];
      row.eachCell((cell) => {
        const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb === LOW) lowCells.push(Math.round(Number(cell.value) * 10000) / 100);
      });
      if (lowCells.length === 0) return; // the list table's row: no numbers
      filled += lowCells.length;
      const verdict = classify.schools.find((s) => s.schoolId === id)!;
      expect(lowCells.sort((a, b) => a - b), id).toEqual(verdict.lowResults.filter((r) => r.year === 2025).map((r) => r.failShare).sort((a, b) => a - b));
    });
    // DM-03 2 + DM-05 1 + DM-07 2 + DM-09 1 + DM-11 1 + DM-12 2 + DM-14 2 + DM-27 1 (EXPECTED.md)
    expect(filled).toBe(12);
  });

  it('is deterministic: a second run draws the same files, byte for byte (xlsx and SVGs included)', async () => {
    const second = await runReportCommand(DEMO);
    expect(second.code, second.stderr).toBe(0);
    const again = await second.files();
    expect([...again.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [f, content] of files) {
      const same = Buffer.from(content).equals(Buffer.from(again.get(f)!));
      expect(same, `${f} differs between two runs`).toBe(true);
    }
  }, 120_000);

  it('--lang en: English section titles in report.md and report.html', async () => {
    const result = await runReportCommand(DEMO, { lang: 'en' });
    expect(result.code, result.stderr).toBe(0);
    const enMd = result.md;
    expect(enMd.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3))).toEqual(SECTIONS_EN);
    for (const title of SECTIONS_RU) expect(enMd).not.toContain(title);
    const html = (await result.files()).get('report.html') as string;
    expect(html).toContain('<html lang="en">');
    for (const title of SECTIONS_EN) expect(html).toContain(`<h2>${title}</h2>`);
  }, 120_000);
});
