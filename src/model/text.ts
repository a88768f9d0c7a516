/**
 * Normalises a header or label for matching: lower case, ё → е, quotes dropped,
 * punctuation turned into spaces, letters and digits split apart («5кл» → «5 кл»).
 */
export function normalizeLabel(text: string): string {
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
