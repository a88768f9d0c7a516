/**
 * Mean-score tables through the commands, run in-process (issue 17, item 10): a long CSV of seed
 * 002's means («Средний балл», no «2») — classify, score, dynamics, cluster, recommend and report
 * all exit 0 and say that these results carry no share of «2»; then a file mixing both kinds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { msg } from '../../src/messages/index.js';
import { school, type JsonReport } from './classify-json.js';
import { csv, tempDir, writeIn } from './files.js';
import { runCommand, runCommandJson, runReportCommand } from './run.js';

// seed 002, «Результаты ОГЭ» and «Результаты ЕГЭ» (Средний балл), 2022 and 2023
const MEANS = [
  ['Код ОО', 'Наименование ОО', 'Учебный год', 'Предмет', 'Средний балл'],
  ['ЯСОШ', 'МБОУ ЯСОШ', '2021/2022', 'ОГЭ Математика', '3,7'],
  ['ЯСОШ', 'МБОУ ЯСОШ', '2022/2023', 'ОГЭ Математика', '3,6'],
  ['ЯСОШ', 'МБОУ ЯСОШ', '2021/2022', 'ОГЭ Русский язык', '4,2'],
  ['ЯСОШ', 'МБОУ ЯСОШ', '2022/2023', 'ОГЭ Русский язык', '4,1'],
  ['ЯСОШ', 'МБОУ ЯСОШ', '2021/2022', 'ЕГЭ Русский язык', '63,9'],
  ['ЯСОШ', 'МБОУ ЯСОШ', '2022/2023', 'ЕГЭ Русский язык', '72,1'],
  ['НСОШ 1', 'МБОУ НСОШ № 1', '2021/2022', 'ОГЭ Математика', '3,4'],
  ['НСОШ 1', 'МБОУ НСОШ № 1', '2022/2023', 'ОГЭ Математика', '3,6'],
  ['НСОШ 1', 'МБОУ НСОШ № 1', '2021/2022', 'ОГЭ Русский язык', '4,1'],
  ['НСОШ 1', 'МБОУ НСОШ № 1', '2022/2023', 'ОГЭ Русский язык', '4,4'],
  ['НСОШ 1', 'МБОУ НСОШ № 1', '2021/2022', 'ЕГЭ Русский язык', '68,6'],
  ['НСОШ 1', 'МБОУ НСОШ № 1', '2022/2023', 'ЕГЭ Русский язык', '60,7'],
];

// S has «2» in ОГЭ математика (7/20 = 35% in 2022, 6/20 = 30% in 2023) and only means in ОГЭ русский
const MIXED = [
  ['Код ОО', 'Год', 'Процедура', 'Кол-во участников', '«2»', 'Средний балл'],
  ['S', '2022', 'ОГЭ Математика', '20', '7', '3,3'],
  ['S', '2023', 'ОГЭ Математика', '20', '6', '3,4'],
  ['S', '2022', 'ОГЭ Русский язык', '', '', '3,5'],
  ['S', '2023', 'ОГЭ Русский язык', '', '', '3,6'],
  ['T', '2023', 'ОГЭ Математика', '', '', '3,9'],
];

let dir: string;
let means: string;
let mixed: string;

beforeAll(async () => {
  dir = await tempDir();
  means = await writeIn(dir, 'means.csv', csv(MEANS, ';'));
  mixed = await writeIn(dir, 'mixed.csv', csv(MIXED, ';'));
});

const y = msg().labels.schoolYear;

describe('classify on mean scores only', () => {
  it('exits 0; every school has no share of «2», none is «не ШНОР»; the JSON says so', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: [means] });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(json.noFailingData).toBe(true);
    for (const id of ['ЯСОШ', 'НСОШ 1']) {
      const s = school(json, id);
      expect(s).toMatchObject({ flagged: false, noFailingData: true, criteria: [], lowResults: [] });
      expect(s.notes[0]).toBe(msg().notes.noFailingData({ year: y(2023) }));
      expect(s.notes[1]).toContain('Только средний балл, доли «2» нет — не могут быть низкими');
    }
    expect(school(json, 'ЯСОШ').meanOnly).toEqual([
      { year: 2023, procedure: 'OGE-MA', participants: null, meanScore: 3.6 }, { year: 2023, procedure: 'OGE-RU', participants: null, meanScore: 4.1 },
      { year: 2022, procedure: 'OGE-MA', participants: null, meanScore: 3.7 }, { year: 2022, procedure: 'OGE-RU', participants: null, meanScore: 4.2 },
    ]);
  });

  it('the terminal says it once at the top, and counts the schools without a share of «2»', async () => {
    const { code, stdout } = await runCommand('classify', { inputs: [means] });
    expect(code).toBe(0);
    const notice = msg().labels.meanOnlyRun({ year: y(2023), previous: y(2022) });
    expect(stdout.split(notice)).toHaveLength(2);
    expect(stdout.indexOf(notice)).toBeLessThan(stdout.indexOf('┌'));
    expect(stdout).toContain(msg().labels.summary({ flagged: 0, total: 2, unchecked: 2 }));
  });
});

describe('score, dynamics, cluster, recommend and report on mean scores only', () => {
  it('score: 1.1 and 1.4 from the means against their plain mean; 1.6 has no data', async () => {
    const { result, json } = await runCommandJson<{ schools: { schoolId: string; indicators: { id: string; value: number | null; points: number | null; note: string | null }[] }[] }>(
      'score', { inputs: [means] },
    );
    expect(result.code).toBe(0);
    const of = (id: string) => json.schools.find((s) => s.schoolId === 'ЯСОШ')!.indicators.find((i) => i.id === id)!;
    // 1.1: district 2022 (63,9 + 68,6)/2 = 66,25, 2023 (72,1 + 60,7)/2 = 66,4: 72,1/66,4 − 63,9/66,25 = 1,08584 − 0,96453
    expect(of('1.1')).toMatchObject({ value: 0.1213, points: 3 });
    // 1.4: district 3,55 → 3,6: 3,6/3,6 − 3,7/3,55 = −0,0423
    expect(of('1.4')).toMatchObject({ value: -0.0423, points: 0 });
    expect(of('1.6')).toMatchObject({ value: null, points: null });
    expect(of('1.6').note).toContain('ОГЭ Математика: только средний балл, доли «2» нет');
  });

  it('dynamics: the mean per year, no share and no direction, no NaN', async () => {
    const { result, json } = await runCommandJson<{ schools: { schoolId: string; procedures: { procedure: string; years: { year: number; failShare: number | null; meanScore: number | null }[]; changes: { deltaPp: number | null; direction: string | null; meanD: number | null }[] }[] }[] }>(
      'dynamics', { inputs: [means] },
    );
    expect(result.code).toBe(0);
    const oge = json.schools.find((s) => s.schoolId === 'ЯСОШ')!.procedures.find((p) => p.procedure === 'OGE-MA')!;
    expect(oge.years.map((p) => [p.year, p.failShare, p.meanScore])).toEqual([[2022, null, 3.7], [2023, null, 3.6]]);
    // D = 3,6/3,6 − 3,7/3,55 = −0,0423, as 1.4
    expect(oge.changes).toEqual([expect.objectContaining({ deltaPp: null, direction: null, meanD: -0.0423 })]);
    const terminal = await runCommand('dynamics', { inputs: [means] });
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain(msg().dynamics.meanSeries('3,7 → 3,6'));
    expect(terminal.stdout).toContain(msg().dynamics.meanOnly);
    expect(terminal.stdout).not.toContain('NaN');
  });

  it.each([['cluster'], ['recommend']] as const)('%s exits 0 with no NaN', async (command) => {
    for (const file of [means, mixed]) {
      const { code, stdout, stderr } = await runCommand(command, { inputs: [file] });
      expect(code, stderr).toBe(0);
      expect(stdout).not.toContain('NaN');
    }
  });

  it('report: exit 0, the list section says once that there is no share of «2»', async () => {
    const { code, stderr, md, files } = await runReportCommand({ inputs: [means] });
    expect(code, stderr).toBe(0);
    expect((await files()).size).toBeGreaterThan(3); // the charts of means drawn too
    expect(md.split(msg().labels.meanOnlyRun({ year: y(2023), previous: y(2022) }))).toHaveLength(2);
    expect(md).not.toContain('NaN');
  });
});

describe('a file with «2» for one procedure and only means for another', () => {
  it('classify rests on the «2»: S is ШНОР by B; T (a mean only) has no share of «2»', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: [mixed] });
    expect(result.code).toBe(0);
    expect(json.noFailingData).toBe(false);
    const s = school(json, 'S');
    expect(s).toMatchObject({ flagged: true, noFailingData: false, criteria: ['B'] });
    expect(s.lowResults.map((r) => [r.year, r.procedure, r.failShare])).toEqual([[2023, 'OGE-MA', 30], [2022, 'OGE-MA', 35]]);
    expect(s.meanOnly.map((r) => [r.year, r.procedure, r.meanScore])).toEqual([[2023, 'OGE-RU', 3.6], [2022, 'OGE-RU', 3.5]]);
    expect(school(json, 'T')).toMatchObject({ flagged: false, noFailingData: true });
  });

  it('report: exit 0, T named among the schools without a share of «2»', async () => {
    const { code, stderr, md, files } = await runReportCommand({ inputs: [mixed] });
    expect(code, stderr).toBe(0);
    expect((await files()).size).toBeGreaterThan(3);
    expect(md).toContain(msg().yearly.list.unchecked({ year: y(2023), ids: 'T' }));
    expect(md).not.toContain('NaN');
  });
});
