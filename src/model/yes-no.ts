/** A да/нет cell: the words of the profile's yes/no columns (and booleans); blank is null. */
import type { CellValue } from './cells.js';
import { cellText } from './numbers.js';
import { CHOICES } from './profile-fields.js';
import { normalizeLabel } from './text.js';

const WORDS = new Map(CHOICES.yesno.flatMap((choice) => choice.words.map((word) => [normalizeLabel(word) || word, choice.value] as const)));

export function parseYesNo(cell: CellValue): boolean | null | 'invalid' {
  if (typeof cell === 'boolean') return cell;
  const text = cellText(cell);
  if (text === null) return null;
  return WORDS.get(normalizeLabel(text) || text.trim()) ?? 'invalid';
}
