/** Finds, parses and validates the config file; returns defaults when there is none. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { en, ru } from 'zod/locales';
import { UsageError } from '../errors.js';
import { getLang, msg } from '../messages/index.js';
import { configSchema, DEFAULT_CONFIG, type Config } from './schema.js';

export const CONFIG_FILE = 'shnor.config.json';

/** The config file a run reads: --config FILE, else ./shnor.config.json when there is one; null for none. */
export function configFile(explicit: string | undefined, cwd: string): string | null {
  const path = resolve(cwd, explicit ?? CONFIG_FILE);
  return explicit || existsSync(path) ? path : null;
}

export function loadConfig(explicit: string | undefined, cwd: string): Config {
  const path = configFile(explicit, cwd);
  if (path === null) return DEFAULT_CONFIG;
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UsageError('config-unreadable', { file: path, reason: (error as Error).message });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError('config-unreadable', { file: path, reason: notJson(text, (error as Error).message) });
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

/**
 * Why the text is not JSON, without quoting it: the engine's message carries the file's first
 * characters, and --config may be pointed at a file that is not the user's to show.
 */
function notJson(text: string, message: string): string {
  const at = /at position (\d+)/.exec(message)?.[1];
  const position = at !== undefined ? Number(at) : /end of JSON input/.test(message) ? text.length : null;
  if (position === null) return msg().help.configNotJson(null);
  const before = text.slice(0, position).split('\n');
  return msg().help.configNotJson({ line: before.length, column: before.at(-1)!.length + 1 });
}

/** Drops «//…» keys at any depth: JSON has no comments, so the default file carries them as keys. */
function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !key.startsWith('//')).map(([key, v]) => [key, withoutComments(v)]),
  );
}
