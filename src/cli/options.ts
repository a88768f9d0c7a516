/** Flags shared by the commands, defined once, and their parsers (bad values → exit 2). */
import { Command, Option } from 'commander';
import { resolveProcedureSpec, type ProcedureSpec } from '../app/options.js';
import { UsageError } from '../errors.js';
import { LAYOUT_NAMES } from '../io/layouts/types.js';
import { getLang, LANGS, msg, type Lang } from '../messages/index.js';
import { parseProcedure } from '../model/procedures.js';
import type { ReferenceLevel } from '../model/reference.js';
import { parseSchoolYear } from '../model/school-year.js';
import { OBJECTIVITY_SOURCES } from '../rules/objectivity-flag.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/to/index.js';

export interface GlobalOptions {
  lang?: Lang;
  config?: string;
  debug?: boolean;
}

export const REFERENCE_LEVELS: ReferenceLevel[] = ['district', 'region'];

export interface OutputOptions {
  format?: OutputFormat;
  output?: string;
  excel?: boolean;
}

export function addGlobalOptions(program: Command): Command {
  const h = msg().help;
  return program
    .addOption(new Option('--lang <lang>', h.lang).argParser((v) => oneOf('--lang', v, LANGS)))
    .option('--config <file>', h.config)
    .option('--debug', h.debug);
}

export function addReadingOptions(command: Command): Command {
  const h = msg().help;
  return command
    .option('--year <year>', h.year, parseYearOption)
    .option('--procedure <name>', h.taskProcedure, parseProcedureOption)
    .addOption(new Option('--layout <layout>', h.layout).argParser((v) => oneOf('--layout', v, LAYOUT_NAMES)))
    .option('--encoding <encoding>', h.encoding)
    .option('--delimiter <char>', h.delimiter, parseDelimiter)
    .option('--sheet <name>', h.sheet)
    .option('--strict', h.strict)
    .option('--rejects <file>', h.rejects)
    .option('--schools <file>', h.schools)
    .option('--scales <file>', h.scales);
}

/** --reference FILE and the level of its rows without a level column (ruling R10). */
export function addReferenceOptions(command: Command): Command {
  const h = msg().help;
  return command
    .option('--reference <file>', h.reference)
    .addOption(new Option('--reference-level <level>', h.referenceLevel).argParser((v) => oneOf('--reference-level', v, REFERENCE_LEVELS)));
}

/** --markers FILE: the official list of schools with signs of non-objective ВПР results. */
export function addMarkersOption(command: Command): Command {
  return command.option('--markers <file>', msg().markers.help);
}

/** --objectivity-from list|profile|computed: where score's 1.18 and check's objectivity warnings take the flag from. */
export function addObjectivityFromOption(command: Command): Command {
  return command.addOption(
    new Option('--objectivity-from <source>', msg().objectivityFlag.help).argParser((v) => oneOf('--objectivity-from', v, OBJECTIVITY_SOURCES)),
  );
}

export function addOutputOptions(command: Command): Command {
  const h = msg().help;
  return command
    .addOption(new Option('--format <format>', h.format(OUTPUT_FORMATS.join(', '))).argParser((v) => oneOf('--format', v, OUTPUT_FORMATS)))
    .option('-o, --output <file>', h.output)
    .option('--excel', h.excel);
}

export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError('bad-option', { option, value, expected: msg().help.expectedOneOf(allowed.join(', ')) });
}

export function parseYearOption(value: string): number {
  const year = parseSchoolYear(value);
  if (year === null) throw new UsageError('bad-option', { option: '--year', value, expected: msg().help.expectedYear });
  return year;
}

/** --procedure: a name or a code that names a procedure, else a usage error. */
export function parseProcedureOption(value: string): string {
  const procedure = parseProcedure(value);
  if (!procedure) throw new UsageError('bad-option', { option: '--procedure', value, expected: msg().help.expectedProcedure });
  return procedure.code;
}

export function parseNumberOption(option: string, value: string, valid: (n: number) => boolean): number {
  const n = Number(value.replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(n) || !valid(n)) {
    throw new UsageError('bad-option', { option, value, expected: msg().help.expectedNumber });
  }
  return n;
}

export function parseDelimiter(value: string): string {
  const named: Record<string, string> = { '\\t': '\t', tab: '\t', semicolon: ';', comma: ',' };
  const delimiter = named[value] ?? value;
  if (delimiter.length !== 1) throw new UsageError('bad-option', { option: '--delimiter', value, expected: msg().help.expectedOneOf('; , \\t |') });
  return delimiter;
}

/** fioko | extended | all | a comma-separated list of codes or Russian names. */
export function parseProceduresOption(value: string): ProcedureSpec {
  if (value === 'fioko' || value === 'extended' || value === 'all') return value;
  return resolveProcedureSpec(value.split(','), getLang(), '--procedures');
}

/** --school A --school B,C → [A, B, C]. */
export function collectIds(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((id) => id.trim()).filter(Boolean)];
}

export function addMethodOptions(command: Command): Command {
  const h = msg().help;
  return command
    .option('--threshold <percent>', h.threshold, (v) => parseNumberOption('--threshold', v, (n) => n > 0 && n <= 100))
    .option('--same-procedure', h.sameProcedure)
    .option('--procedures <set>', h.procedures, parseProceduresOption)
    .option('--min-participants <n>', h.minParticipants, (v) => parseNumberOption('--min-participants', v, (n) => Number.isInteger(n) && n >= 1));
}

/** --require-significance: a change counts in verdicts only when it is significant (config dynamics.requireSignificance). */
export function addSignificanceOption(command: Command): Command {
  return command.option('--require-significance', msg().significance.help);
}
