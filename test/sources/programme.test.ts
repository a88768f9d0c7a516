/** The shipped programme of seed 004 worded as the seed words it (the seeds stand beside the repository, ../shared/seeds). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProgramme } from '../../src/io/programme.js';

const seed = readFileSync(`../shared/seeds/${readdirSync('../shared/seeds').find((f) => f.startsWith('004'))}`, 'utf8');
const flat = (text: string) => text.replace(/<\/?u>/g, '').replace(/\s+/g, ' ');
const programme = loadProgramme();

describe('data/programmes/pirov-2022.json against seed 004', () => {
  // 2.7, 3.3, 5.3 and 7.2 are split by a page break in the seed text: each is checked in its two parts
  const split: Record<string, string[]> = {
    '2.7': ['Наличие в муниципалитете системы/ механизма ликвидации профессиональных (предметных, методических, психолого-', 'педагогических) образовательных дефицитов педагогов и иных педагогических работников'],
    '3.3': [
      'Доля школ в муниципальной системе образования, по результатам региональной процедуры идентификации и муниципального мониторинга ШНОР и ШНСУ текущего года,',
      'в которых разработана школьная программа повышения качества образования, от всего количества ШНРО и ШНСУ муниципалитета (на текущий год)',
    ],
    '5.3': [
      'Доля педагогов ШНРО и ШНСУ в МСО, которым оказана консультативная, методическая и другие виды поддержки по повышению качества образования через муниципальные методические объединения предметной и межпредметной направленности, муниципальные творческие/ методические',
      'группы по вопросам повышения качества образования в ШНРО и ШНСУ',
    ],
    '7.2': ['Наличие аналитических отчетов о результатах мониторингов', 'динамики профессиональных компетенций педагогов ШНРО и ШНСУ, включающие адресные рекомендации'],
  };

  it('every wording and plan occurs in seed 004', () => {
    const text = flat(seed);
    const found = (part: string) => text.includes(flat(part));
    const missing = programme.indicators.filter((indicator) => {
      const parts = split[indicator.id] ?? [indicator.text];
      const plan = found(indicator.planText) || indicator.id === '7.2';
      return !plan || !parts.every(found) || flat(parts.join(' ')) !== flat(indicator.text);
    });
    expect(missing.map((i) => i.id)).toEqual([]);
    expect(found('Июнь 2022г-') && found('нет; Октябрь 2022г-да'), '7.2 plan').toBe(true);
  });

});
