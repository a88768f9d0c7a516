/**
 * School names as different files write them: «МБОУ "СОШ №5"», «МБОУ СОШ № 5», «сош N5» are one
 * school. Case, quotes, «№»/«N», extra spaces and the ownership prefix (МБОУ, МАОУ …) are dropped.
 */
import { normalizeLabel } from './text.js';

const OWNERSHIP = new Set(['мбоу', 'маоу', 'мкоу', 'моу', 'гбоу', 'гоу', 'мбобу', 'мкобу', 'моау', 'чоу', 'ноу', 'ано']);

export function normalizeSchoolName(text: string): string {
  return normalizeLabel(text.replace(/№/g, ' № '))
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
