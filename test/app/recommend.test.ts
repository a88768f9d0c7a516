/**
 * shnor recommend, run in-process, on small hand-made CSVs in a temp folder: which measures of the
 * catalogue (data/recommendations.json) fire, with which reasons, in which order; --catalog
 * extending or replacing the catalogue; --school; --format md by audience.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from '../../src/model/profile-fields.js';
import { collectIds } from '../../src/cli/options.js';
import type { JsonIssue } from './classify-json.js';
import { csv, OGE_MA, RU_HEADER, STACK_LINE, tempDir, VPR_MA, VPR_RU, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

// The JSON contract of `recommend --format json` (src/report/recommend/document.ts).
interface ReasonJson {
  trigger: 'low-result' | 'indicator' | 'cluster' | 'risk' | 'dynamics';
  procedure: string | null;
  indicator: string | null;
  value: number | string | null;
}

interface RecommendationJson {
  id: string;
  audience: string;
  priority: number;
  text: string;
  responsible: string;
  timing: string;
  source: { document: string; citation: string; section: string; quote: string };
  reasons: ReasonJson[];
}

interface RecommendJson {
  year: number;
  schools: { schoolId: string; cluster: 1 | 2 | 3 | null; recommendations: RecommendationJson[] }[];
  issues: JsonIssue[];
}

function schoolOf(report: RecommendJson, id: string): RecommendJson['schools'][number] {
  const found = report.schools.find((s) => s.schoolId === id);
  if (!found) throw new Error(`no school ${id}; ids: ${report.schools.map((s) => s.schoolId).join(', ')}`);
  return found;
}

function measureOf(report: RecommendJson, school: string, id: string): RecommendationJson {
  const found = schoolOf(report, school).recommendations.find((r) => r.id === id);
  if (!found) throw new Error(`no measure ${id} for ${school}; ids: ${schoolOf(report, school).recommendations.map((r) => r.id).join(', ')}`);
  return found;
}

const ids = (report: RecommendJson, school: string) => schoolOf(report, school).recommendations.map((r) => r.id);


// One year, 2025 (2024/2025).
const RESULTS = csv([
  RU_HEADER,
  // R1: ВПР МА 5 12 of 30 = 40% (low), ВПР РУ 5 3 of 30 = 10%: one low result → not on the list
  ['R1', 'Школа 1', 2025, VPR_MA, 30, 12], ['R1', 'Школа 1', 2025, VPR_RU, 30, 3],
  // R2: ВПР МА 5 12 of 30 = 40% and ОГЭ МА 10 of 25 = 40%: two low mathematics results → criterion A
  ['R2', 'Школа 2', 2025, VPR_MA, 30, 12], ['R2', 'Школа 2', 2025, OGE_MA, 25, 10],
  // R3: ВПР МА 5 1 of 30 = 3,33%: nothing low
  ['R3', 'Школа 3', 2025, VPR_MA, 30, 1],
], ';');

const MOTIVATION = 'Риск: низкая учебная мотивация обучающихся';
// R1: the motivation risk of high significance (R7); R3: of low significance, which calls for nothing
const PROFILE = csv([['Код ОО', MOTIVATION], ['R1', 'высокая'], ['R3', 'низкая']], ';');

/** The mathematics measures of the shipped catalogue (trigger: a low result in ВПР/ОГЭ/ЕГЭ математика). */
const MATH_MEASURES = ['low-result-ma-content-analysis', 'low-result-ma-teacher-routes', 'low-result-ma-rmo-tutors'];
const MOTIVATION_MEASURES = ['risk-motivation-class-hours', 'risk-motivation-modern-methods', 'risk-motivation-projects'];

/** A measure of our own, fired by a low ВПР математика 5. */
const OWN_ENTRY = {
  id: 'own-ma-club',
  trigger: { kind: 'low-result', procedures: [{ kind: 'VPR', subject: 'MA', grade: 5 }] },
  audience: 'pupils',
  measure: 'Открыть математический кружок для пятиклассников.',
  responsible: 'Учитель математики',
  timing: 'С сентября',
  source: { document: 'Тестовый каталог', section: 'п. 1', quote: 'кружок' },
  own: true,
};

describe('shnor recommend on a hand-made district', () => {
  let dir: string;
  let json: RecommendJson;

  beforeAll(async () => {
    dir = await tempDir('shnor-recommend-');
    await writeIn(dir, 'results.csv', RESULTS);
    await writeIn(dir, 'profile.csv', PROFILE);
    const run = await runCommandJson<RecommendJson>('recommend', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(run.result.code, run.result.stderr).toBe(0);
    json = run.json;
  }, 60_000);

  it('the profile header used here is the template\'s (src/model/profile-fields.ts)', () => {
    expect(PROFILE_FIELDS.find((f) => f.key === 'risks.motivation')?.headers.ru).toBe(MOTIVATION);
  });

  it('has the keys of the contract: year, schools [{schoolId, cluster, recommendations}], issues', () => {
    expect(json).toMatchObject({ year: 2025, issues: [] });
    expect(json.schools.map((s) => s.schoolId).sort()).toEqual(['R1', 'R2', 'R3']);
    const rec = schoolOf(json, 'R1').recommendations[0]!;
    expect(Object.keys(rec).sort()).toEqual(['audience', 'id', 'priority', 'reasons', 'responsible', 'source', 'text', 'timing']);
    expect(Object.keys(rec.source).sort()).toEqual(['citation', 'document', 'quote', 'section']);
    expect(Object.keys(rec.reasons[0]!).sort()).toEqual(['indicator', 'procedure', 'trigger', 'value']);
    for (const school of json.schools) {
      for (const r of school.recommendations) {
        expect(['management', 'teachers', 'pupils', 'parents', 'methodological-service']).toContain(r.audience);
        expect(r.text.length, r.id).toBeGreaterThan(0);
        expect(r.reasons.length, r.id).toBeGreaterThan(0);
      }
    }
  });

  it('R1, ВПР математика 5 at 12 of 30 = 40%: the mathematics measures, because of that low result', () => {
    for (const id of MATH_MEASURES) {
      const measure = measureOf(json, 'R1', id);
      expect(measure.priority, id).toBe(1);
      expect(measure.reasons, id).toEqual([{ trigger: 'low-result', procedure: 'VPR-MA-5', indicator: null, value: 40 }]);
    }
    // the source: the registry's id for data, its short citation for the reader (data/sources.json)
    expect(measureOf(json, 'R1', 'low-result-ma-content-analysis').source).toMatchObject({
      document: 'bichura-2021', citation: 'приказ УО администрации МО «Бичурский район» от 03.03.2021 № 44', section: 'План мероприятий, п. 2.3',
    });
    expect(measureOf(json, 'R1', 'low-result-ma-rmo-tutors').source).toMatchObject({
      document: 'slavyansk-2022', citation: 'приказ УО Славянского района от 12.09.2022 № 1496', section: '5. Дорожная карта, п. 4.2',
    });
    // ВПР русский язык 5 at 10% is not low: no Russian-language measure
    expect(ids(json, 'R1').filter((id) => id.startsWith('low-result-ru-'))).toEqual([]);
  });

  it('R1, motivation risk «высокая»: the motivation measures, with {risk, motivation, high}, after the low-result ones', () => {
    for (const id of MOTIVATION_MEASURES) {
      const measure = measureOf(json, 'R1', id);
      expect(measure.priority, id).toBe(3);
      expect(measure.reasons, id).toEqual([{ trigger: 'risk', procedure: null, indicator: 'motivation', value: 'high' }]);
    }
    const list = schoolOf(json, 'R1').recommendations;
    const lastLow = Math.max(...list.map((r, i) => (r.reasons.some((x) => x.trigger === 'low-result') ? i : -1)));
    const firstRisk = Math.min(...list.map((r, i) => (r.reasons.some((x) => x.trigger === 'risk') ? i : Infinity)));
    expect(lastLow).toBeGreaterThanOrEqual(0);
    expect(firstRisk).toBeGreaterThan(lastLow);
    // priority never decreases down the list
    const priorities = list.map((r) => r.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
  });

  it('R3: a risk of «низкая» significance calls for no measure; nothing low → no low-result measure', () => {
    const r3 = ids(json, 'R3');
    for (const id of MOTIVATION_MEASURES) expect(r3).not.toContain(id);
    expect(r3.filter((id) => id.startsWith('low-result-'))).toEqual([]);
  });

  it('R2: a measure reached by two low results (ВПР МА 5 and ОГЭ МА) appears once, with both reasons', () => {
    const list = ids(json, 'R2');
    expect(new Set(list).size).toBe(list.length);
    for (const id of MATH_MEASURES) {
      expect(list.filter((x) => x === id), id).toHaveLength(1);
      expect(measureOf(json, 'R2', id).reasons, id).toEqual([
        { trigger: 'low-result', procedure: 'VPR-MA-5', indicator: null, value: 40 },
        { trigger: 'low-result', procedure: 'OGE-MA', indicator: null, value: 40 },
      ]);
    }
    // a measure for ВПР and КДР only keeps the ВПР reason
    expect(measureOf(json, 'R2', 'low-result-difficulty-maps').reasons).toEqual([{ trigger: 'low-result', procedure: 'VPR-MA-5', indicator: null, value: 40 }]);
    // criterion A → cluster 1 and its measures
    expect(schoolOf(json, 'R2').cluster).toBe(1);
    expect(measureOf(json, 'R2', 'cluster-1-curator').reasons).toEqual([{ trigger: 'cluster', procedure: null, indicator: null, value: 1 }]);
  });

  it('--catalog FILE extends the catalogue with a measure of its own', async () => {
    await writeIn(dir, 'catalog-extend.json', JSON.stringify({ entries: [OWN_ENTRY] }, null, 2));
    const { result, json: extended } = await runCommandJson<RecommendJson>('recommend', { inputs: ['results.csv'], catalog: 'catalog-extend.json' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(measureOf(extended, 'R1', 'own-ma-club')).toMatchObject({
      audience: 'pupils', priority: 1, text: OWN_ENTRY.measure, responsible: OWN_ENTRY.responsible, timing: OWN_ENTRY.timing,
      // own: true — «собственная мера shnor», whatever document the entry names
      source: { ...OWN_ENTRY.source, citation: 'собственная мера shnor' },
      reasons: [{ trigger: 'low-result', procedure: 'VPR-MA-5', indicator: null, value: 40 }],
    });
    // the shipped measures are still there
    for (const id of MATH_MEASURES) expect(ids(extended, 'R1')).toContain(id);
    expect(ids(extended, 'R3')).not.toContain('own-ma-club');
  });

  it('--lang en: said once that the catalogue is in Russian; not in Russian output, nor for a catalogue of one\'s own in English', async () => {
    const note = 'The measures, the responsible and the timing are quoted from the recommendation catalogue, which is in Russian';
    const en = await runCommand('recommend', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir, lang: 'en' });
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout.split(note)).toHaveLength(2);
    const ru = await runCommand('recommend', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(ru.stdout).not.toContain('из каталога рекомендаций на русском языке');
    const english = { ...OWN_ENTRY, measure: 'Open a mathematics club for grade 5.', responsible: 'Mathematics teacher', timing: 'From September' };
    await writeIn(dir, 'catalog-en.json', JSON.stringify({ mode: 'replace', entries: [english] }, null, 2));
    const own = await runCommand('recommend', { inputs: ['results.csv'], catalog: 'catalog-en.json' }, { cwd: dir, lang: 'en' });
    expect(own.code, own.stderr).toBe(0);
    expect(own.stdout).toContain('Open a mathematics club for grade 5.');
    expect(own.stdout).not.toContain(note);
  });

  it('--catalog FILE with "mode": "replace": only the file\'s measures remain', async () => {
    await writeIn(dir, 'catalog-replace.json', JSON.stringify({ mode: 'replace', entries: [OWN_ENTRY] }, null, 2));
    const { result, json: replaced } = await runCommandJson<RecommendJson>('recommend', { inputs: ['results.csv'], profile: 'profile.csv', catalog: 'catalog-replace.json' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(ids(replaced, 'R1')).toEqual(['own-ma-club']);
    expect(ids(replaced, 'R2')).toEqual(['own-ma-club']);
    expect(ids(replaced, 'R3')).toEqual([]);
  });

  it('an invalid catalogue → exit 2 naming the file, no stack, nothing on stdout', async () => {
    const bad = { entries: [{ ...OWN_ENTRY, audience: 'nobody' }] };
    await writeIn(dir, 'catalog-bad.json', JSON.stringify(bad));
    await writeIn(dir, 'catalog-broken.json', '{ "entries": [ ');
    await writeIn(dir, 'catalog-dup.json', JSON.stringify({ entries: [OWN_ENTRY, OWN_ENTRY] }));
    for (const file of ['catalog-bad.json', 'catalog-broken.json', 'catalog-dup.json']) {
      const result = await runCommand('recommend', { inputs: ['results.csv'], catalog: file }, { cwd: dir, format: 'json' });
      expect(result.code, `${file}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toContain(file);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stdout).toBe('');
    }
    const badAudience = await runCommand('recommend', { inputs: ['results.csv'], catalog: 'catalog-bad.json' }, { cwd: dir });
    expect(badAudience.stderr).toContain('audience');
  });

  it('--school keeps only the schools named', async () => {
    const one = await runCommandJson<RecommendJson>('recommend', { inputs: ['results.csv'], profile: 'profile.csv', school: ['R1'] }, { cwd: dir });
    expect(one.result.code, one.result.stderr).toBe(0);
    expect(one.json.schools.map((s) => s.schoolId)).toEqual(['R1']);
    expect(one.json.schools[0]).toEqual(schoolOf(json, 'R1'));
    const two = await runCommandJson<RecommendJson>('recommend', { inputs: ['results.csv'], school: collectIds('R1,R3') }, { cwd: dir });
    expect(two.json.schools.map((s) => s.schoolId).sort()).toEqual(['R1', 'R3']);
    const unknown = await runCommand('recommend', { inputs: ['results.csv'], school: ['R9'] }, { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('R9');
    expect(unknown.stderr).not.toMatch(STACK_LINE);
  });

  it('--format md: a heading per school, the measures grouped by audience', async () => {
    const result = await runCommand('recommend', { inputs: ['results.csv'], profile: 'profile.csv', school: ['R1'] }, { cwd: dir, format: 'md' });
    expect(result.code, result.stderr).toBe(0);
    const md = result.stdout;
    expect(md).toMatch(/^## R1 Школа 1/m);
    const labels: Record<string, string> = {
      management: 'Управленческая команда',
      teachers: 'Педагоги',
      pupils: 'Обучающиеся',
      parents: 'Родители',
      'methodological-service': 'Муниципальная методическая служба',
    };
    // an audience's label on a line of its own (a heading or a bold line), then its measures as list items
    const groups = new Map<string, string>();
    const parts = md.split(/^(?:#{3,4} |\*\*)([^*\n]+?)(?:\*\*)?$/m);
    for (let i = 1; i < parts.length; i += 2) groups.set(parts[i]!.trim(), parts[i + 1]!);
    const r1 = schoolOf(json, 'R1').recommendations;
    const audiences = [...new Set(r1.map((r) => r.audience))];
    expect(audiences.length).toBeGreaterThan(1);
    // the groups come in the catalogue's audience order
    expect([...groups.keys()]).toEqual(Object.keys(labels).filter((a) => audiences.includes(a)).map((a) => labels[a]));
    for (const rec of r1) {
      const group = groups.get(labels[rec.audience]!);
      expect(group, `no group «${labels[rec.audience]}»`).toBeDefined();
      expect(group!.split('\n').filter((line) => line.startsWith('- ') && line.includes(rec.text)), rec.id).toHaveLength(1);
    }
    expect(md.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(r1.length);
    expect(md).toContain('Управленческая команда');
    expect(md).toContain('Педагоги');
  });

  it('the terminal: per school its first five measures but the municipal service\'s, a line each; those once at the end; --full every measure', async () => {
    const summary = await runCommand('recommend', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(summary.code, summary.stderr).toBe(0);
    const r1 = schoolOf(json, 'R1').recommendations;
    // the справка's rule (src/report/recommend/report.ts priorityMeasures): in priority order, not the municipal service's, five at most
    const first = r1.filter((r) => r.audience !== 'methodological-service').slice(0, 5);
    expect(r1.length).toBeGreaterThan(5);
    const block = summary.stdout.split('\n\n').find((part) => part.startsWith('R1 Школа 1'))!;
    const lines = block.split('\n').slice(1);
    expect(lines).toHaveLength(first.length);
    first.forEach((rec, i) => expect(lines[i], rec.id).toContain(`: ${rec.text} — `));
    // a measure of the municipal service once, with the schools it concerns
    const municipal = json.schools.flatMap((school) => school.recommendations).filter((r) => r.audience === 'methodological-service');
    expect(municipal.length).toBeGreaterThan(0);
    for (const text of new Set(municipal.map((r) => r.text))) expect(summary.stdout.split(text).length - 1, text).toBe(1);
    expect(summary.stdout).toContain('Всего мер: ');
    // --full: every measure of R1 with its responsible and source, as before
    const full = await runCommand('recommend', { inputs: ['results.csv'], profile: 'profile.csv', full: true }, { cwd: dir });
    for (const rec of r1) expect(full.stdout, rec.id).toContain(`– ${rec.text} (ответственные: ${rec.responsible}`);
    expect(full.stdout.split('\n').length).toBeGreaterThan(summary.stdout.split('\n').length);
    // the other formats keep every measure without --full
    const md = await runCommand('recommend', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir, format: 'md' });
    for (const rec of r1) expect(md.stdout, rec.id).toContain(rec.text);
  });

  it('--format csv: a row per measure; the header is in Russian like the other commands\' (no raw audience/priority/measure keys)', async () => {
    const result = await runCommand('recommend', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir, format: 'csv' });
    expect(result.code, result.stderr).toBe(0);
    const records = result.stdout.replace(/^\uFEFF/, '').split(/\r?\n(?=R\d,)/);
    const header = records[0]!.split(',');
    expect(header.slice(0, 2)).toEqual(['Код ОО', 'Наименование ОО']);
    expect(records.length - 1).toBe(json.schools.reduce((n, s) => n + s.recommendations.length, 0));
    for (const key of ['audience', 'priority', 'measure']) expect(header, `untranslated column «${key}»`).not.toContain(key);
  });
});
