/** The registry of table readers, by the format detectFormat finds. */
import { csvReader } from './csv.js';
import type { TableReader } from './types.js';
import { xlsxReader } from './xlsx.js';

export const READERS: Record<'csv' | 'xlsx', TableReader> = { csv: csvReader, xlsx: xlsxReader };

export function readerFor(format: 'csv' | 'xlsx'): TableReader {
  return READERS[format];
}
