/**
 * The report's sections that cannot say what they are for: no profile for the ШНСУ, no earlier
 * year for the dynamics, no monitoring facts for the targets, no task results of the year — or none of a listed school — for the
 * карты затруднений. Each says why in one sentence at its head, and the run warns of it.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { ProgrammeInput } from './programme-sections.js';
import type { TasksSectionInput } from './tasks-section.js';
import { statusCounts } from '../targets/report.js';

export type GapSection = 'shnsu' | 'dynamics' | 'targets' | 'tasks';

/** Why a section has no data, by the section's id; a section with data is absent. */
export type Gaps = Partial<Record<GapSection, string>>;

/** `years`: the years of the results read. */
export function sectionGaps(programme: ProgrammeInput, tasks: TasksSectionInput | null, years: number[], lang: Lang): Gaps {
  const t = messagesOf(lang);
  const g = t.report.gaps;
  const { year, targets } = programme.analysis;
  const gaps: Gaps = {};
  if (!programme.profileGiven) gaps.shnsu = t.targets.shnsu.noProfile;
  if (!years.some((y) => y < year)) gaps.dynamics = g.noEarlierYear(t.labels.schoolYear(year));
  if (!programme.factsGiven && targets.length > 0) gaps.targets = g.noFacts(statusCounts(targets));
  if (tasks) {
    const { flagged } = tasks;
    if (tasks.works.length === 0) {
      const found = tasks.yearsRead.filter((y) => y !== year).map(t.labels.schoolYear).join(', ');
      gaps.tasks = found === '' ? g.noTaskResults(t.labels.schoolYear(year)) : g.taskResultsOfOtherYears({ year: t.labels.schoolYear(year), found });
    } else if (flagged.size > 0 && !tasks.works.some((w) => w.schools.some((s) => flagged.has(s.schoolId)))) {
      gaps.tasks = g.noListedSchools(flagged.size);
    }
  }
  return gaps;
}
