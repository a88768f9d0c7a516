/** Texts of the yearly report and of recommendations (English); the shape of yearly-ru.ts. */
import type { YearlyMessages } from './yearly-ru.js';

type P = Record<string, string | number>;

export const yearlyEn: YearlyMessages = {
  title: (year) => `Monitoring of schools with low educational results: analytical report, ${year}`,
  subtitle: (p) => `${p.municipality ? `${p.municipality}. ` : ''}Results of ${p.year} against ${p.previous}. Prepared with shnor; every number is reproducible from the input files.`,
  sections: {
    summary: '1. Summary',
    list: '2. The list of low-result schools',
    shnsu: '3. Schools in difficult social conditions (ШНСУ)',
    dynamics: '4. Dynamics',
    targets: '5. Programme target indicators',
    rating: '6. Municipal indicator rating',
    clusters: '7. Clusters',
    recommendations: '8. Targeted recommendations',
    method: '9. Method and data',
    tasks: '10. Difficulty maps (task results)',
    measures: 'Targeted measures: full list',
  },
  summary: {
    schools: (p: P) => `Schools in the data: ${p.schools}; participants in ${p.year}: ${p.participants}.`,
    procedures: (p: P) => `Years: ${p.years}; procedures: ${p.procedures}.`,
    flagged: (p: P) => `Flagged in ${p.year}: ${p.flagged} (criterion A only — ${p.a}, B only — ${p.b}, both — ${p.ab}).`,
    movement: (p: P) => `Against ${p.previous}: entered the list — ${p.entered}, left — ${p.left}, stayed — ${p.stayed}.`,
  },
  list: {
    basis: (p) => `The ШНОР list for ${p.list} rests on the results of ${p.results} (ruling R2: a year is a school year; next year's list comes from the year just ended).`,
    none: 'No school meets the criteria.',
    unchecked: (p) => `No share of «2» (only mean scores in ${p.year}), not checked by the rule: ${p.ids}.`,
    sharesHeading: 'Share of «2» / below the minimum by procedure (filled: low result, at or above the threshold)',
    chartTitle: (procedure, year) => `${procedure}: share of «2» by school, ${year}`,
    shareAxis: 'Share of «2», %',
    schoolsAxis: 'Schools',
    chartBanded: (schools, max) => `${schools} schools, more than ${max}: a bar is the number of schools whose share falls in a 5-point band`,
  },
  dynamics: {
    schoolHeading: (school) => `School ${school}`,
    yearsChart: (school) => `${school}: share of «2» over the years`,
    change: 'Change in the last year',
    noFlagged: 'No flagged schools: no per-school dynamics shown.',
    chartsLeftOut: (p: P) => `${p.schools} schools on the list: the charts over the years are drawn for at most ${p.max}; the shares by year are in each school's line below.`,
  },
  rating: {
    weakest: 'At the bottom of the scale',
    note: 'Rank by the percentage of the maximum reachable with the data present.',
  },
  clusters: { chartTitle: 'Schools by cluster', schoolsAxis: 'Schools', reasons: 'Reasons' },
  recommendations: {
    title: 'Targeted recommendations',
    columns: ['Audience', 'Priority', 'Measure', 'Responsible', 'Timing', 'Why', 'Source'],
    schoolHeading: (school, cluster) => `${school}${cluster ? ` — ${cluster}` : ''}`,
    priorityNote: (p: { count: number; schools: number }) => `For each low-result and risk-zone school (${p.schools}): at most ${p.count} first measures by addressee, each with its grounds.`,
    municipal: 'Municipal measures',
    forSchools: (ids: string) => `(schools: ${ids})`,
    fullList: (p: { count: number; schools: number; sheet: string }) => `The full list of measures (${p.count} for ${p.schools} schools) with the responsible, timing, grounds and sources is in report.xlsx, sheet «${p.sheet}».`,
    none: 'No recommendations: no catalogue trigger fired.',
    because: 'why',
    responsible: 'responsible',
    timing: 'timing',
    source: 'source',
    own: "shnor's own measure",
    audiences: {
      management: 'School management', teachers: 'Teachers', pupils: 'Pupils', parents: 'Parents',
      'methodological-service': 'Municipal methodological service',
    },
    reasons: {
      'low-result': (p: P) => `low result: ${p.procedure} — ${p.value}`,
      indicator: (p: P) => `indicator ${p.indicator} at the bottom of its scale (value ${p.value})`,
      cluster: (p: P) => `cluster ${p.value}`,
      risk: (p: P) => `risk factor «${p.indicator}» — significance ${p.value}`,
      dynamics: (p: P) => `${p.value}${p.procedure ? `: ${p.procedure}` : ''}`,
      task: (p: P) => `task ${p.indicator} (${p.procedure}): success ${p.value}% (school / reference)`,
    },
    events: { 'negative-run': 'negative dynamics two years running', 'entered-list': 'entered the list', 'left-list': 'left the list' },
    significance: { high: 'high', medium: 'medium', low: 'low' },
    risks: {
      equipment: 'poor equipment', staffDeficit: 'teacher shortage', teacherCompetence: 'insufficient subject and teaching competence',
      disabilities: 'many pupils with disabilities', languageBarriers: 'language and cultural barriers', motivation: 'low motivation',
      wellbeing: 'low school wellbeing', discipline: 'poor classroom discipline', failureRisk: 'many pupils at risk of failure',
      parents: 'low parental involvement', qualitySystem: 'no internal quality assessment system',
    },
  },
  method: {
    rule: (p: P) =>
      `FIOKO rule: a result is low when the share of «2» or below the minimum is ≥ ${p.threshold}%. Flagged by criterion A (at least 2 low results ` +
      `in the year) or B (a low result in each of two years${p.same ? ' in the same procedure' : ''}). Procedures: ${p.procedures}.`,
    interpretations: 'Interpretations (in full: docs/rules.md and shnor rules):',
    items: (p: P) => [
      `a school year is named by its end (2020/2021 → 2021); the ${p.threshold}% boundary is inclusive, on whole pupils`,
      `minimum participants to count a result: ${p.minParticipants}; under ${p.smallSample} — «small sample»`,
      `dynamics: a real change is at least ${p.margin} pp or entering/leaving the low zone; significance by a two-proportion test, p < ${p.alpha}`,
      `reference values: ${p.reference}`,
      `EGE mathematics in the indicators: ${p.egeMath}; zero share of «2»: ${p.zeroShare2}`,
    ],
    sources: 'Input data',
    filesHeaders: ['File', 'Format', 'Sheet', 'Header row', 'Layout', 'Results', 'Problems'],
    records: (p: P) => `Results (school × procedure × year) read: ${p.records}; school profiles: ${p.profiles}.`,
    issues: (p: P) => `Input problems: ${p.errors} errors, ${p.warnings} warnings.`,
    noIssues: 'No input problems found.',
  },
};
