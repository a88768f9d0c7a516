/**
 * A target indicator's plan as the programmes write it (seed 004, «Критерий»): a single value
 * («100%», «да», «Не менее 80%») or values by year («2022г- 70% 2023г – 100%», «Не менее к 2022 г
 * - 30% 2023 г - 70% 2024 г -100%», «На 2022-2023 уч. г - 50%», «Июнь 2022г- нет; Октябрь
 * 2022г-да»). A year is the school year (ruling R2): «2022-2023 уч. г» is 2023. Two values in one
 * year («2022г (июнь) - 0% 2022г(август)-50%») — the later one stands. A year's plan is the value
 * of the latest year up to it; before the first year there is none.
 */
export type PlanValue = number | boolean;

export interface PlanStep {
  /** The first year the value applies to; null — every year. */
  from: number | null;
  value: PlanValue;
}

const SCHOOL_YEAR = /(\d{4})\s*[-–—/]\s*(\d{4})\s*уч/giu;
const TOKEN = /(?<year>\b20\d{2}\b)(?!\s*%)|(?<pct>\d+(?:[.,]\d+)?)\s*%|(?<yes>(?<![а-яё])да(?![а-яё]))|(?<no>(?<![а-яё])нет(?![а-яё]))/giu;

/** The plan steps a text states, or null when it states no value. */
export function parsePlan(text: string): PlanStep[] | null {
  const normalized = text.replace(SCHOOL_YEAR, (_, _from, to: string) => ` ${to} `);
  const byYear = new Map<number | null, PlanValue>();
  let year: number | null = null;
  for (const match of normalized.matchAll(TOKEN)) {
    const g = match.groups!;
    if (g.year) {
      year = Number(g.year);
      continue;
    }
    const value: PlanValue = g.pct ? Number(g.pct.replace(',', '.')) : g.yes !== undefined;
    byYear.delete(year); // re-insert so that a later value of the same year stands last
    byYear.set(year, value);
  }
  if (byYear.size === 0) return null;
  return [...byYear].map(([from, value]) => ({ from, value })).sort((a, b) => (a.from ?? 0) - (b.from ?? 0));
}

/** The plan for a year: the value of the latest step up to it; null before the first. */
export function planFor(steps: PlanStep[], year: number): PlanValue | null {
  let found: PlanValue | null = null;
  for (const step of steps) if (step.from === null || step.from <= year) found = step.value;
  return found;
}
