/** The document's JSON projection, the stable data contract: a value indented by two, or the pieces as they come. */
import type { Document } from '../document/model.js';

export function documentJson(document: Document): Iterable<string> {
  const json = document.json;
  if (json === undefined) return ['null\n'];
  return 'pieces' in json ? json.pieces() : [`${JSON.stringify(json.value, null, 2)}\n`];
}
