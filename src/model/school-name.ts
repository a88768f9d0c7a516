/**
 * School names as different files write them: «МБОУ "СОШ №5"», «МБОУ СОШ № 5», «сош N5» are one
 * school, and so is «Муниципальное бюджетное общеобразовательное учреждение "Средняя
 * общеобразовательная школа №5"» (a region's ЕГЭ form writes names in full). Case, quotes, «№»/«N»,
 * extra spaces and the ownership prefix (МБОУ, МАОУ …) are dropped; the school's kind in full is
 * its abbreviation.
 */
import { normalizeLabel } from './text.js';

const OWNERSHIP = new Set(['мбоу', 'маоу', 'мкоу', 'моу', 'гбоу', 'гоу', 'мбобу', 'мкобу', 'моау', 'чоу', 'ноу', 'ано', 'гкоу', 'гаоу', 'фкоу']);

/** Full names, as normalizeLabel leaves them, and the abbreviations files write instead. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<=^| )муниципальное бюджетное общеобразовательное учреждение(?= |$)/g, 'мбоу'],
  [/(?<=^| )муниципальное автономное общеобразовательное учреждение(?= |$)/g, 'маоу'],
  [/(?<=^| )муниципальное казенное общеобразовательное учреждение(?= |$)/g, 'мкоу'],
  [/(?<=^| )муниципальное общеобразовательное учреждение(?= |$)/g, 'моу'],
  [/(?<=^| )государственное бюджетное общеобразовательное учреждение(?= |$)/g, 'гбоу'],
  [/(?<=^| )государственное общеобразовательное учреждение(?= |$)/g, 'гоу'],
  [/(?<=^| )частное общеобразовательное учреждение(?= |$)/g, 'чоу'],
  [/(?<=^| )средняя общеобразовательная школа(?= |$)/g, 'сош'],
  [/(?<=^| )основная общеобразовательная школа(?= |$)/g, 'оош'],
  [/(?<=^| )начальная общеобразовательная школа(?= |$)/g, 'нош'],
];

export function normalizeSchoolName(text: string): string {
  const label = normalizeLabel(text.replace(/№/g, ' № '));
  return ABBREVIATIONS.reduce((name, [full, short]) => name.replace(full, short), label)
    .split(' ')
    .filter((word, i, words) => !OWNERSHIP.has(word) && word !== '№' && !(word === 'n' && /^\d/.test(words[i + 1] ?? '')))
    .join(' ');
}

/**
 * A ФИС ОКО school login at the start of a cell, «sch233007 МБОУ СОШ № 7» or «edu223017 | МБОУ
 * "Вавилонская СОШ"»: the login, then the name. Older exports write sch…, those from 2022 on edu….
 */
export const SCHOOL_LOGIN = /^\s*((?:sch|edu)\d+)\b[\s_.:;,|-]*(.*)$/i;

/** A ФИС ОКО school login anywhere in a text (a title row, a file name). */
export const SCHOOL_LOGIN_IN_TEXT = /(?<![a-z\d])((?:sch|edu)\d+)(?![a-z\d])/i;
