/**
 * Seed 004's district (test/app/pirov.ts): the clusters the seed gives — 7/1/1 over the extended set
 * of procedures — and what the eight FIOKO procedures give, through every command that builds the list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeIn } from './files.js';
import { PIROV_CLUSTER_1, PIROV_PROFILE, PIROV_PROFILE_LISTS, PIROV_RESULTS } from './pirov.js';
import { runCommand, runCommandJson } from './run.js';

interface ClusterJson {
  year: number;
  schools: { schoolId: string; cluster: 1 | 2 | 3 | null; rules: string[]; reasons: string[] }[];
}

interface DynamicsJson {
  list: { from: number; to: number; entered: string[]; left: string[]; stayed: string[] };
  method: { procedures: string[] };
}

function split(json: ClusterJson): Record<string, string[]> {
  const ids = (cluster: 1 | 2 | 3 | null) => json.schools.filter((s) => s.cluster === cluster).map((s) => s.schoolId).sort();
  return { one: ids(1), two: ids(2), three: ids(3), none: ids(null) };
}

describe('seed 004: one method for every command that builds the list', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'results.csv', PIROV_RESULTS);
    await writeIn(dir, 'profile.csv', PIROV_PROFILE);
  });

  it('cluster --procedures extended: the seed\'s split 7/1/1', async () => {
    const { result, json } = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'], profile: 'profile.csv', procedures: 'extended' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2021);
    expect(split(json)).toEqual({ one: PIROV_CLUSTER_1, two: ['ALT'], three: ['KIR'], none: [] });
    expect(json.schools.find((s) => s.schoolId === 'BUS')!.reasons[0]).toContain('критерий A');
  });

  it('cluster with the default set: Бушуйская has one low result (ВПР МА 5 33,3%) and moves to cluster 2 — 6/2/1', async () => {
    const { result, json } = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(split(json)).toEqual({ one: PIROV_CLUSTER_1.filter((id) => id !== 'BUS'), two: ['ALT', 'BUS'], three: ['KIR'], none: [] });
    expect(json.schools.find((s) => s.schoolId === 'BUS')).toMatchObject({ rules: ['one-low-result'] });
  });

  it('the flag and the config file\'s «classify.procedures» give the same list', async () => {
    const configDir = await tempDir();
    await writeIn(configDir, 'results.csv', PIROV_RESULTS);
    await writeIn(configDir, 'profile.csv', PIROV_PROFILE);
    await writeIn(configDir, 'shnor.config.json', JSON.stringify({ classify: { procedures: 'extended' } }));
    const { json } = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: configDir });
    expect(split(json).one).toEqual(PIROV_CLUSTER_1);
    // the flag wins over the file
    const { json: fioko } = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'], profile: 'profile.csv', procedures: 'fioko' }, { cwd: configDir });
    expect(split(fioko).one).not.toContain('BUS');
  });

  it('dynamics: the list of 2021 is the same as cluster 1 under each set (nobody was on the 2020 list: one low result at most)', async () => {
    const extended = await runCommandJson<DynamicsJson>('dynamics', { inputs: ['results.csv'], procedures: 'extended' }, { cwd: dir });
    expect(extended.json.list).toMatchObject({ from: 2020, to: 2021, entered: PIROV_CLUSTER_1.slice().sort(), left: [], stayed: [] });
    const fioko = await runCommandJson<DynamicsJson>('dynamics', { inputs: ['results.csv'] }, { cwd: dir });
    expect([...fioko.json.list.entered].sort()).toEqual(PIROV_CLUSTER_1.filter((id) => id !== 'BUS'));
  });

  it('--threshold and --min-participants reach cluster too: at 45% nobody is low (the highest share is 44,4%); with at least 10 participants Комаровская (8) and Чайдинская (7) drop out', async () => {
    const high = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'], profile: 'profile.csv', procedures: 'extended', threshold: 45 }, { cwd: dir });
    expect(split(high.json).one).toEqual([]);
    const ten = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'], profile: 'profile.csv', procedures: 'extended', minParticipants: 10 }, { cwd: dir });
    // PIR (10 and 10) and TRO (15 and 15) still A; IKS (12 in 2020, 11 in 2021) still B; BKT keeps ВПР МА 6 (12) but
    // not ОГЭ РУ (9) → one low result; BUS (9), KOM (8), CHA (7) have no result counted
    expect(split(ten.json).one).toEqual(['IKS', 'PIR', 'TRO']);
  });
});

interface ClassifyListsJson {
  schools: { schoolId: string; flagged: boolean; officialLists: string[] | null; listDisagreement: string | null; listNote: string | null }[];
}

interface CheckListsJson {
  listDisagreements: { schoolId: string; lists: string[]; disagreement: string; message: string }[];
}

// Бушуйская under the eight FIOKO procedures: ВПР МА 5 3/9 = 33,33% is its one low result in 2021, ВПР МА 5 1/9 = 11,1% in 2020 is not low
const BUS_NOT_FLAGGED = 'в региональном списке ШНОР; по данным 2020/2021 уч. г. — не ШНОР: один низкий результат: ВПР Математика 5 кл. 33,33% (3/9); ' +
  'в 2019/2020 уч. г. низких результатов нет';

describe('seed 004: the official lists of the profile beside the computed list', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'results.csv', PIROV_RESULTS);
    await writeIn(dir, 'profile.csv', PIROV_PROFILE_LISTS);
  });

  it('cluster, default set: the seven assigned by the region or to «500+» are cluster 1 — 7/1/1 again; Бушуйская by the regional list, with why the data do not flag it', async () => {
    const { result, json } = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(split(json)).toEqual({ one: PIROV_CLUSTER_1, two: ['ALT'], three: ['KIR'], none: [] });
    const bus = json.schools.find((s) => s.schoolId === 'BUS')!;
    expect(bus.rules).toEqual(['official-list']);
    expect(bus.reasons).toEqual([`В официальном списке ШНОР: региональный список ШНОР; ${BUS_NOT_FLAGGED.replace('в региональном списке ШНОР; ', '')}`]);
    // Икшурминская: criterion B by the data, and «500+»
    expect(json.schools.find((s) => s.schoolId === 'IKS')!.rules).toEqual(['shnor', 'official-list']);
    // the terminal says the disagreement once under the table
    const screen = await runCommand('cluster', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(screen.stdout).toContain('Официальные списки (по профилю школ) — школ в списках: 7; расходятся с данными: 1 (BUS).');
  });

  it('classify: each school\'s lists; Бушуйская\'s disagreement in words, in the JSON and on the page', async () => {
    const { result, json } = await runCommandJson<ClassifyListsJson>('classify', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.schools.find((s) => s.schoolId === 'BUS')).toMatchObject({
      flagged: false, officialLists: ['regional'], listDisagreement: 'listed-not-flagged', listNote: BUS_NOT_FLAGGED,
    });
    expect(json.schools.find((s) => s.schoolId === 'TRO')).toMatchObject({ flagged: true, officialLists: ['project500'], listDisagreement: null });
    expect(json.schools.find((s) => s.schoolId === 'KIR')).toMatchObject({ officialLists: [], listDisagreement: null, listNote: null });
    const page = await runCommand('classify', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir, format: 'md' });
    expect(page.stdout).toContain(`Официальные списки: ${BUS_NOT_FLAGGED}`);
    // 5 regional + 2 «500+»; only Бушуйская disagrees
    expect(page.stdout).toContain('Официальные списки (по профилю школ) — школ в списках: 7; расходятся с данными: 1 (BUS).');
  });

  it('check --profile: the disagreement listed, a warning only (exit 0)', async () => {
    const { result, json } = await runCommandJson<CheckListsJson>('check', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.listDisagreements).toEqual([{ schoolId: 'BUS', lists: ['regional'], disagreement: 'listed-not-flagged', message: BUS_NOT_FLAGGED }]);
    const screen = await runCommand('check', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir, width: 200 });
    expect(screen.stdout).toContain('Официальные списки расходятся с данными (1):');
    // the terminal wraps the line at its width: compare the words
    expect(screen.stdout.replace(/\s+/g, ' ')).toContain(`BUS МБОУ «Бушуйская основная школа»: ${BUS_NOT_FLAGGED}`);
  });

  it('with --procedures extended the data flag Бушуйская too: no disagreement left', async () => {
    const { json } = await runCommandJson<CheckListsJson>('check', { inputs: ['results.csv'], profile: 'profile.csv', procedures: 'extended' }, { cwd: dir });
    expect(json.listDisagreements).toEqual([]);
  });
});
