/** The command registry: a new command is one module and one line here. */
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerCheck } from './check.js';
import { registerClassify } from './classify.js';
import { registerCluster } from './cluster.js';
import { registerDynamics } from './dynamics.js';
import { registerInit } from './init.js';
import { registerInspect } from './inspect.js';
import { registerObjectivity } from './objectivity.js';
import { registerRecommend } from './recommend.js';
import { registerReport } from './report.js';
import { registerRules } from './rules.js';
import { registerScore } from './score.js';
import { registerTargets } from './targets.js';
import { registerTasks } from './tasks.js';
import { registerTemplate } from './template.js';

export const COMMANDS: ((program: Command, context: CommandContext) => void)[] = [
  registerClassify, registerInspect, registerCheck, registerScore, registerDynamics, registerCluster, registerRecommend, registerTargets, registerTasks, registerObjectivity, registerReport, registerRules, registerTemplate, registerInit,
];
