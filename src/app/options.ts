/** The options of the use cases that come from the command line, typed; and how they meet the config. */
import { UsageError } from '../errors.js';
import type { LayoutName } from '../io/layouts/types.js';
import { messagesOf, type Lang } from '../messages/index.js';
import { parseProcedure } from '../model/procedures.js';
import type { ReferenceLevel } from '../model/reference.js';

export interface ReadingOptions {
  layout?: LayoutName;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  year?: number;
  strict?: boolean;
  rejects?: string;
  schools?: string;
  scales?: string;
  procedure?: string;
}

export interface ReferenceOptions {
  reference?: string;
  referenceLevel?: ReferenceLevel;
}

export interface MarkersOptions {
  markers?: string;
}

export type ProcedureSpec = 'fioko' | 'extended' | 'all' | string[];

/** A set name, or a list of codes or names (from the flag or the config file) → canonical codes. */
export function resolveProcedureSpec(spec: ProcedureSpec, lang: Lang, option = 'classify.procedures'): ProcedureSpec {
  if (!Array.isArray(spec)) return spec;
  const codes = spec.map((part) => parseProcedure(part)?.code ?? null);
  if (codes.length === 0 || codes.some((c) => c === null)) {
    throw new UsageError('bad-option', { option, value: spec.join(','), expected: messagesOf(lang).help.expectedProcedures });
  }
  return codes as string[];
}

/** The FIOKO method's flags, on every command that builds the list: they override config «classify». */
export interface MethodOptions {
  threshold?: number;
  sameProcedure?: boolean;
  procedures?: ProcedureSpec;
  minParticipants?: number;
}

/** The config with the method's flags over its «classify» section: what every later step of a run reads. */
export function methodConfig<C extends { classify: object }>(config: C, flags: MethodOptions): C {
  return { ...config, classify: methodSettings(config.classify, flags) };
}

/** The flags that were given, over the config's «classify» section. */
export function methodSettings<T extends object>(configured: T, flags: MethodOptions): T {
  const keys = ['threshold', 'sameProcedure', 'procedures', 'minParticipants'] as const;
  return { ...configured, ...Object.fromEntries(keys.filter((k) => flags[k] !== undefined).map((k) => [k, flags[k]])) };
}

/** --require-significance (dynamics, cluster, score, recommend, targets, report): over the config's «dynamics» section. */
export interface SignificanceOptions {
  requireSignificance?: boolean;
}

export function dynamicsSettings<T extends { requireSignificance: boolean }>(configured: T, flags: SignificanceOptions): T {
  return flags.requireSignificance ? { ...configured, requireSignificance: true } : configured;
}
