/**
 * Web addresses in a printed cell: decoded (a percent-encoded Cyrillic path is unreadable, and an
 * address that does not decode stays as it is) and cut to the host and «…» — the full address is
 * in the workbook.
 */
/** An address up to a space or a quote, without the punctuation that ends a sentence. */
const ADDRESS = /\bhttps?:\/\/[^\s<>"«»]*[^\s<>"«».,;:!?)]/gi;

export function decodedAddress(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

/** «https://school.ru/docs/plan.pdf» → «school.ru…»; an address that is only a host stays whole. */
export function shortAddress(address: string): string {
  const decoded = decodedAddress(address);
  const match = /^https?:\/\/([^/?#]+)(.*)$/i.exec(decoded);
  if (!match) return decoded;
  const [, host, rest] = match;
  return rest!.replace(/\/$/, '') === '' ? host! : `${host}…`;
}

/** A text with every web address in it shortened. */
export function shortAddresses(text: string): string {
  return text.replace(ADDRESS, shortAddress);
}
