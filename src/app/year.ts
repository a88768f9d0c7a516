/**
 * Everything a year's analysis reads — results, profile, reference, catalogue, programme, facts,
 * the list of signs of non-objective results, the signs computed from per-pupil exports with
 * --objectivity-from computed — with the issues found, for `score`, `cluster`,
 * `recommend`, `targets` and `report`.
 */
import defaultCatalog from '../../data/recommendations.json' with { type: 'json' };
import type { Config } from '../config/schema.js';
import { loadFacts } from '../io/facts.js';
import { readJsonFile } from '../io/json-file.js';
import type { FileOutcome } from '../io/load.js';
import { loadProgramme } from '../io/programme.js';
import { catalogSchema, combineCatalogs, type CatalogEntry } from '../model/catalog.js';
import { compareIssues, type Issue } from '../model/issues.js';
import type { ReferenceLevel } from '../model/reference.js';
import type { YearInput } from '../rules/analysis.js';
import type { AppEnv } from './env.js';
import { gateIssues, requireResults } from './gate.js';
import { classifyOptions, readMarkers, readProfile, readReference, readResults, targetYear, unknownSchools } from './inputs.js';
import { objectivityBasis, objectivitySource, readComputedObjectivity, type ObjectivityFromOptions } from './objectivity-from.js';
import { dynamicsSettings, methodSettings, type MarkersOptions, type MethodOptions, type ReadingOptions, type ReferenceOptions, type SignificanceOptions } from './options.js';

export interface YearOptions extends ReadingOptions, ReferenceOptions, MarkersOptions, ObjectivityFromOptions, MethodOptions, SignificanceOptions {
  inputs: string[];
  config: Config;
  profile?: string;
  catalog?: string;
  programme?: string;
  facts?: string;
}

export interface GatheredYear {
  input: YearInput;
  issues: Issue[];
  files: FileOutcome[];
  referenceLevels: ReferenceLevel[];
}

export async function gatherYear(options: YearOptions, env: AppEnv): Promise<GatheredYear> {
  const { config } = options;
  const source = objectivitySource(options);
  const loaded = await readResults(options.inputs, options, config, env);
  const profile = await readProfile(options.profile);
  const reference = await readReference(options, loaded.references);
  const known = new Set(loaded.records.map((r) => r.schoolId));
  const programme = loadProgramme(options.programme);
  const facts = options.facts ? await loadFacts(options.facts, programme, known) : { facts: null, issues: [] };
  const markers = await readMarkers(options.markers, options, loaded);
  const computed = source === 'computed' ? await readComputedObjectivity(options.inputs, options, env) : null;
  const issues = gateIssues(
    [
      ...loaded.issues, ...profile.issues, ...reference.issues, ...unknownSchools(profile.profiles, loaded.records), ...facts.issues, ...(markers?.issues ?? []),
      ...(computed?.issues ?? []),
    ].sort(compareIssues),
    options.strict, env,
  );
  requireResults(loaded.records.length);
  return {
    input: {
      records: loaded.records,
      reference: reference.values,
      classify: { ...classifyOptions(methodSettings(config.classify, options), targetYear(options.year, loaded.records), env.lang), branches: loaded.branches },
      dynamics: dynamicsSettings(config.dynamics, options),
      score: config.score,
      profiles: profile.profiles,
      profileGiven: options.profile !== undefined,
      markers: markers?.list ?? null,
      objectivity: objectivityBasis(source, markers?.list ?? null, computed?.computed ?? null),
      graduates: loaded.graduates,
      cluster: config.cluster,
      catalog: readCatalog(options.catalog),
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
