/** Texts of the task-level analysis (карты затруднений), Russian. */
import { plural } from './plural.js';

export const difficultiesRu = {
  title: (p: { procedure: string; year: string }) => `Выполнение заданий: ${p.procedure}, ${p.year}`,
  reference: { region: 'регион', municipality: 'муниципалитет', district: 'район (по данным)' },
  basis: (p: { reference: string; low: string; gap: string }) =>
    `Затруднение — успешность ниже ${p.low}% или на ${p.gap} п.п. и больше ниже сравнения (${p.reference}). Успешность — доля набранных баллов от максимума.`,
  school: (p: { id: string; name: string; participants: number; small: boolean; absent: number }) =>
    `${p.id}${p.name ? ` ${p.name}` : ''} — участников: ${p.participants}${p.small ? ' (малая школа)' : ''}${p.absent > 0 ? `, отсутствовали: ${p.absent}` : ''}`,
  part: { className: (name: string) => `класс ${name}`, teacher: (name: string) => `учитель ${name}` },
  marks: (p: { fail: string; marked: number; mean: string }) => `«2» — ${p.fail}% из ${p.marked} с отметкой, средняя отметка ${p.mean}`,
  low: (p: { threshold: string }) => `низкий результат: «2» не меньше ${p.threshold}%`,
  ofSchool: (p: { failed: number; share: string }) => `${p.failed} «2» — ${p.share}% всех «2» школы`,
  noProblems: 'затруднений нет',
  noProblemsWithMax: 'затруднений нет среди заданий с известным максимальным баллом',
  noMax: (tasks: string) => `нет максимального балла — успешность не вычислена: задания ${tasks}`,
  noMaxCell: 'нет максимума',
  pp: 'п.п.',
  task: (p: { task: string; success: string; reference: string; gap: string; zero: string }) =>
    `задание ${p.task}: ${p.success}${p.reference ? ` при ${p.reference}` : ''}${p.gap ? ` (${p.gap})` : ''}${p.zero ? `; 0 баллов — ${p.zero}` : ''}`,
  skill: (skill: string | null) => skill ?? 'умение не указано (нет карты заданий)',
  district: (p: { basis: string; schools: number }) => `Общие затруднения (${p.basis}, школ: ${p.schools}):`,
  basisShnor: 'ШНОР',
  basisAll: 'все школы: список ШНОР не задан',
  skillLine: (p: { skill: string; count: number; total: number; ids: string }) => `${p.skill} — ${p.count} из ${p.total} (${p.ids})`,
  majority: 'у большинства',
  columns: {
    schoolId: 'Код ОО', name: 'Наименование ОО', part: 'Класс / учитель', task: 'Задание', max: 'Макс. балл', success: 'Успешность, %',
    reference: 'Сравнение, %', gap: 'Разница, п.п.', ciLow: '95% ДИ, от', ciHigh: '95% ДИ, до', problem: 'Затруднение', skill: 'Умение',
    content: 'Элемент содержания', zero: '0 баллов, %', participants: 'Участников', schools: 'Школ', looked: 'Школ рассмотрено', ids: 'Школы', procedure: 'Процедура', year: 'Год',
  },
  subject: { MA: 'математики', RU: 'русского языка', BI: 'биологии', HI: 'истории', PH: 'физики', CH: 'химии', GE: 'географии', SO: 'обществознания', EN: 'английского языка', IN: 'информатики', LI: 'литературы' },
  subjectOther: 'предмета',
  nextGrade: (grade: number) => `в ${grade} классе`,
  nextYear: 'в следующем учебном году',
  sheetTasks: 'Задания',
  sheetSkills: 'Общие затруднения',
  sheetMarks: 'Отметки',
  marksColumns: {
    marked: 'С отметкой', failed: '«2»', failShare: '«2», %', mean: 'Средняя отметка', low: 'Низкий результат (≥ порога ФИОКО)', ofSchool: 'Доля во всех «2» школы, %',
  },
  heatTitle: (procedure: string) => `${procedure}: разница со сравнением по заданиям, п.п.`,
  heatSchool: 'Школа',
  heatTask: 'Задание',
  heatGap: 'Разница, п.п.',
  heatShown: (shown: number, schools: number) =>
    ` (${shown} ${plural(shown, 'школа', 'школы', 'школ')} с наибольшим отставанием из ${schools})`,
};
