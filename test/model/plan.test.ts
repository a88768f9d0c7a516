/** Plans as seed 004 words them («Критерий» column), read by year (ruling R2: a year is a school year). */
import { describe, expect, it } from 'vitest';
import { parsePlan, planFor } from '../../src/model/plan.js';

describe('parsePlan', () => {
  it('a single value: «100%», «да», «Не менее 80%», «100% ШНОР»', () => {
    expect(parsePlan('100%')).toEqual([{ from: null, value: 100 }]);
    expect(parsePlan('Да')).toEqual([{ from: null, value: true }]);
    expect(parsePlan('Не менее 80%')).toEqual([{ from: null, value: 80 }]);
    expect(parsePlan('100% ШНОР')).toEqual([{ from: null, value: 100 }]);
    // «до 10 лет» is not a value: only numbers followed by % are
    expect(parsePlan('50% ШНОР, имеющих молодых педагогов со стажем до 10 лет')).toEqual([{ from: null, value: 50 }]);
    expect(parsePlan('Не менее 10% ежегодно')).toEqual([{ from: null, value: 10 }]);
  });

  it('values by year: «Не менее к 2022 г - 30% 2023 г - 70% 2024 г -100%» (8.1)', () => {
    expect(parsePlan('Не менее к 2022 г - 30% 2023 г - 70% 2024 г -100%')).toEqual([
      { from: 2022, value: 30 }, { from: 2023, value: 70 }, { from: 2024, value: 100 },
    ]);
    expect(parsePlan('2022г- 70% 2023г – 100%')).toEqual([{ from: 2022, value: 70 }, { from: 2023, value: 100 }]);
  });

  it('a school year «На 2022-2023 уч. г - 50%» is 2023 (R2)', () => {
    expect(parsePlan('На 2022-2023 уч. г - 50%')).toEqual([{ from: 2023, value: 50 }]);
  });

  it('two values in one year: the later stands («2022г (июнь) - 0% 2022г(август)-50%»; «Июнь 2022г- нет; Октябрь 2022г-да»)', () => {
    expect(parsePlan('2022г (июнь) - 0% 2022г(август)-50%')).toEqual([{ from: 2022, value: 50 }]);
    expect(parsePlan('Июнь 2022г- нет; Октябрь 2022г-да')).toEqual([{ from: 2022, value: true }]);
  });

  it('no value → null', () => {
    expect(parsePlan('по плану')).toBeNull();
  });
});

describe('planFor', () => {
  const steps = parsePlan('Не менее к 2022 г - 30% 2023 г - 70% 2024 г -100%')!;
  it('the latest step up to the year; none before the first; the last holds after', () => {
    expect(planFor(steps, 2021)).toBeNull();
    expect(planFor(steps, 2022)).toBe(30);
    expect(planFor(steps, 2023)).toBe(70);
    expect(planFor(steps, 2026)).toBe(100);
  });
});
