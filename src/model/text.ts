/**
 * Normalises a header or label for matching: lower case, ё → е, quotes dropped,
 * punctuation turned into spaces, letters and digits split apart («5кл» → «5 кл»).
 */
export function normalizeLabel(text: string): string {
  if (text.length > LABEL_CACHED_LENGTH) return normalized(text);
  let label = labels.get(text);
  if (label === undefined) {
    if (labels.size >= LABELS_KEPT) labels.clear();
    label = normalized(text);
    labels.set(text, label);
  }
  return label;
}

/**
 * Labels already normalised: a row's school name is checked for «Итого» on every row, a profile's
 * «да» / «нет» in every cell — the same few thousand texts over and over (1.1 s of the 8.8 s of CPU
 * of classifying 192,000 rows of 8,000 schools with their profiles). Emptied when full, so never more than this many, and
 * only short texts: a label is a few words.
 */
const labels = new Map<string, string>();
const LABELS_KEPT = 1 << 14;
const LABEL_CACHED_LENGTH = 200;

function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„'`’]/g, '')
    .replace(/%/g, ' % ')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .trim()
    .replace(/\s+/g, ' ');
}

/** A school id for comparing case aside (and spaces around it): «SCH233007 » is «sch233007». */
export function foldId(id: string): string {
  return id.trim().toLocaleLowerCase('ru');
}

let natural: Intl.Collator | undefined;

/**
 * Russian order with numbers by value: «sch9» before «sch10», 5Б before 10А. The collator is made
 * at the first comparison, not when the module loads: ICU takes some 10 ms to set one up, which
 * every command (and every reading thread) would pay at start whether it sorts or not.
 */
export function compareNatural(a: string, b: string): number {
  natural ??= new Intl.Collator('ru', { numeric: true });
  return natural.compare(a, b);
}
