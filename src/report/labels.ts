/**
 * A label map's word for a code that arrives as data — a parameter, a key of the configuration, a
 * code joined into a string — and so cannot carry the map's key type: undefined when the map has
 * no word for it. Codes that have their union type index the map directly.
 */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, code: string): string | undefined {
  return hasLabel(labels, code) ? labels[code] : undefined;
}

function hasLabel<K extends string>(labels: Readonly<Record<K, string>>, code: string): code is K {
  return Object.hasOwn(labels, code);
}
