/** The task-level measures of the year's schools, beside the measures their results fire. */
import type { CatalogEntry } from '../model/catalog.js';
import type { YearAnalysis } from './analysis.js';
import type { Recommendation } from './recommendations.js';
import { taskRecommendations } from './task-recommendations.js';
import type { ProcedureTasks } from './tasks.js';

/** The task-level measures of a school over every work it wrote. */
export function taskMeasures(works: ProcedureTasks[], schoolId: string, catalog: CatalogEntry[]): Recommendation[] {
  return works.flatMap((work) => {
    const school = work.schools.find((s) => s.schoolId === schoolId);
    return school ? taskRecommendations(school, work, catalog) : [];
  });
}

/** The year's measures with the task-level ones added to each school's. */
export function withTaskMeasures(analysis: YearAnalysis, works: ProcedureTasks[], catalog: CatalogEntry[]): YearAnalysis {
  const recommendations = new Map([...analysis.recommendations].map(([id, list]) => [id, [...list, ...taskMeasures(works, id, catalog)]]));
  return { ...analysis, recommendations };
}
