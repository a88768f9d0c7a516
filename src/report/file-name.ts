/**
 * A file name made from data — a chart named for a school or a procedure code: letters, digits,
 * «-» and «_» only (no separator, no «..», no leading dot), at most 100 characters (a Cyrillic
 * name then takes at most 200 of the 255 bytes a file name may have: a school known only by its
 * full name, as on the regional ЕГЭ form, is longer), never a name Windows reserves, and unique
 * among the names given before it, compared case-blind as Windows and macOS compare them
 * («a/../x» → «a-x»; a second «a-x» → «a-x-2»).
 */
const MAX_CHARS = 100;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function fileSlug(text: string, taken: Set<string>): string {
  const cleaned = text.normalize('NFC').replace(/[^\p{L}\p{N}_]+/gu, '-').replace(/^-+|-+$/g, '');
  const base = RESERVED.test(cleaned) ? `_${cleaned}` : cutTo(cleaned, MAX_CHARS) || 'file';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${cutTo(base, MAX_CHARS - String(n).length - 1)}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** At most `max` characters, never splitting a character made of two UTF-16 units, no «-» left at the end. */
function cutTo(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('').replace(/-+$/, '');
}
