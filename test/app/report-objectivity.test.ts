/**
 * report --objectivity, in-process, on the small per-pupil export of test/app/pupil-export.ts (its
 * figures worked by hand there): the section after the numbered ones, the school with signs beside
 * its ШНОР verdict, the finding and the decision it adds, the charts in the appendix; a file named
 * for it that is no per-pupil export left out with a note; the demo district (no per-pupil export)
 * gives the section its one sentence and a gap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeIn } from './files.js';
import { PUPIL_EXPORT, PUPIL_EXPORT_NAME } from './pupil-export.js';
import { runReportCommand } from './run.js';

const part = (md: string, title: string) => md.split(/^## /m).find((p) => p.startsWith(title)) ?? '';

describe('report --objectivity from the inputs', () => {
  let dir: string;
  let md: string;
  let files: Map<string, string | Buffer>;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, PUPIL_EXPORT_NAME, PUPIL_EXPORT);
    const run = await runReportCommand({ inputs: [PUPIL_EXPORT_NAME], objectivity: true }, { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    md = run.md;
    files = await run.files();
  });

  it('is section 9, the region\'s shares of the work first: 8 / 220 / 11 of 239 = 3,3% / 92,1% / 4,6%, 12 of 240 at 7–8 points = 5%', () => {
    const section = part(md, '9. Объективность результатов ВПР');
    expect(section).toContain('участников с первичным баллом — 240 в 3 школах, с отметкой по журналу — 239');
    expect(section).toContain('(понизили) — у 3,3%, равна ей (подтвердили) — у 92,1%, выше (повысили) — у 4,6%');
    expect(section).toContain('у границы «3» (7–8 б.) — 5% учеников');
  });

  it('lists sch220001 with both signs and their figures, and says it is not ШНОР (none of three schools is: one procedure)', () => {
    const section = part(md, '9. Объективность результатов ВПР');
    expect(section).toContain('Признаки для проверки — у 1 школы; из них в списке ШНОР — 0 (нет).');
    const row = section.split('\n').find((line) => line.startsWith('| sch220001'))!;
    // the export names no school and has one work: no columns for them
    expect(row).toBe('| sch220001 | нет | повысили 11 из 24 (45,8%) при 4,6% по региону, p = 2,8·10⁻⁹; у границы «3» (7–8 б.) 8 из 25 (32%) при 5% по региону, p = 2,0·10⁻⁵ |');
    expect(section).not.toContain('sch220003');
  });

  it('adds a finding and a decision, the proposals becoming section 10', () => {
    const proposals = part(md, '10. Выводы и предложения');
    expect(proposals).toContain('Признаки для проверки объективности результатов ВПР — у 1 школы (sch220001)');
    expect(proposals).toContain('1. Провести в школах с признаками необъективности результатов ВПР (sch220001) анализ');
  });

  it('draws the journal chart and the histogram of the school with a spike, and no other histogram', () => {
    const charts = [...files.keys()].filter((name) => name.startsWith('charts/objectivity')).sort();
    expect(charts).toEqual(['charts/objectivity-journal-VPR-MA-5-2021.svg', 'charts/objectivity-scores-sch220001-VPR-MA-5-2021.svg']);
  });
});

describe('report --objectivity with ОГЭ among the results', () => {
  it('sch220003 (2 at 7 points, 23 at 12: no «2» of 25) beside its ОГЭ математика 2021, 10 «2» of 20 (50% ≥ 30%): the sign in the section', async () => {
    const dir = await tempDir();
    await writeIn(dir, PUPIL_EXPORT_NAME, PUPIL_EXPORT);
    await writeIn(dir, 'oge.csv', 'Код ОО;Процедура;Учебный год;Кол-во участников;«2»\nsch220003;ОГЭ Математика;2021;20;10\n');
    const run = await runReportCommand({ inputs: [PUPIL_EXPORT_NAME, 'oge.csv'], objectivity: true, year: 2021 }, { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const row = part(run.md, '9. Объективность результатов ВПР').split('\n').find((line) => line.startsWith('| sch220003'))!;
    expect(row).toContain('«2» на ВПР 0% (0 из 25) при 50% на ОГЭ (ОГЭ Математика, порог 30%)');
    // one school of three has an ОГЭ of the subject and year, and it has the sign
    expect(run.md).toContain('Сравнение с ОГЭ школы по тому же предмету того же учебного года (2020/2021 уч. г.): школ — 1, с признаком — 1');
  });
});

describe('report --objectivity FILE', () => {
  it('a file named for it that is no per-pupil export is left out with a note', async () => {
    const dir = await tempDir();
    await writeIn(dir, PUPIL_EXPORT_NAME, PUPIL_EXPORT);
    const results = await writeIn(dir, 'results.csv', 'Код ОО;Процедура;Учебный год;Кол-во участников;«2»\nsch220001;ВПР Математика 5 кл.;2021;25;3\n');
    const run = await runReportCommand({ inputs: [PUPIL_EXPORT_NAME], objectivity: [PUPIL_EXPORT_NAME, results] }, { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('results.csv');
    expect(run.stderr).toContain('не выгрузка ФИС ОКО по ученикам с отметкой по журналу');
    expect(run.md).toContain('Признаки для проверки — у 1 школы');
  });

  it('the demo district has no per-pupil export: the section says so and the gap is told', async () => {
    const run = await runReportCommand({ inputs: ['fixtures/demo/district.xlsx'], year: 2025, objectivity: true });
    expect(run.code, run.stderr).toBe(0);
    expect(part(run.md, '9. Объективность')).toContain('Во входных файлах нет выгрузок ФИС ОКО по ученикам с отметкой по журналу за 2024/2025 уч. г.: раздел не заполнен.');
    expect(run.stderr).toContain('Справка, раздел «9. Объективность результатов ВПР (по выгрузкам по ученикам)»');
    expect(run.md).toContain('## 10. Выводы и предложения');
  });
});

describe('report --objectivity FILE on the demo district (fixtures/demo/EXPECTED.md, «Per-pupil ВПР export»)', () => {
  let md: string;
  beforeAll(async () => {
    const run = await runReportCommand({
      inputs: ['fixtures/demo/district.xlsx'], year: 2025, scales: 'fixtures/demo/vpr-scales-demo.csv',
      objectivity: ['fixtures/demo/Проведение работы по математике, 5 класс. ВПР 2025.csv'],
    });
    expect(run.code, run.stderr).toBe(0);
    md = run.md;
  });

  it('the district\'s shares: 355 / 702 / 50 of 1,107 = 32,1% / 63,4% / 4,5%; 203 of 1,117 at 7–8 points = 18,2%', () => {
    const section = part(md, '9. Объективность результатов ВПР');
    expect(section).toContain('участников с первичным баллом — 1117 в 29 школах, с отметкой по журналу — 1107');
    expect(section).toContain('(понизили) — у 32,1%, равна ей (подтвердили) — у 63,4%, выше (повысили) — у 4,5%; у границы «3» (7–8 б.) — 18,2% учеников');
  });

  it('DM-03 (ШНОР) with its ВПР far better than its ОГЭ, DM-05 (ШНОР) with its spike, then DM-22 (not ШНОР) with its повысили, each named from the results', () => {
    const section = part(md, '9. Объективность результатов ВПР');
    expect(section).toContain('Признаки для проверки — у 3 школ; из них в списке ШНОР — 2 (DM-03, DM-05).');
    const rows = section.split('\n').filter((line) => line.startsWith('| DM-'));
    expect(rows).toHaveLength(3);
    // EXPECTED.md: DM-03 ВПР «2» 2 of 56 = 3,6% (under 5%) beside ОГЭ Математика 2025 17 of 50 = 34% (30% or more), from district.xlsx
    expect(rows[0]).toBe('| DM-03 | МБОУ СОШ № 3 им. А. С. Пушкина г. Демидов | да | «2» на ВПР 3,6% (2 из 56) при 34% на ОГЭ (ОГЭ Математика, порог 30%) |');
    // P(X ≥ 18 | 50, 203/1117) = 0,00215; P(X ≥ 10 | 28, 50/1107) = 2,19·10⁻⁷
    expect(rows[1]).toMatch(/^\| DM-05 \| МБОУ СОШ № 5 г\. Демидов \| да \| у границы «3» \(7–8 б\.\) 18 из 50 \(36%\) при 18,2% по муниципалитету, p = 0,0021 \|$/);
    expect(rows[2]).toMatch(/^\| DM-22 \| МБОУ СОШ с\. Троицкое \| нет \| повысили 10 из 28 \(35,7%\) при 4,5% по муниципалитету, p = 2,2·10⁻⁷ \|$/);
  });
});
