/** Finds, parses and validates the config file; returns defaults when there is none. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { en, ru } from 'zod/locales';
import { UsageError } from '../errors.js';
import { getLang, msg } from '../messages/index.js';
import { configSchema, DEFAULT_CONFIG, type Config } from './schema.js';

export const CONFIG_FILE = 'shnor.config.json';

export function loadConfig(explicit: string | undefined, cwd: string): Config {
  const path = resolve(cwd, explicit ?? CONFIG_FILE);
  if (!explicit && !existsSync(path)) return DEFAULT_CONFIG;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError('config-unreadable', { file: path, reason: (error as Error).message });
  }
  z.config(getLang() === 'ru' ? ru() : en());
  const parsed = configSchema.safeParse(withoutComments(raw));
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.') || msg().labels.configRoot}: ${i.message}`).join('; ');
    throw new UsageError('config-invalid', { file: path, details });
  }
  const minScores = { ...DEFAULT_CONFIG.minScores, ...parsed.data.minScores };
  return { ...parsed.data, minScores };
}

/** Drops «//…» keys at any depth: JSON has no comments, so the default file carries them as keys. */
function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !key.startsWith('//')).map(([key, v]) => [key, withoutComments(v)]),
  );
}
