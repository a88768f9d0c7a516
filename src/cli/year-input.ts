/**
 * Everything a year's analysis reads — results, profile, reference, catalogue — with the issues
 * found, for `cluster`, `recommend` and `report`.
 */
import { readFileSync } from 'node:fs';
import defaultCatalog from '../../data/recommendations.json' with { type: 'json' };
import type { Config } from '../config/schema.js';
import { InputError, ShnorError } from '../errors.js';
import type { FileOutcome } from '../io/load.js';
import { catalogSchema, combineCatalogs, type CatalogEntry } from '../model/catalog.js';
import { compareIssues, type Issue } from '../model/issues.js';
import type { YearInput } from '../rules/analysis.js';
import { printIssues } from './issues-out.js';
import { classifyOptions, readProfile, readReference, readResults, targetYear, unknownSchool } from './method.js';
import type { ReadingOptions, ReferenceOptions } from './options.js';

export interface YearFlags extends ReadingOptions, ReferenceOptions {
  profile?: string;
  catalog?: string;
}

export interface GatheredYear {
  input: YearInput;
  issues: Issue[];
  files: FileOutcome[];
  /** Every file read, so that no output overwrites one. */
  read: string[];
  referenceLevels: string[];
}

export async function gatherYear(inputs: string[], flags: YearFlags, config: Config): Promise<GatheredYear> {
  const loaded = await readResults(inputs, flags, config);
  const profile = await readProfile(flags.profile);
  const reference = await readReference(flags, loaded.references);
  const known = new Set(loaded.records.map((r) => r.schoolId));
  const unknown = profile.profiles.filter((p) => !known.has(p.schoolId)).map(unknownSchool);
  const issues = [...loaded.issues, ...profile.issues, ...reference.issues, ...unknown].sort(compareIssues);
  printIssues(issues);
  if (flags.strict && issues.length > 0) throw new ShnorError(2, 'strict-failed', { count: issues.length });
  if (loaded.records.length === 0) throw new ShnorError(2, 'no-results');
  return {
    input: {
      records: loaded.records,
      reference: reference.values,
      classify: { ...classifyOptions(config.classify, targetYear(flags, loaded.records)), branches: loaded.branches },
      dynamics: config.dynamics,
      score: config.score,
      profiles: profile.profiles,
      profileGiven: flags.profile !== undefined,
      graduates: loaded.graduates,
      cluster: config.cluster,
      catalog: readCatalog(flags.catalog),
    },
    issues,
    files: loaded.files,
    read: [...loaded.files.map((f) => f.file), ...[flags.profile, flags.reference, flags.catalog].filter((f): f is string => f !== undefined)],
    referenceLevels: [...new Set(reference.values.map((v) => v.level))],
  };
}

/** The shipped catalogue, extended or replaced by --catalog FILE. */
function readCatalog(file: string | undefined): CatalogEntry[] {
  const shipped = catalogSchema.parse(defaultCatalog).entries;
  if (!file) return shipped;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError('file-unreadable', { file }, { reason: (error as Error).message });
  }
  const parsed = catalogSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new InputError('catalog-invalid', { file }, { details });
  }
  return combineCatalogs(shipped, parsed.data);
}
