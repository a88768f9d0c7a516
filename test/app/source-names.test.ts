/**
 * Issue 20, «Sources by their real names»: on the demo district with its profile and regional
 * reference, nothing a user reads — the справка (report.md, report.html), recommend, rules, score,
 * cluster and dynamics in md and json — says «seed N», a ruling's number (R1…R11), «интерпретация
 * shnor» (but `rules`, which keeps the mark: ruling R11) or a command-line flag; documents are
 * cited by the registry's short form (data/sources.json).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/messages/index.js';
import { runCommand, runReportCommand } from './run.js';

const DEMO = { inputs: ['fixtures/demo/district.xlsx'], profile: 'fixtures/demo/schools-profile.xlsx', reference: 'fixtures/demo/region-reference.csv' };
const INTERNAL: [string, RegExp][] = [
  ['seed', /seed/i],
  ['a ruling number', /\bR\d{1,2}\b/],
  ['«интерпретация shnor»', /интерпретация shnor|shnor's interpretation/i],
  ['a flag', /(^|\s)--[a-z]/m],
];

/** The internal words a text holds, each with the first place it occurs. */
function internalWords(text: string, keep: string[] = []): string[] {
  return INTERNAL.filter(([name]) => !keep.includes(name)).flatMap(([name, pattern]) => {
    const at = text.search(pattern);
    return at < 0 ? [] : [`${name}: …${text.slice(Math.max(0, at - 60), at + 40)}…`];
  });
}

describe.each<Lang>(['ru', 'en'])('the demo district in %s', (lang) => {
  it('the справка: report.md and report.html', async () => {
    const report = await runReportCommand({ ...DEMO, year: 2025 }, { lang });
    expect(report.code, report.stderr).toBe(0);
    const files = await report.files();
    for (const name of ['report.md', 'report.html']) expect(internalWords(String(files.get(name))), name).toEqual([]);
    if (lang === 'ru') {
      // a measure's source (in recommend and in the workbook's full list of measures), the FIOKO rule and the documents in the method appendix, by their real names
      const measures = (await runCommand('recommend', DEMO, { lang, format: 'md' })).stdout;
      expect(measures).toContain('источник: приказ УО Славянского района от 12.09.2022 № 1496, 5. Дорожная карта, п. 4.2)');
      expect(measures).toContain('источник: МППКО Пировского муниципального округа на 2022–2024 годы, Дорожная карта');
      expect(report.md).toContain('Правило ФИОКО (методика ФИОКО 2021 года): результат низкий');
      expect(report.md).toContain('- Распоряжение администрации Яковлевского муниципального округа Приморского края от 29.02.2024 № 229-ра «Об утверждении');
      expect(report.md).toContain('Принятые толкования (подробно — docs/rules.md и команда shnor rules):');
      expect(report.md).toContain('опорные значения: опорные значения (регион), где их нет — средние по школам входных данных');
    }
  });

  it.each(['md', 'json'] as const)('recommend, score, cluster, dynamics and rules --format %s', async (format) => {
    const runs = {
      recommend: await runCommand('recommend', DEMO, { lang, format }),
      score: await runCommand('score', DEMO, { lang, format }),
      cluster: await runCommand('cluster', DEMO, { lang, format }),
      dynamics: await runCommand('dynamics', DEMO, { lang, format }),
      rules: await runCommand('rules', {}, { lang, format }),
    };
    for (const [name, run] of Object.entries(runs)) {
      expect(run.code, `${name}: ${run.stderr}`).toBe(0);
      expect(internalWords(run.stdout, name === 'rules' ? ['«интерпретация shnor»'] : []), name).toEqual([]);
    }
    if (lang === 'ru' && format === 'md') {
      expect(runs.rules.stdout).toContain('# Реестр показателей (приказ УО Славянского района от 12.09.2022 № 1496, «4. Муниципальные показатели работы со ШНОР»)');
      // ruling R11: rules keeps the mark, once per interpretation, not twice
      expect(runs.rules.stdout).toContain('- Интерпретация shnor: Формула ИОР (в приказе формулы нет)');
      expect(runs.score.stdout).toContain('считаются результаты участник × предмет, а не выпускники (принятое толкование)');
      expect(runs.cluster.stdout).toContain('# Кластеры школ (МППКО Пировского муниципального округа на 2022–2024 годы): 2024/2025 уч. г.');
    }
    if (lang === 'en' && format === 'json') {
      const first = JSON.parse(runs.recommend.stdout).schools[0].recommendations[0].source;
      expect(Object.keys(first).sort()).toEqual(['citation', 'document', 'quote', 'section']);
    }
  });
});
