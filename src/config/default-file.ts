/**
 * The commented shnor.config.json that `shnor init` writes: every key of the config schema in the
 * schema's order with its default, and the notes of the messages (configFile) as «//» keys — a
 * section's note first inside it, a value's note just before it.
 */
import * as z from 'zod';
import { msg, type Messages } from '../messages/index.js';
import { configSchema, DEFAULT_CONFIG } from './schema.js';

type Notes = Messages['configFile'];
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function defaultConfigText(t: Messages = msg()): string {
  return `${JSON.stringify(section(configSchema, DEFAULT_CONFIG, '', t.configFile), null, 2)}\n`;
}

function section(schema: z.ZodObject, defaults: unknown, path: string, notes: Notes): { [key: string]: Json } {
  const file: { [key: string]: Json } = {};
  const own = noteOf(notes, path);
  if (own !== undefined) file['//'] = own;
  for (const [key, field] of Object.entries(schema.shape)) {
    const at = path === '' ? key : `${path}.${key}`;
    const value = (defaults as Record<string, unknown> | undefined)?.[key];
    const inner = unwrapped(field);
    if (inner instanceof z.ZodObject) {
      file[key] = section(inner, value, at, notes);
      continue;
    }
    const note = noteOf(notes, at);
    if (note !== undefined) file[`// ${key}`] = note;
    file[key] = valueOf(value, inner, at);
  }
  return file;
}

/**
 * The default as written; a key without one is a text the user fills in (the requisites: unset
 * is «______» in the report), written "".
 */
function valueOf(value: unknown, schema: z.ZodType, path: string): Json {
  if (value !== undefined) return value as Json;
  if (schema instanceof z.ZodString) return '';
  throw new Error(`config key ${path} has no default`);
}

/** The type under a key's default, prefault, optional, nullable and transform. */
function unwrapped(schema: z.core.SomeType): z.ZodType {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return unwrapped(schema.unwrap());
  }
  if (schema instanceof z.ZodPipe) return unwrapped(schema.in);
  return schema as z.ZodType;
}

function noteOf(notes: Notes, path: string): string | undefined {
  return Object.hasOwn(notes, path) ? notes[path as keyof Notes] : undefined;
}
