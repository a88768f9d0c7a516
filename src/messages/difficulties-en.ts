/** Texts of the task-level analysis (difficulty maps), English. */
import type { difficultiesRu } from './difficulties-ru.js';

export const difficultiesEn: typeof difficultiesRu = {
  title: (p) => `Task results: ${p.procedure}, ${p.year}`,
  reference: { region: 'region', municipality: 'municipality', district: 'district (from the data)' },
  basis: (p) => `A problem task: success below ${p.low}% or ${p.gap} pp or more below the reference (${p.reference}). Success is the share of the maximum points obtained.`,
  school: (p) => `${p.id}${p.name ? ` ${p.name}` : ''} — participants: ${p.participants}${p.small ? ' (small school)' : ''}`,
  part: { className: (name) => `class ${name}`, teacher: (name) => `teacher ${name}` },
  noProblems: 'no problem tasks',
  pp: 'pp',
  task: (p) => `task ${p.task}: ${p.success}${p.reference ? ` against ${p.reference}` : ''}${p.gap ? ` (${p.gap})` : ''}${p.zero ? `; 0 points — ${p.zero}` : ''}`,
  skill: (skill) => skill ?? 'skill not given (no task map)',
  district: (p) => `Common problems (${p.basis}, schools: ${p.schools}):`,
  basisShnor: 'ШНОР',
  basisAll: 'all schools: no ШНОР list (--results)',
  skillLine: (p) => `${p.skill} — ${p.count} of ${p.total} (${p.ids})`,
  majority: 'most',
  columns: {
    schoolId: 'School id', name: 'School name', part: 'Class / teacher', task: 'Task', max: 'Max points', success: 'Success, %',
    reference: 'Reference, %', gap: 'Gap, pp', ciLow: '95% CI, low', ciHigh: '95% CI, high', problem: 'Problem', skill: 'Skill',
    content: 'Content element', zero: '0 points, %', participants: 'Participants', schools: 'Schools', looked: 'Schools looked at', ids: 'School ids', procedure: 'Procedure', year: 'Year',
  },
  subject: { MA: 'mathematics', RU: 'Russian', BI: 'biology', HI: 'history', PH: 'physics', CH: 'chemistry', GE: 'geography', SO: 'social studies', EN: 'English', IN: 'computer science', LI: 'literature' },
  subjectOther: 'the subject',
  nextGrade: (grade) => `in grade ${grade}`,
  nextYear: 'next school year',
  sheetTasks: 'Tasks',
  sheetSkills: 'Common problems',
  heatTitle: (procedure) => `${procedure}: gap to the reference by task, pp`,
  heatSchool: 'School',
  heatTask: 'Task',
  heatGap: 'Gap, pp',
};
