/** rules: the indicator registry with the scales in force (the defaults with the config's «score.scales»). */
import type { Config } from '../config/schema.js';
import { rulesDocument, type RulesReport } from '../report/rules/document.js';
import { defaultScales } from '../rules/indicators/registry.js';
import type { AppEnv, RunResult } from './env.js';

export async function runRules(options: { config: Config }, env: AppEnv): Promise<RunResult<RulesReport>> {
  const data = { scales: { ...defaultScales(), ...options.config.score.scales } };
  return { document: rulesDocument(data, env.lang), data, issues: [], exitCode: 0 };
}
