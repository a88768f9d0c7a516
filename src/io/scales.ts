/**
 * The --scales file: conversion scales of other years, one row per year × procedure —
 * «year, procedure, min3, min4, min5, max» (the shape of the shipped data/scales.json; Russian
 * headers «Год | Процедура | «3» от | «4» от | «5» от | Максимум» too), optionally «source» and «notes»; FIOKO's
 * codes are understood (VPR-FI-7 is physics, VPR-INYA-7 the foreign language 7 of all three). A row
 * whose numbers are not whole or not in order (min3 < min4 < min5 ≤ max) is reported and left out.
 */
import type { CellValue } from '../model/cells.js';
import type { Issue } from '../model/issues.js';
import { cellText, parseNumber } from '../model/numbers.js';
import type { Scale } from '../model/scales.js';
import { normalizeLabel } from '../model/text.js';
import { isBlankRow, mapColumns, readProcedure, readYear, tableLayout, type ColumnMap } from './layouts/columns.js';
import type { LayoutContext, LayoutMatch } from './layouts/types.js';
import { readTableFile } from './read-table.js';
import { SCALE_HEADERS } from './vocabulary/headers.js';

export type ScaleField = 'year' | 'procedure' | 'min3' | 'min4' | 'min5' | 'max' | 'source' | 'note';
const BOUNDS = ['min3', 'min4', 'min5', 'max'] as const;

function normalizeKeys(aliases: Record<string, ScaleField>): Record<string, ScaleField> {
  return Object.fromEntries(Object.entries(aliases).map(([alias, field]) => [normalizeLabel(alias), field]));
}

const ALIASES: Record<string, ScaleField> = normalizeKeys(SCALE_HEADERS);

const fieldOf = (header: string): ScaleField | null => ALIASES[normalizeLabel(header)] ?? null;

export async function loadScales(input: string): Promise<{ scales: Scale[]; issues: Issue[] }> {
  const scales: Scale[] = [];
  const issues: Issue[] = [];
  await readTableFile<Scale>(input, { match: matchScales, year: null, minScores: {}, noHeaderCode: 'no-scales-header' }, scales, issues);
  return { scales, issues };
}

function matchScales(headers: string[]): LayoutMatch<Scale> | null {
  const map = mapColumns(headers, fieldOf);
  if (!['year', 'procedure', ...BOUNDS].every((field) => map.fields.has(field as ScaleField))) return null;
  return tableLayout('scales', map, (cells, rowNumber, context) => readScale(cells, rowNumber, map, context));
}

function readScale(cells: CellValue[], rowNumber: number, map: ColumnMap<ScaleField>, context: LayoutContext<Scale>): void {
  if (isBlankRow(cells)) return;
  const columns = map as unknown as ColumnMap;
  const year = readYear(cells, columns, context, rowNumber);
  const procedures = foreignLanguages(cellText(cells[map.fields.get('procedure')!] ?? null)) ?? [readProcedure(cells, columns, context, rowNumber)];
  const bounds = BOUNDS.map((field) => wholeAt(cells, rowNumber, map, field, context));
  if (year === null || procedures[0] === null || bounds.some((b) => b === null)) return;
  const [min3, min4, min5, max] = bounds as number[];
  if (!(min3! >= 1 && min3! < min4! && min4! < min5! && min5! <= max!)) {
    context.report({ row: rowNumber, column: map.headers[map.fields.get('min3')!]!, code: 'scale-out-of-order', params: { min3: min3!, min4: min4!, min5: min5!, max: max! } });
    return;
  }
  const text = (field: 'source' | 'note') => {
    const index = map.fields.get(field);
    return index === undefined ? null : cellText(cells[index] ?? null);
  };
  const source = text('source') ?? context.file;
  const note = text('note');
  for (const procedure of procedures as string[]) {
    context.emit({ year, procedure, min3: min3!, min4: min4!, min5: min5!, max: max!, source, ...(note === null ? {} : { note }) });
  }
}

/** FIOKO's «VPR-INYA-7»: one description, one scale, for English, German and French. */
function foreignLanguages(text: string | null): string[] | null {
  const hit = text === null ? null : /^VPR-INYA-(\d{1,2})$/i.exec(text.trim());
  return hit ? ['EN', 'DE', 'FR'].map((subject) => `VPR-${subject}-${hit[1]}`) : null;
}

function wholeAt(cells: CellValue[], rowNumber: number, map: ColumnMap<ScaleField>, field: (typeof BOUNDS)[number], context: LayoutContext<Scale>): number | null {
  const index = map.fields.get(field)!;
  const value = parseNumber(cells[index] ?? null);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  const code = value === null ? 'scale-bound-missing' : value === 'invalid' ? 'bad-number' : 'not-integer';
  context.report({ row: rowNumber, column: map.headers[index]!, code, params: { value: String(cells[index] ?? '') } });
  return null;
}
