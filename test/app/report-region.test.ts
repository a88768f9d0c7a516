/**
 * The справка of a region (issue 22): a district of 600 schools written by scripts/district.mjs (about
 * one school in seven a ШНОР: 79 of them) is above every threshold of src/report/yearly/long-lists.ts
 * (30 flagged schools, 40 rows of the cluster table, 30 schools of clusters 1 and 2), so the printed
 * body gives the compact forms and the workbook gets the detail. Each compact form is checked against
 * what another command says of the same input: the ШНОР of classify, the clusters of cluster. The demo
 * district (30 schools) stays below them: its справка has none of the workbook-only detail sheets.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/app/report.js';
import type { YearAnalysis } from '../../src/rules/analysis.js';
import { clusterLabel } from '../../src/report/cluster/report.js';
import { blocksOn, plainText, type Block, type Document, type Section } from '../../src/report/document/model.js';
import type { Table } from '../../src/report/table-model.js';
import { CLUSTER_ROWS_ABOVE, DYNAMICS_TABLE_ABOVE, LIST_SHORT_ABOVE, MEASURES_BY_MEASURE_ABOVE } from '../../src/report/yearly/long-lists.js';
// @ts-expect-error a plain ESM script without types
import { writeDistrict } from '../../scripts/district.mjs';
import type { JsonSchool } from './classify-json.js';
import { ROOT, tempDir } from './files.js';
import { runCommand, runWith } from './run.js';

const SCHOOLS = 600;

const sectionOf = (document: Document, id: string): Section => {
  const found = document.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const tablesOf = (blocks: Block[]): Table[] => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const textsOf = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [plainText(b.text)] : b.kind === 'heading' ? [b.text] : b.kind === 'list' ? b.items.map((i) => plainText(typeof i === 'string' ? i : i.text)) : []));

describe('report of a region: the compact forms above the thresholds, the detail in the workbook', () => {
  let document: Document;
  let analysis: YearAnalysis;
  let flaggedIds: string[];
  let clusterCounts: Map<number | null, number>;
  const inputs = { inputs: [] as string[], profile: '' };

  beforeAll(async () => {
    const dir = await tempDir('shnor-region-');
    inputs.inputs = [join(dir, 'results.csv')];
    inputs.profile = join(dir, 'profile.csv');
    await writeDistrict({ results: inputs.inputs[0], profile: inputs.profile }, SCHOOLS);
    const run = await runWith({}, (config, env) => runReport({ ...inputs, config }, env));
    expect(run.code, run.stderr).toBe(0);
    ({ document, data: analysis } = run.value!);
    const classify = await runCommand('classify', inputs, { format: 'json' });
    flaggedIds = (JSON.parse(classify.stdout).schools as JsonSchool[]).filter((s) => s.flagged).map((s) => s.schoolId);
    const cluster = await runCommand('cluster', inputs, { format: 'json' });
    clusterCounts = new Map();
    for (const s of JSON.parse(cluster.stdout).schools as { cluster: number | null }[]) clusterCounts.set(s.cluster, (clusterCounts.get(s.cluster) ?? 0) + 1);
  }, 120_000);

  it('is a region above every threshold', () => {
    expect(flaggedIds.length).toBeGreaterThan(Math.max(LIST_SHORT_ABOVE, DYNAMICS_TABLE_ABOVE));
    expect((clusterCounts.get(1) ?? 0) + (clusterCounts.get(2) ?? 0)).toBeGreaterThan(Math.max(CLUSTER_ROWS_ABOVE, MEASURES_BY_MEASURE_ABOVE));
  });

  it('section 2 keeps the whole list, its low results named by year; each with share and counts on the sheet', () => {
    const [list] = tablesOf(blocksOn(sectionOf(document, 'list'), 'page'));
    expect(list!.rows.map((r) => r.cells[0]!.value)).toEqual(flaggedIds);
    // no share on the page's cell, «2024/2025 уч. г.: …» a line per year
    const cell = String(list!.rows[0]!.cells[3]!.value);
    expect(cell).toMatch(/^2024\/2025 уч\. г\.: /);
    expect(cell).not.toMatch(/%/);
    const full = sectionOf(document, 'list-full');
    expect(full.only).toBe('sheet');
    const [detail] = tablesOf(full.blocks);
    expect(detail!.rows.map((r) => r.cells[0]!.value)).toEqual(flaggedIds);
    expect(String(detail!.rows[0]!.cells[3]!.value)).toMatch(/%/);
    expect(textsOf(sectionOf(document, 'list').blocks).some((t) => t.includes(`«${full.title}»`))).toBe(true);
  });

  it('section 4 is one table, a row per ШНОР of classify; every procedure at risk on the sheet the sentence names', () => {
    const section = sectionOf(document, 'dynamics');
    expect(section.blocks.some((b) => b.kind === 'heading' && b.text.startsWith('Школа '))).toBe(false);
    const [table] = tablesOf(section.blocks);
    expect(table!.headers).toEqual(['Код ОО', 'Наименование ОО', 'Процедуры с риском', 'Общая динамика к 2024/2025 уч. г.']);
    expect(table!.rows.map((r) => r.cells[0]!.value)).toEqual(flaggedIds);
    const sheet = sectionOf(document, 'dynamics-schools');
    expect(sheet.only).toBe('sheet');
    expect(textsOf(section.blocks)[0]).toContain(`лист «${sheet.title}» книги report.xlsx`);
    // «N из M»: N is the school's rows on the sheet, M its procedures of the method (8 at most)
    const [detail] = tablesOf(sheet.blocks);
    for (const row of table!.rows) {
      const [, shown, all] = /^(\d+) из (\d+)$/.exec(String(row.cells[2]!.value))!;
      expect(detail!.rows.filter((r) => r.cells[0]!.value === row.cells[0]!.value)).toHaveLength(Number(shown));
      expect(Number(all)).toBeLessThanOrEqual(8);
    }
    // the movement: the list's stayed and entered schools are the ШНОР of the year
    expect(analysis.list.stayed.length + analysis.list.entered.length).toBe(flaggedIds.length);
    expect(textsOf(section.blocks).at(-1)).toContain(`остались — ${analysis.list.stayed.length}`);
  });

  it('section 7 counts the schools per cluster as cluster counts them; only a cluster of at most 40 as a table', () => {
    const section = sectionOf(document, 'clusters');
    const [counts, ...small] = tablesOf(section.blocks);
    expect(counts!.rows.map((r) => [r.cells[0]!.value, r.cells[2]!.value])).toEqual(
      [1, 2, 3, null].map((c) => [c ?? '—', clusterCounts.get(c) ?? 0]),
    );
    expect(counts!.rows.reduce((sum, r) => sum + Number(r.cells[2]!.value), 0)).toBe(SCHOOLS);
    const printed = [1, 2, 3].filter((c) => (clusterCounts.get(c) ?? 0) > 0 && clusterCounts.get(c)! <= CLUSTER_ROWS_ABOVE);
    expect(small.map((t) => t.rows[0]!.cells[2]!.value)).toEqual(printed);
    small.forEach((t, i) => expect(t.rows).toHaveLength(clusterCounts.get(printed[i]!)!));
    const [full] = tablesOf(sectionOf(document, 'clusters-schools').blocks);
    expect(full!.rows).toHaveLength(SCHOOLS - (clusterCounts.get(null) ?? 0));
  });

  it('section 8 names each first measure once with its schools: the counts add up to every school\'s first measures', () => {
    const blocks = sectionOf(document, 'recommendations').blocks;
    for (const cluster of [1, 2] as const) {
      const ids = analysis.clusters.filter((c) => c.cluster === cluster).map((c) => c.schoolId);
      // a school's first measures: its first five that are not the municipal service's
      const first = ids.reduce((sum, id) => sum + Math.min(5, (analysis.recommendations.get(id) ?? []).filter((r) => r.audience !== 'methodological-service').length), 0);
      const start = blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(`${clusterLabel(cluster, 'ru')} — ${ids.length} `));
      expect(start).toBeGreaterThan(-1);
      const next = blocks.findIndex((b, i) => i > start && b.kind === 'heading');
      const lines = textsOf(blocks.slice(start + 1, next === -1 ? undefined : next)).filter((t) => t.includes(' — школ: '));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.reduce((sum, t) => sum + Number(/ — школ: (\d+) \(/.exec(t)![1]), 0)).toBe(first);
    }
    expect(sectionOf(document, 'measures').only).toBe('sheet');
  });
});

describe('report of the demo district: below every threshold', () => {
  it('has none of the region\'s detail sheets', async () => {
    const demo = { inputs: [join(ROOT, 'fixtures/demo/district.xlsx')], profile: join(ROOT, 'fixtures/demo/schools-profile.xlsx') };
    const run = await runWith({}, (config, env) => runReport({ ...demo, config }, env));
    expect(run.code, run.stderr).toBe(0);
    const ids = run.value!.document.sections.map((s) => s.id);
    expect(ids).not.toContain('list-full');
    expect(ids).not.toContain('dynamics-schools');
    expect(ids).not.toContain('clusters-schools');
  }, 60_000);
});
