/**
 * What an XLSX workbook may expand to before it is refused (exit 2, naming the limit and the config
 * key that raises it): a zip bomb or a shared-strings bomb is stopped by the sizes the zip directory
 * declares — before a byte of it is inflated — and by the count of shared strings, not after
 * gigabytes are allocated. The keys are the `read` section's of shnor.config.json.
 */
import * as z from 'zod';
import { InputError } from '../../../errors.js';

export const MIB = 2 ** 20;

export const xlsxLimitParams = {
  /** The parts read (workbook, styles, shared strings, the sheets read), expanded, MiB: a sheet of a million rows is ~180. */
  xlsxMaxExpandedMiB: z.number().positive().default(2048),
  /** How many times a part of more than 1 MiB may expand (workbook XML: 5–15×; a zip bomb: hundreds). */
  xlsxMaxRatio: z.number().min(1).default(100),
  /** Shared strings (the workbook's distinct texts): each is kept in memory while the sheets are read. */
  xlsxMaxSharedStrings: z.number().int().positive().default(5_000_000),
  /** The shared-strings part, expanded, MiB (their total length with markup). */
  xlsxMaxSharedStringsMiB: z.number().positive().default(256),
};

export type XlsxLimitKey = keyof typeof xlsxLimitParams;
export type XlsxLimits = Record<XlsxLimitKey, number>;

export const DEFAULT_XLSX_LIMITS: XlsxLimits = z.object(xlsxLimitParams).parse({});

let configured: XlsxLimits = DEFAULT_XLSX_LIMITS;

/** Set once from the config a command runs under (every workbook it reads is held to it). */
export function setXlsxLimits(limits: XlsxLimits): void {
  configured = {
    xlsxMaxExpandedMiB: limits.xlsxMaxExpandedMiB,
    xlsxMaxRatio: limits.xlsxMaxRatio,
    xlsxMaxSharedStrings: limits.xlsxMaxSharedStrings,
    xlsxMaxSharedStringsMiB: limits.xlsxMaxSharedStringsMiB,
  };
}

export function xlsxLimits(): XlsxLimits {
  return configured;
}

/** The refusal: `value` is what the workbook has (MiB, times or strings), `limit` the key's value. */
export function tooLarge(file: string, key: XlsxLimitKey, value: number, limit: number, part = ''): InputError {
  return new InputError('workbook-too-large', { file }, { key, value: Math.ceil(value), limit, part });
}
