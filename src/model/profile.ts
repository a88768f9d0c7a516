/**
 * A school's profile: what the municipality knows of a school besides its results — the inputs
 * of indicators 2.1–2.10, 1.18, 1.19–1.20 (optional ИОР), 1.21 (ИСБШ), the values of sections 3
 * and 4 (seed 003 «Муниципальные показатели работы со ШНОР»), and the risk profile of rulings
 * R6/R7 (seed 000 «рисковый профиль школы», seed 004 context risks). Every field is null when
 * the cell is blank: missing data is never read as «нет» or 0.
 */
import type { SourceRef } from './records.js';

export type YesNo = boolean | null;
/** 2.4 professional contests: none, participants, winners (победители, призёры, лауреаты). */
export type ContestLevel = 'none' | 'participants' | 'winners';
/** 2.7 innovation project contests: none, participant, winner. */
export type InnovationLevel = 'none' | 'participant' | 'winner';
export type Significance = 'high' | 'medium' | 'low';

/** The ten risk factors of seed 000 and the eleventh of seed 004 (ruling R7). */
export const RISK_FACTORS = [
  'equipment', 'staffDeficit', 'teacherCompetence', 'disabilities', 'languageBarriers', 'motivation',
  'wellbeing', 'discipline', 'failureRisk', 'parents', 'qualitySystem',
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export interface SchoolProfile {
  schoolId: string;
  schoolName: string | null;
  /** «СОШ» (secondary) or «ООШ» (basic), as written. */
  schoolType: string | null;

  /** Section 2: teachers. */
  teachersTotal: number | null;
  /** 2.1: teachers who took training courses in the last 3 years. */
  teachersTrained: number | null;
  /** 2.2/2.3: teachers with the highest or first category, this year and last year. */
  teachersCategory: number | null;
  teachersCategoryPrev: number | null;
  contests: ContestLevel | null; // 2.4
  experienceMunicipal: YesNo; // 2.5
  experienceRegional: YesNo; // 2.6
  innovation: InnovationLevel | null; // 2.7
  methodLeaders: YesNo; // 2.8
  /** 2.9: winners or prize-winners of the regional stage; municipal-stage participation and efficiency (%). */
  olympiadRegionalWinners: YesNo;
  olympiadMunicipal: YesNo;
  olympiadEfficiency: number | null;
  programmes: YesNo; // 2.10

  /** 1.18: on Rosobrnadzor's list of schools with signs of non-objective ВПР results. */
  nonObjective: YesNo;
  /** 1.21: the social wellbeing index (ИСБШ); below shnsu.isbshBelow the school is ШНСУ. */
  isbsh: number | null;
  /** On the regional list of schools in difficult social conditions (ШНСУ), as the list gives it. */
  shnsu: YesNo;
  /** 1.19/1.20: ИОР when the municipality computes it itself. */
  ior: number | null;
  iorPrev: number | null;

  /** Section 3 (percent): 3.1 shares, 3.2 trained in work with low achievers, 3.3 via the previous failing share. */
  failingShare: number | null;
  failingSharePrev: number | null;
  disabledShare: number | null;
  nonNativeShare: number | null;
  failingExtraShare: number | null;
  socialRiskShare: number | null;
  trainedLowAchieversShare: number | null;
  /** Social passport (seed 002): parents with higher and with vocational secondary education, %. */
  parentsHigherShare: number | null;
  parentsVocationalShare: number | null;

  /** Section 4 network flags (4.1–4.4). */
  networkSchools: YesNo;
  networkOrganisations: YesNo;
  jointEvents: YesNo;
  seminarsHosted: YesNo;

  /** Ruling R7: seed 004 context risks, list membership, and the risk profile. */
  computerShortage: YesNo;
  staffShortage: YesNo;
  smallSchool: YesNo;
  federalList: YesNo;
  regionalList: YesNo;
  project500: YesNo;
  risks: Partial<Record<RiskFactor, Significance>>;

  source: SourceRef;
}
