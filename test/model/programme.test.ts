/** The shipped programme of seed 004: every target indicator 1.1–8.14 (its wording against the seed: test/sources). */
import { describe, expect, it } from 'vitest';
import { loadProgramme } from '../../src/io/programme.js';
import { planFor } from '../../src/model/plan.js';
import { outsidePeriod, programmeSchema } from '../../src/model/programme.js';

const programme = loadProgramme();
const byId = new Map(programme.indicators.map((i) => [i.id, i]));

describe('data/programmes/pirov-2022.json', () => {
  it('has the 59 indicators of sections 1–8 (1.1–1.3, 2.1–2.9, 3.1–3.3, 4.1–4.2, 5.1–5.13, 6.1–6.9, 7.1–7.6, 8.1–8.14)', () => {
    const counts = [3, 9, 3, 2, 13, 9, 6, 14];
    expect(programme.indicators).toHaveLength(59);
    counts.forEach((n, i) => expect(programme.indicators.filter((x) => x.section === i + 1)).toHaveLength(n));
  });

  it('invariant (РППКО) and variative (МППКО) as the seed heads them: 1.3 and 8.8 variative, 8.1–8.7 invariant', () => {
    expect(byId.get('1.3')!.kind).toBe('variative');
    expect(byId.get('8.8')!.kind).toBe('variative');
    expect(['8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7'].map((id) => byId.get(id)!.kind)).toEqual(Array(7).fill('invariant'));
  });

  it('plans by year: 8.1 in 2023 → 70%; 5.1 in 2022 → 70%, 2023 → 100%; 8.10 («На 2022-2023 уч. г») in 2022 → none', () => {
    expect(planFor(byId.get('8.1')!.plan, 2023)).toBe(70);
    expect(planFor(byId.get('5.1')!.plan, 2022)).toBe(70);
    expect(planFor(byId.get('5.1')!.plan, 2023)).toBe(100);
    expect(planFor(byId.get('8.10')!.plan, 2022)).toBeNull();
    expect(planFor(byId.get('1.1')!.plan, 2023)).toBe(true);
  });

  it('8.1–8.8 come from results: ОГЭ МА, ОГЭ РУ, ЕГЭ МА (профильная, else базовая), ЕГЭ РУ, КДР4ЧГ, КДР6ЧГ, КДР8ЕНГ, КДР7МГ', () => {
    const procedures = ['8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8'].map((id) => {
      const fact = byId.get(id)!.fact;
      return fact.source === 'results' ? fact.procedures.join('|') : null;
    });
    expect(procedures).toEqual(['OGE-MA', 'OGE-RU', 'EGE-MA-P|EGE-MA-B', 'EGE-RU', 'KDR-RL-4', 'KDR-RL-6', 'KDR-SL-8', 'KDR-ML-7']);
  });
});

describe('the period of the programme («на 2022-2024 годы»)', () => {
  it('pirov-2022 runs 2022–2024: Y = 2022 and 2024 inside; 2021 and 2025 (2024/2025 уч. г.) outside', () => {
    expect(programme.period).toEqual({ from: 2022, to: 2024 });
    expect(outsidePeriod(programme, 2022)).toBeNull();
    expect(outsidePeriod(programme, 2024)).toBeNull();
    expect(outsidePeriod(programme, 2025)).toEqual({ from: 2022, to: 2024 });
    expect(outsidePeriod(programme, 2021)).toEqual({ from: 2022, to: 2024 });
  });

  it('a programme without a period is never outside it; a period that ends before it starts is refused', () => {
    expect(outsidePeriod({ period: undefined }, 2030)).toBeNull();
    const file = { id: 'p', title: 'p', sections: [{ number: 1, title: 's' }], indicators: [
      { id: '1.1', kind: 'invariant', text: 't', unit: 'yesno', plan: true, fact: { source: 'municipal' } },
    ] };
    expect(programmeSchema.safeParse({ ...file, period: { from: 2024, to: 2022 } }).success).toBe(false);
    expect(programmeSchema.safeParse({ ...file, period: { from: 2022, to: 2024 } }).success).toBe(true);
  });
});
