/**
 * The rules registry: each rule's parameter schema becomes a section of shnor.config.json.
 * A new rule is one module and one line here.
 */
import { checkParams } from './check.js';
import { clusterParams, dynamicsParams } from './dynamics-params.js';
import { fiokoParams } from './fioko.js';
import { scoreParams } from './indicators/params.js';
import { shnsuParams } from './shnsu.js';
import { taskParams } from './tasks.js';

export const RULE_PARAMS = {
  classify: fiokoParams.prefault({}),
  score: scoreParams.prefault({}),
  dynamics: dynamicsParams.prefault({}),
  cluster: clusterParams.prefault({}),
  check: checkParams.prefault({}),
  shnsu: shnsuParams.prefault({}),
  tasks: taskParams.prefault({}),
};
