/** A JSON data file given on the command line (--catalog, --programme), validated with its zod schema. */
import { readFileSync } from 'node:fs';
import type * as z from 'zod';
import { InputError } from '../errors.js';

export function readJsonFile<S extends z.ZodType>(file: string, schema: S, invalidCode: 'catalog-invalid' | 'programme-invalid'): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError('file-unreadable', { file }, { reason: (error as Error).message });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new InputError(invalidCode, { file }, { details });
  }
  return parsed.data;
}
