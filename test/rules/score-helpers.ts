import type { ObjectivityList } from '../../src/model/markers.js';
import type { SchoolProfile } from '../../src/model/profile.js';
import type { ResultRecord } from '../../src/model/records.js';
import { scoreParams } from '../../src/rules/indicators/params.js';
import { scoreSchools, type ScoreInput } from '../../src/rules/score.js';

export function record(schoolId: string, year: number, procedure: string, fields: Partial<ResultRecord> = {}): ResultRecord {
  return {
    schoolId, schoolName: null, municipality: null, schoolType: null, year, procedure,
    participants: null, failed: null, failPct: null, markCounts: {}, markPcts: {}, meanScore: null, highCount: null, scoreHistogram: null,
    source: { file: 't.csv', sheet: null, row: 2 }, ...fields,
  };
}

export function profile(schoolId: string, fields: Partial<SchoolProfile> = {}): SchoolProfile {
  const blank = Object.fromEntries(
    [
      'schoolName', 'schoolType', 'teachersTotal', 'teachersTrained', 'teachersCategory', 'teachersCategoryPrev', 'contests',
      'experienceMunicipal', 'experienceRegional', 'innovation', 'methodLeaders', 'olympiadRegionalWinners', 'olympiadMunicipal',
      'olympiadEfficiency', 'programmes', 'nonObjective', 'isbsh', 'shnsu', 'ior', 'iorPrev', 'failingShare', 'failingSharePrev',
      'disabledShare', 'nonNativeShare', 'failingExtraShare', 'socialRiskShare', 'trainedLowAchieversShare', 'parentsHigherShare', 'parentsVocationalShare', 'networkSchools',
      'networkOrganisations', 'jointEvents', 'seminarsHosted', 'computerShortage', 'staffShortage', 'smallSchool', 'federalList',
      'regionalList', 'project500',
    ].map((k) => [k, null]),
  );
  return { ...(blank as unknown as SchoolProfile), schoolId, risks: {}, source: { file: 'p.csv', sheet: null, row: 2 }, ...fields };
}

/** `markers`: the official list as 1.18's source (what --markers gives by default); else the profile. */
export function score(input: Partial<ScoreInput> & Pick<ScoreInput, 'records'> & { markers?: ObjectivityList | null }, params: Record<string, unknown> = {}) {
  const { markers, ...rest } = input;
  return scoreSchools({
    year: 2023, graduates: [], profiles: [], profileGiven: false, reference: [], flagged: new Set(), params: scoreParams.parse(params),
    dynamics: new Map(), negativeRun: 2, objectivity: markers ? { source: 'list', list: markers } : { source: 'profile' }, ...rest,
  });
}

export function indicator(result: ReturnType<typeof score>, schoolId: string, id: string) {
  return result.schools.find((s) => s.schoolId === schoolId)!.indicators.find((i) => i.id === id)!;
}
