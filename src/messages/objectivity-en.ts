/** Texts of `shnor objectivity` (journal comparison, score distribution, signs), English. */
import type { ErrorTexts } from '../errors.js';
import type { objectivityRu } from './objectivity-ru.js';

type P = Record<string, string | number>;

export const objectivityEn: typeof objectivityRu = {
  errors: {
    'no-pupil-marks-header': () =>
      'no header row of a ФИС ОКО per-pupil export with the journal mark: needs the school (school login), «всего баллов», ' +
      'the task points and «отметка за предыдущую четверть/триместр»',
  } satisfies Partial<ErrorTexts>,
  issues: {
    'bad-journal-mark': (p: P) => `journal mark «${p.value}» is neither 2–5 nor «нет отметки»: the pupil counts as having no journal mark`,
    'not-pupil-marks': () => 'not a ФИС ОКО per-pupil export with journal marks: the file is not used in the section on objectivity',
    'no-oge-results': (p: P) =>
      `not a per-pupil export; read as a results table, but it holds no OGE results for the school year ${p.years}: nothing to compare VPR with, the file is not used`,
  },
  title: (p: { work: string }) => `Objectivity of results: ${p.work}`,
  basis: (p: P) =>
    `ФИС ОКО per-pupil export: ${p.scored} participants with a primary score, ${p.compared} of them with a journal mark for the previous term, ` +
    `${p.noJournal} without one (counted apart). The VPR mark by the ${p.year} conversion scale: «3» from ${p.min3}, «4» from ${p.min4}, «5» from ${p.min5} primary points (maximum ${p.max}; the scale: ${p.scaleSource}). ` +
    `${p.reference}`,
  caution: (p: P) =>
    `Signs are a reason to review, not a finding of non-objectivity. A sign is marked when the school's (class's) share is above the ${p.against}'s and a one-sided binomial test gives p < ${p.alpha} ` +
    `on at least ${p.min} pupils (shnor's rule).`,
  journalHeading: 'VPR marks against journal marks',
  distributionHeading: 'Distribution of primary scores',
  signsHeading: 'Signs to review',
  noSigns: 'No signs found.',
  chance: (p: P) =>
    `Schools tested: «raised» — ${p.raised}, the «3» boundary — ${p.spike}. At p < 0.05 about one school in twenty shows a sign ` +
    `by chance alone: about ${p.expectedRaised} and ${p.expectedSpike}; schools found with the sign — ${p.foundRaised} and ${p.foundSpike}. ` +
    'A sign is therefore a reason to look at a school, not a ground for a finding. A school with weak results has more scores at the «3» boundary anyway.',
  ogeCompared: (p: P) =>
    Number(p.tested) === 0
      ? `The inputs hold no OGE results in this subject for ${p.year} for the schools of this work: VPR was not compared with OGE ` +
        '(the schools\' OGE results may be given among the input files).'
      : `Against the school's OGE in the same subject and school year (${p.year}): ${p.tested} schools, ${p.found} with the sign ` +
        `(a VPR share of «2» under ${p.vprLowPct} while the OGE share of «2» is at or above the threshold of ${p.thresholdPct}).`,
  journalSheet: 'Against the journal',
  distributionSheet: 'Score distribution',
  signsSheet: 'Signs',
  histogramSheet: 'Scores by school',
  atBoundaryAny: 'At the «3» boundary',
  region: 'Region',
  reference: {
    region: (p: P) => `The region: every pupil of this work in the input files (${p.schools} schools).`,
    municipality: (p: P) => `Every pupil of this work in the input files is of one municipality, ${p.name} (${p.schools} schools): it is the reference; the files give no regional shares.`,
  },
  against: { region: 'in the region', municipality: 'in the municipality' },
  againstShare: { region: 'region', municipality: 'municipality' },
  municipalityAtBoundary: 'Municipality at the boundary',
  municipality: 'Municipality',
  class: 'Class',
  noClass: 'class not named',
  compared: 'With a journal mark',
  lowered: 'Lowered',
  confirmed: 'Confirmed',
  raised: 'Raised',
  interval: '95% interval',
  intervalsInFiles: 'The shares\' 95% Wilson intervals are in the Markdown, HTML, XLSX and DOCX output.',
  noJournal: 'No journal mark',
  scored: 'With a score',
  atBoundary: (p: P) => `At the «3» boundary (${p.from}–${p.to} pts)`,
  atBoundaryPct: 'Share at the boundary',
  regionAtBoundary: 'Region at the boundary',
  score: (s: number) => `${s} pts`,
  boundaries: (p: P) => `Boundaries: «3» from ${p.min3}, «4» from ${p.min4}, «5» from ${p.min5}`,
  where: 'School, class',
  sign: 'Sign',
  figures: 'Figures and test',
  signs: {
    'raised-above-region': 'raised far more often than on average',
    'boundary-spike': 'a spike at the «3» boundary',
    'vpr-beside-oge': 'VPR far better than the school\'s OGE in the same subject',
  },
  signFigures: {
    'raised-above-region': (p: P) =>
      `raised ${p.raised} of ${p.compared} (${p.pct}) against ${p.regionPct} ${p.against}; one-sided binomial test, p ${p.p}`,
    'boundary-spike': (p: P) =>
      `${p.count} of ${p.scored} (${p.pct}) scored ${p.from}–${p.to} primary points (the «3» boundary and one above) against ${p.regionPct} ${p.against}; ` +
      `one-sided binomial test, p ${p.p}`,
    'vpr-beside-oge': (p: P) =>
      `VPR: share of «2» ${p.pct} (${p.failed} of ${p.scored}; under ${p.vprLowPct}) while ${p.ogeProcedure}, ${p.ogeYear}: ${p.ogePct} «2» ` +
      `(${p.ogeFailed === '' ? '' : `${p.ogeFailed} of ${p.ogeParticipants}; `}threshold ${p.thresholdPct})`,
  },
  signBrief: {
    'raised-above-region': (p: P) => `raised ${p.raised} of ${p.compared} (${p.pct}) against ${p.regionPct} ${p.against}, p ${p.p}`,
    'boundary-spike': (p: P) => `at the «3» boundary (${p.from}–${p.to} points) ${p.count} of ${p.scored} (${p.pct}) against ${p.regionPct} ${p.against}, p ${p.p}`,
    'vpr-beside-oge': (p: P) => `«2» on the VPR ${p.pct} (${p.failed} of ${p.scored}) against ${p.ogePct} on the OGE (${p.ogeProcedure}, threshold ${p.thresholdPct})`,
  },
  qualityHeading: 'Pass rate and quality of knowledge',
  qualityBasis: '«Успеваемость» (pass rate) is the share of «3», «4» and «5», «качество знаний» (quality of knowledge) the share of «4» and «5» among participants with a primary score; marks by the conversion scale.',
  qualitySheet: 'Pass rate and quality',
  success: 'Pass rate, %',
  quality: 'Quality of knowledge, %',
  signsColumn: 'Signs',  markersHeading: 'Signs and the official list',
  markersSheet: 'Official list',
  markersColumn: 'Official list',
  markersSummary: (p: P) =>
    `The schools' computed signs beside the official list of schools with signs of non-objective ВПР results for ${p.year} (this work marked): ` +
    `agree — ${p.both}, computed only — ${p.computed}, official list only — ${p.official}, neither — ${p.neither}.`,
  markersNotCovered: (p: P) => `The official list of schools with signs of non-objectivity has no ${p.year}: nothing compared with it.`,
  markersNone: 'No school has a computed sign or a mark in the official list.',
  listed: 'In the official list',
  agreement: 'Comparison',
  agreements: { both: 'agree', computed: 'computed only', official: 'official list only' },
  yes: 'yes',
  no: 'no',
  charts: {
    journalTitle: (p: { work: string }) => `ВПР marks and journal marks: ${p.work}`,
    journalShown: (p: P) => `schools with a sign shown: ${p.shown} of ${p.schools}, highest share raised first`,
    journalAxis: 'Share of pupils with a journal mark, %',
    histogramTitle: (p: { school: string; work: string }) => `Primary scores: ${p.school}, ${p.work}`,
    scoreAxis: 'Primary score',
    pupilsAxis: 'Share of pupils, %',
    histogramsShown: (p: P) => `Score distributions are drawn for the schools with a spike at the «3» boundary (${p.shown} of ${p.schools} such schools); every school's scores are in the table «${p.sheet}» (in the XLSX output).`,
  },
  yearly: {
    section: 'Objectivity of ВПР results (from per-pupil exports)',
    noWorks: (p: { year: string }) => `The inputs hold no ФИС ОКО per-pupil export with journal marks for ${p.year}: the section is empty.`,
    work: (p: P) =>
      `${p.work}: ${p.scored} pupils with a primary score in ${p.schools} ${Number(p.schools) === 1 ? 'school' : 'schools'}, ${p.compared} with a journal mark. ` +
      `Across the export the ВПР mark was below the journal mark for ${p.lowered}, equal for ${p.confirmed}, above for ${p.raised}; at the «3» boundary (${p.from}–${p.to} points): ${p.boundary} of pupils.`,
    schools: (p: P) => `Signs to review: ${p.count} ${Number(p.count) === 1 ? 'school' : 'schools'}; of them on the ШНОР list: ${p.flagged} (${p.ids}).`,
    signsColumn: 'Signs and figures',
    moreInWorkbook: (p: P) => `${p.shown} rows of ${p.rows} shown; all of them are on the sheet «${p.sheet}» of report.xlsx.`,
    chartsHeading: 'Objectivity of ВПР results',
    finding: (p: P) => `Signs to review the objectivity of ВПР results: ${p.count} ${Number(p.count) === 1 ? 'school' : 'schools'} (${p.ids}); a reason to look, not a verdict.`,
    decision: (p: P) =>
      `In the schools with signs of non-objective ВПР results (${p.ids}), compare the ВПР marks with the current marks and check how the work was run and marked; ` +
      'where confirmed, have the work re-marked and observers present at the next procedures.',
  },
};
