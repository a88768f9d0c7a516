/** cluster: the three clusters of the target year — low results, risk zone, positive dynamics — with their grounds. */
import { clusterDocument } from '../report/cluster/document.js';
import type { ClusterReport } from '../report/cluster/report.js';
import { clusterSchools } from '../rules/analysis.js';
import type { AppEnv, RunResult } from './env.js';
import { gatherYear, type YearOptions } from './year.js';

export async function runCluster(options: YearOptions, env: AppEnv): Promise<RunResult<ClusterReport>> {
  const year = await gatherYear(options, env);
  const report = { analysis: clusterSchools(year.input), issues: year.issues, profileGiven: year.input.profileGiven, params: options.config.cluster };
  return { document: clusterDocument(report, env.lang), data: report, issues: year.issues, exitCode: 0 };
}
