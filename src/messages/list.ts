/**
 * Lists cut for one line of the terminal: a district's hundreds of school codes, a header's
 * forty cells. Up to LIST_LIMIT items are shown, then «… и ещё N» (`more` gives the words in the
 * language of the run). Full lists stay in JSON, CSV and XLSX.
 */
export const LIST_LIMIT = 10;

export function shortList(items: readonly string[], more: (count: number) => string, separator = ', ', limit = LIST_LIMIT): string {
  if (items.length <= limit) return items.join(separator);
  return `${items.slice(0, limit).join(separator)} … ${more(items.length - limit)}`;
}

/** Parameters of a message carry a list as its items one a line (issue and error parameters are strings). */
export function itemsOf(param: string | number | undefined): string[] {
  return String(param ?? '').split('\n').filter((item) => item !== '');
}
