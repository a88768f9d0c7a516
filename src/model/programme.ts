/**
 * A municipal programme's target indicators (seed 004, «Целевые показатели/индикаторы результатов
 * МППКО»), as data: data/programmes/*.json, or another municipality's file with --programme.
 * Each indicator says what it measures, its plan (the seed's own words, parsed by year), over
 * which group its share is taken and where its fact comes from.
 */
import * as z from 'zod';
import { parsePlan, type PlanStep } from './plan.js';

/** Whose share: ШНОР ∪ ШНСУ schools, the current list only, or every school of the municipality. */
export const GROUPS = ['shnorShnsu', 'shnor', 'all'] as const;
export type Group = (typeof GROUPS)[number];

const factSchema = z.discriminatedUnion('source', [
  /** Share of the group's schools (ШНОР of Y−1 plus ШНСУ) with positive dynamics into Y; the first procedure a school has. */
  z.object({ source: z.literal('results'), procedures: z.array(z.string().min(1)).min(1) }).strict(),
  /** Stated by the department in the facts workbook's municipal sheet (да/нет, or a numerator and denominator). */
  z.object({ source: z.literal('municipal') }).strict(),
  /** Share of the group's schools whose row says «да» in this column of the school sheet. */
  z.object({ source: z.literal('schools'), column: z.string().min(1) }).strict(),
  /** Σ numerators / Σ denominators over the group's schools rows. */
  z.object({ source: z.literal('teachers'), numerator: z.string().min(1), denominator: z.string().min(1) }).strict(),
]);
export type FactSource = z.infer<typeof factSchema>;

const planSchema = z.union([z.number().min(0).max(100), z.boolean(), z.string().min(1)]);

const indicatorSchema = z
  .object({
    id: z.string().regex(/^\d+\.\d+$/),
    kind: z.enum(['invariant', 'variative']),
    text: z.string().min(1),
    unit: z.enum(['percent', 'yesno']),
    plan: planSchema,
    group: z.enum(GROUPS).default('shnorShnsu'),
    fact: factSchema,
    /** The link the programme itself gives («Ссылка на документ»). */
    evidence: z.string().nullable().default(null),
  })
  .strict();

/** A school-sheet column of the facts workbook. */
const columnSchema = z
  .object({ key: z.string().min(1), header: z.string().min(1), kind: z.enum(['yesno', 'count']), note: z.string().default('') })
  .strict();

export const programmeSchema = z
  .object({
    $source: z.string().optional(),
    id: z.string().min(1),
    title: z.string().min(1),
    /** The years the programme runs, as its title states them («на 2022-2024 годы»); a target year outside is warned of. */
    period: z.object({ from: z.number().int(), to: z.number().int() }).strict().refine((p) => p.from <= p.to, 'from after to').optional(),
    sections: z.array(z.object({ number: z.number().int().min(1), title: z.string().min(1) }).strict()).min(1),
    columns: z.array(columnSchema).default([]),
    indicators: z.array(indicatorSchema).min(1),
  })
  .strict()
  .superRefine((programme, context) => {
    const columns = new Set(programme.columns.map((c) => c.key));
    programme.indicators.forEach((indicator, index) => {
      const at = (...path: (string | number)[]) => ['indicators', index, ...path];
      if (typeof indicator.plan === 'string' && parsePlan(indicator.plan) === null) {
        context.addIssue({ code: 'custom', path: at('plan'), message: `no value in «${indicator.plan}»` });
      }
      if (!programme.sections.some((s) => s.number === sectionOf(indicator.id))) {
        context.addIssue({ code: 'custom', path: at('id'), message: `no section ${sectionOf(indicator.id)}` });
      }
      for (const key of factColumns(indicator.fact)) {
        if (!columns.has(key)) context.addIssue({ code: 'custom', path: at('fact'), message: `unknown column «${key}»` });
      }
    });
  });

export type ProgrammeFile = z.infer<typeof programmeSchema>;
export type ProgrammeColumn = ProgrammeFile['columns'][number];

export interface ProgrammeIndicator extends Omit<ProgrammeFile['indicators'][number], 'plan'> {
  section: number;
  /** The plan as the programme words it. */
  planText: string;
  plan: PlanStep[];
}

export interface Programme extends Omit<ProgrammeFile, 'indicators' | '$source'> {
  indicators: ProgrammeIndicator[];
}

function planWords(plan: number | boolean | string): string {
  if (typeof plan === 'boolean') return plan ? 'да' : 'нет';
  return typeof plan === 'number' ? `${plan}%` : plan;
}

export type ProgrammePeriod = NonNullable<ProgrammeFile['period']>;

/**
 * The programme's period when the target year Y lies outside it, else null (also without a period).
 * МППКО «на 2022-2024 годы»: Y = 2025 (2024/2025 уч. г.) is outside — its plan is then the last the programme sets.
 */
export function outsidePeriod(programme: Pick<Programme, 'period'>, year: number): ProgrammePeriod | null {
  const { period } = programme;
  return period && (year < period.from || year > period.to) ? period : null;
}

export function sectionOf(id: string): number {
  return Number(id.split('.')[0]);
}

export function factColumns(fact: FactSource): string[] {
  if (fact.source === 'schools') return [fact.column];
  if (fact.source === 'teachers') return [fact.numerator, fact.denominator];
  return [];
}

/** A validated programme file with every plan parsed. */
export function toProgramme(file: ProgrammeFile): Programme {
  const { $source: _source, indicators, ...rest } = file;
  return {
    ...rest,
    indicators: indicators.map((indicator) => ({
      ...indicator,
      section: sectionOf(indicator.id),
      planText: planWords(indicator.plan),
      plan: typeof indicator.plan === 'string' ? parsePlan(indicator.plan)! : [{ from: null, value: indicator.plan }],
    })),
  };
}
