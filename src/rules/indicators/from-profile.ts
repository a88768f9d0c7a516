/**
 * Indicators read from the school profile (seed 003, 1.18, 2.1–2.10, 3.x, 4.x). A blank cell is
 * no data, never «нет» or 0; without any --profile the reason is «нет данных профиля».
 */
import type { SchoolProfile, YesNo } from '../../model/profile.js';
import { noValue, valueOf, type Outcome, type SchoolData, type ScoreContext } from './types.js';

type ProfileReader = (profile: SchoolProfile, context: ScoreContext) => Outcome;

/** Runs a reader on the school's profile, or says why there is none. */
export function fromProfile(read: ProfileReader) {
  return (school: SchoolData, context: ScoreContext): Outcome => {
    if (!context.profileGiven || !school.profile) return noValue('no-profile');
    return read(school.profile, context);
  };
}

const level = (name: string, value: number): Outcome => ({ value, level: name, notes: [] });

export function yesNoLevel(flag: YesNo, yes = 'yes', no = 'no'): Outcome {
  if (flag === null) return noValue('no-data');
  return flag ? level(yes, 1) : level(no, 0);
}

/** 2.1, 2.2: a count as a percentage of all teachers. */
export function teacherShare(pick: (p: SchoolProfile) => number | null): ProfileReader {
  return (profile) => {
    const part = pick(profile);
    const total = profile.teachersTotal;
    if (part === null || total === null || total === 0) return noValue('no-data');
    return valueOf((part / total) * 100, [{ code: 'sum', params: { part, whole: total } }]);
  };
}

/** 2.3: the change in the number of teachers with the highest or first category (ruling R6). */
export const categoryChange: ProfileReader = (profile) => {
  const { teachersCategory: now, teachersCategoryPrev: before } = profile;
  if (now === null || before === null) return noValue('no-data');
  return valueOf(now - before, [{ code: 'change', params: { before, now } }]);
};

export const contests: ProfileReader = (profile) =>
  profile.contests === null ? noValue('no-data') : level(profile.contests, ['none', 'participants', 'winners'].indexOf(profile.contests));

export const innovation: ProfileReader = (profile) =>
  profile.innovation === null ? noValue('no-data') : level(profile.innovation, ['none', 'participant', 'winner'].indexOf(profile.innovation));

/** 2.9: regional-stage prize-winners; else municipal-stage efficiency above or up to the threshold; else none. */
export const olympiad: ProfileReader = (profile, context) => {
  if (profile.olympiadRegionalWinners) return level('regional', 3);
  if (profile.olympiadMunicipal === false) return level('none', 0);
  if (profile.olympiadEfficiency === null) return noValue('no-data');
  const above = profile.olympiadEfficiency > context.params.olympiadEfficiency;
  return { ...level(above ? 'above' : 'upTo', above ? 2 : 1), notes: [{ code: 'efficiency', params: { value: profile.olympiadEfficiency, threshold: context.params.olympiadEfficiency } }] };
};

/** 3.x: a value as the profile gives it, without points. */
export function profileValue(pick: (p: SchoolProfile) => number | null): ProfileReader {
  return (profile) => {
    const value = pick(profile);
    return value === null ? noValue('no-data') : valueOf(value);
  };
}

/** 3.3: the decrease of the failing share, in percentage points (positive: fewer failing). */
export const failingDecrease: ProfileReader = (profile) => {
  if (profile.failingShare === null || profile.failingSharePrev === null) return noValue('no-data');
  return valueOf(profile.failingSharePrev - profile.failingShare, [{ code: 'change', params: { before: profile.failingSharePrev, now: profile.failingShare } }]);
};
