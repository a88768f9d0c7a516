/** template facts: the facts workbook of the target indicators; with result files, a row per school of the programme's group in Y. */
import { loadProgramme } from '../io/programme.js';
import { messagesOf } from '../messages/index.js';
import { renderFactsTemplate, type FactsSchoolRow } from '../report/templates/facts-template.js';
import { analyseYear } from '../rules/analysis.js';
import type { AppEnv } from './env.js';
import { gatherYear, type YearOptions } from './year.js';

export async function factsTemplate(options: YearOptions, env: AppEnv): Promise<Buffer> {
  if (options.inputs.length === 0) return renderFactsTemplate(loadProgramme(options.programme), [], env.lang);
  const year = await gatherYear(options, env);
  const analysis = analyseYear(year.input);
  const g = messagesOf(env.lang).targets.groups;
  const listed = analysis.previous.flagged;
  const rows: FactsSchoolRow[] = analysis.classification.schools.flatMap((s) => {
    const shnsu = analysis.shnsu.get(s.schoolId)?.shnsu === true;
    if (!listed.has(s.schoolId) && !shnsu) return [];
    return [{ schoolId: s.schoolId, schoolName: s.schoolName, group: listed.has(s.schoolId) ? (shnsu ? g.both : g.shnor) : g.shnsu }];
  });
  return renderFactsTemplate(year.input.programme, rows, env.lang);
}
