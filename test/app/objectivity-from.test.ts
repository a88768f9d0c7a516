/**
 * --objectivity-from on `score`, `check` and `report`, run in-process on the per-pupil export of
 * test/app/pupil-export.ts (ФИС ОКО «Проведение работы по математике, 5 класс. ВПР 2021», scale: «3» from
 * 7, «4» from 11, «5» from 15), worked by hand there:
 * - the region: 240 with a score, 12 at 7–8 points (5%); 239 with a journal mark, 11 повысили (4,60%);
 * - sch220001: повысили 11 of 24 = 45,8%, P(X ≥ 11 | 24, 11/239) = 2,80·10⁻⁹; 8 of 25 = 32% at 7–8
 *   points, P(X ≥ 8 | 25, 0,05) = 1,958·10⁻⁵ → flagged, 1.18 0 of 3; sch220003: 2 of 25 at the
 *   boundary, p = 0,36, no sign → 3 of 3.
 * Beside it a results file of another kind (long layout): school sch229001 with ВПР МА 5 of 2021 and no
 * per-pupil export — not covered by the computed signs, so 1.18 from the profile.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { csv, tempDir, writeIn } from './files.js';
import { PUPIL_EXPORT as EXPORT, PUPIL_EXPORT_NAME as NAME } from './pupil-export.js';
import { runCommand, runCommandJson, runReportCommand } from './run.js';

interface ScoreJson {
  schools: { schoolId: string; total: number; indicators: { id: string; value: number | null; points: number | null; note: string | null }[] }[];
  objectivitySource: { source: string; file: string | null; text: string };
  issues: { file: string; code: string }[];
}

interface CheckJson {
  dataChecks: { code: string; schoolId: string | null; procedure: string | null; year: number | null; message: string }[];
  objectivitySource: { source: string; file: string | null; text: string } | null;
}

// 11/24 = 45,8%, 11/239 = 4,6%; 8/25 = 32%, 12/240 = 5%; p to two significant digits
const SIGNS_1 = 'повысили 11 из 24 (45,8%) при 4,6% по региону, p = 2,8·10⁻⁹; у границы «3» (7–8 б.) 8 из 25 (32%) при 5% по региону, p = 2,0·10⁻⁵';
const SCHOOL_1 = `по расчёту по работам участников 2020/2021 уч. г.: ВПР Математика 5 кл. — ${SIGNS_1}`;

const indicatorOf = (json: ScoreJson, school: string) => json.schools.find((s) => s.schoolId === school)!.indicators.find((i) => i.id === '1.18')!;

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  await writeIn(dir, NAME, EXPORT);
  await writeIn(dir, 'long.csv', csv([
    ['school_id', 'school_name', 'year', 'procedure', 'participants', 'fail_count'],
    ['sch229001', 'Школа 9', 2021, 'VPR-MA-5', 20, 2],
  ], ';'));
  await writeIn(dir, 'profile.csv', csv([['Код ОО', 'Признаки необъективности ВПР'], ['sch220003', 'да'], ['sch229001', 'да']], ';'));
  await writeIn(dir, 'markers.csv', ['Год;Логин;Муниципалитет;ОО;4 РУ;4 МА;5 РУ;5 МА;Количество маркеров', '2021;sch220002;Алейский район;Школа 2;0;0;0;1;1'].join('\n'));
});

describe('shnor score --objectivity-from computed', () => {
  it('1.18 from the signs of the per-pupil export: sch220001 0 of 3 with the signs and figures, sch220003 3 of 3', async () => {
    const { result, json } = await runCommandJson<ScoreJson>('score', { inputs: [NAME], objectivityFrom: 'computed' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(indicatorOf(json, 'sch220001')).toMatchObject({ value: 1, points: 0, note: SCHOOL_1 });
    expect(indicatorOf(json, 'sch220003')).toMatchObject({ value: 0, points: 3, note: 'по расчёту по работам участников 2020/2021 уч. г.: признаков нет (ВПР Математика 5 кл.)' });
    expect(json.objectivitySource).toEqual({ source: 'computed', file: null, text: 'по расчёту по работам участников (ФИС ОКО)' });
    // the absent pupil told once, by the results' reading: the export read a second time, for the signs, adds nothing
    expect(json.issues.map((i) => i.code)).toEqual(['absent-pupils']);
  });

  it('the text and the page say the source once; English too', async () => {
    const text = await runCommand('score', { inputs: [NAME], objectivityFrom: 'computed' }, { cwd: dir });
    expect(text.stdout.split('Признаки необъективности: по расчёту по работам участников (ФИС ОКО).')).toHaveLength(2);
    const md = await runCommand('score', { inputs: [NAME], objectivityFrom: 'computed' }, { cwd: dir, format: 'md' });
    expect(md.stdout).toContain(`| 1.18 Признаки необъективности ВПР | есть признаки | **0** | ${SCHOOL_1} |`);
    const en = await runCommand('score', { inputs: [NAME], objectivityFrom: 'computed' }, { cwd: dir, format: 'md', lang: 'en' });
    expect(en.stdout).toContain('Signs of non-objectivity: computed from the pupils\' works (ФИС ОКО).');
    expect(en.stdout).toContain('computed from the pupils\' works of 2020/2021: VPR Mathematics, grade 5 — raised 11 of 24 (45.8%) against 4.6% in the region, p = 2.8·10⁻⁹;');
  });

  it('an input that is no per-pupil export is not used for the signs, says nothing about it: its school takes 1.18 from the profile', async () => {
    const { result, json } = await runCommandJson<ScoreJson>('score', { inputs: [NAME, 'long.csv'], profile: 'profile.csv', objectivityFrom: 'computed' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(indicatorOf(json, 'sch229001')).toMatchObject({ points: 0, note: 'результатов по работам участников за 2020/2021 уч. г. нет — по профилю' });
    // sch220003: «да» in the profile, no computed sign → the computed signs decide, 3 points
    expect(indicatorOf(json, 'sch220003')).toMatchObject({
      points: 3, note: 'по расчёту по работам участников 2020/2021 уч. г.: признаков нет (ВПР Математика 5 кл.); в профиле «Признаки необъективности ВПР» — да; учтён расчёт',
    });
    expect(json.issues.map((i) => i.code)).not.toContain('no-pupil-marks-header');
    expect(result.stderr).not.toContain('отметкой по журналу');
  });

  it('default unchanged: without --markers the profile, with it the list; each named', async () => {
    const plain = await runCommandJson<ScoreJson>('score', { inputs: [NAME] }, { cwd: dir });
    expect(indicatorOf(plain.json, 'sch220001')).toMatchObject({ points: null, note: 'нет данных профиля' });
    expect(plain.json.objectivitySource).toEqual({ source: 'profile', file: null, text: 'по профилю школ' });
    const listed = await runCommandJson<ScoreJson>('score', { inputs: [NAME], markers: 'markers.csv' }, { cwd: dir });
    expect(indicatorOf(listed.json, 'sch220002')).toMatchObject({ points: 0, note: 'в списке признаков необъективности 2021 г.: ВПР Математика 5 кл.' });
    expect(indicatorOf(listed.json, 'sch220001')).toMatchObject({ points: 3, note: 'нет в списке признаков необъективности 2021 г.' });
    expect(listed.json.objectivitySource).toEqual({ source: 'list', file: 'markers.csv', text: 'по официальному списку (markers.csv)' });
    // the list asked for by name is the same as the default
    const named = await runCommandJson<ScoreJson>('score', { inputs: [NAME], markers: 'markers.csv', objectivityFrom: 'list' }, { cwd: dir });
    expect(named.json.schools).toEqual(listed.json.schools);
    // the profile asked for beside a list: the list is not used for 1.18
    const profile = await runCommandJson<ScoreJson>('score', { inputs: [NAME], markers: 'markers.csv', objectivityFrom: 'profile' }, { cwd: dir });
    expect(indicatorOf(profile.json, 'sch220002')).toMatchObject({ points: null, note: 'нет данных профиля' });
  });

  it('list without --markers, computed without a per-pupil export: exit 2 in plain words', async () => {
    const list = await runCommand('score', { inputs: [NAME], objectivityFrom: 'list' }, { cwd: dir });
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('признаки необъективности по официальному списку (--objectivity-from list) — нужен и сам список: укажите файл в --markers');
    const computed = await runCommand('score', { inputs: ['long.csv'], objectivityFrom: 'computed' }, { cwd: dir });
    expect(computed.code).toBe(2);
    expect(computed.stderr).toContain('а среди входных файлов такой нет: long.csv');
  });
});

describe('shnor check --objectivity-from computed', () => {
  it('a warning for sch220001 with its signs beside the other objectivity findings; the source said once', async () => {
    const { result, json } = await runCommandJson<CheckJson>('check', { inputs: [NAME], objectivityFrom: 'computed' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const computed = json.dataChecks.filter((c) => c.code === 'objectivity-computed');
    expect(computed.map((c) => [c.schoolId, c.procedure, c.year])).toEqual([['sch220001', 'VPR-MA-5', 2021]]);
    expect(computed[0]!.message).toBe(`признак необъективности (проверить, это не вывод): по расчёту по работам участников — ${SIGNS_1}`);
    expect(json.objectivitySource).toEqual({ source: 'computed', file: null, text: 'по расчёту по работам участников (ФИС ОКО)' });
    const text = await runCommand('check', { inputs: [NAME], objectivityFrom: 'computed' }, { cwd: dir });
    expect(text.stdout).toContain('sch220001, ВПР Математика 5 кл., 2020/2021 уч. г.: признак необъективности (проверить, это не вывод): по расчёту по работам участников');
    expect(text.stdout.split('Признаки необъективности: по расчёту по работам участников (ФИС ОКО).')).toHaveLength(2);
  });

  it('with the official list too: the computed sign says whether the list has the school; without a source, nothing new', async () => {
    const { json } = await runCommandJson<CheckJson>('check', { inputs: [NAME], markers: 'markers.csv', objectivityFrom: 'computed' }, { cwd: dir });
    const computed = json.dataChecks.find((c) => c.code === 'objectivity-computed')!;
    expect(computed.message).toMatch(/; в официальном списке признаков необъективности 2021 г\. школы нет$/);
    const plain = await runCommandJson<CheckJson>('check', { inputs: [NAME] }, { cwd: dir });
    expect(plain.json.dataChecks.map((c) => c.code)).not.toContain('objectivity-computed');
    expect(plain.json.objectivitySource).toBeNull();
    const listed = await runCommandJson<CheckJson>('check', { inputs: [NAME], markers: 'markers.csv' }, { cwd: dir });
    expect(listed.json.objectivitySource).toEqual({ source: 'list', file: 'markers.csv', text: 'по официальному списку (markers.csv)' });
  });
});

describe('shnor report --objectivity-from computed', () => {
  it('the rating scores 1.18 from the computed signs and says so under it', async () => {
    const { code, stderr, md } = await runReportCommand({ inputs: [NAME], objectivityFrom: 'computed' }, { cwd: dir });
    expect(code, stderr).toBe(0);
    const rating = md.split('## 6. Рейтинг по муниципальным показателям')[1]!.split('\n## ')[0]!;
    expect(rating).toContain('Место — по проценту от максимума, достижимого при имеющихся данных. Признаки необъективности: по расчёту по работам участников (ФИС ОКО).');
    // sch220001: 1.11 no «2» of 25 → 3, 1.18 flagged → 0 (at the bottom of its scale), 1.19 → 3: 6 of 9
    expect(rating).toContain('| 1 | sch220001 |  | 6 | 9 | 66,67 | 1.18 |');
    expect(rating).toContain('| 1 | sch220003 |  | 6 | 9 | 66,67 | 1.19 |');
  });
});

interface RecommendJson {
  schools: { schoolId: string; recommendations: { id: string; reasons: { indicator: string | null }[] }[] }[];
}

describe('shnor recommend --objectivity-from computed', () => {
  it('gives sch220001 (flagged by calculation) the measures on 1.18 and sch220003 (no sign; «да» in the profile) none, and names the source once', async () => {
    const { result, json } = await runCommandJson<RecommendJson>('recommend', { inputs: [NAME], profile: 'profile.csv', objectivityFrom: 'computed' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const on118 = (id: string) => json.schools.find((s) => s.schoolId === id)!.recommendations.filter((r) => r.reasons.some((x) => x.indicator === '1.18')).map((r) => r.id);
    expect(on118('sch220001').length).toBeGreaterThan(0);
    expect(on118('sch220003')).toEqual([]);
    const md = await runCommand('recommend', { inputs: [NAME], profile: 'profile.csv', objectivityFrom: 'computed' }, { cwd: dir, format: 'md' });
    expect(md.stdout.split('Меры по показателю 1.18').length - 1).toBe(1);
    expect(md.stdout).toContain('Меры по показателю 1.18 (признаки необъективности результатов ВПР): признаки — по расчёту по работам участников (ФИС ОКО).');
  });

  it('by default the profile says: sch220003 gets the measures, and the line names the profile', async () => {
    const { json } = await runCommandJson<RecommendJson>('recommend', { inputs: [NAME], profile: 'profile.csv' }, { cwd: dir });
    const on118 = (id: string) => json.schools.find((s) => s.schoolId === id)!.recommendations.filter((r) => r.reasons.some((x) => x.indicator === '1.18'));
    expect(on118('sch220003').length).toBeGreaterThan(0);
    expect(on118('sch220001')).toEqual([]);
    const md = await runCommand('recommend', { inputs: [NAME], profile: 'profile.csv' }, { cwd: dir, format: 'md' });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('признаки — по профилю школ.');
  });
});
