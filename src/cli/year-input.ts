/**
 * Everything a year's analysis reads — results, profile, reference, catalogue, the list of signs
 * of non-objective results — with the issues found, for `score`, `cluster`, `recommend` and `report`.
 */
import defaultCatalog from '../../data/recommendations.json' with { type: 'json' };
import type { Config } from '../config/schema.js';
import { ShnorError } from '../errors.js';
import { loadFacts } from '../io/facts.js';
import { readJsonFile } from '../io/json-file.js';
import { loadProgramme } from '../io/programme.js';
import type { FileOutcome } from '../io/load.js';
import { catalogSchema, combineCatalogs, type CatalogEntry } from '../model/catalog.js';
import { compareIssues, type Issue } from '../model/issues.js';
import type { YearInput } from '../rules/analysis.js';
import { printIssues } from './issues-out.js';
import { classifyOptions, readMarkers, readProfile, readReference, readResults, targetYear, unknownSchool } from './method.js';
import type { MarkersOptions, ReadingOptions, ReferenceOptions } from './options.js';

export interface YearFlags extends ReadingOptions, ReferenceOptions, MarkersOptions {
  profile?: string;
  catalog?: string;
  programme?: string;
  facts?: string;
}

export interface GatheredYear {
  input: YearInput;
  issues: Issue[];
  files: FileOutcome[];
  referenceLevels: string[];
}

export async function gatherYear(inputs: string[], flags: YearFlags, config: Config): Promise<GatheredYear> {
  const loaded = await readResults(inputs, flags, config);
  const profile = await readProfile(flags.profile);
  const reference = await readReference(flags, loaded.references);
  const known = new Set(loaded.records.map((r) => r.schoolId));
  const unknown = profile.profiles.filter((p) => !known.has(p.schoolId)).map(unknownSchool);
  const programme = loadProgramme(flags.programme);
  const facts = flags.facts ? await loadFacts(flags.facts, programme, known) : { facts: null, issues: [] };
  const markers = await readMarkers(flags.markers, flags, loaded);
  const issues = [...loaded.issues, ...profile.issues, ...reference.issues, ...unknown, ...facts.issues, ...(markers?.issues ?? [])].sort(compareIssues);
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
      markers: markers?.list ?? null,
      graduates: loaded.graduates,
      cluster: config.cluster,
      catalog: readCatalog(flags.catalog),
      programme,
      shnsu: config.shnsu,
      facts: facts.facts,
    },
    issues,
    files: loaded.files,
    referenceLevels: [...new Set(reference.values.map((v) => v.level))],
  };
}

/** The shipped catalogue, extended or replaced by --catalog FILE. */
function readCatalog(file: string | undefined): CatalogEntry[] {
  const shipped = catalogSchema.parse(defaultCatalog).entries;
  return file ? combineCatalogs(shipped, readJsonFile(file, catalogSchema, 'catalog-invalid')) : shipped;
}
