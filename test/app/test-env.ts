/** An AppEnv for tests: the language set, no stdin, the issues told and the --rejects tables kept to look at. */
import { Readable } from 'node:stream';
import type { AppEnv } from '../../src/app/env.js';
import { getLang } from '../../src/messages/index.js';
import type { Issue } from '../../src/model/issues.js';

export interface TestEnv extends AppEnv {
  told: Issue[][];
  rejected: Map<string, Issue[][]>;
}

export function testEnv(stdin: NodeJS.ReadableStream = Readable.from([])): TestEnv {
  const told: Issue[][] = [];
  const rejected = new Map<string, Issue[][]>();
  return {
    lang: getLang(),
    cwd: process.cwd(),
    stdin,
    told,
    rejected,
    issues: (issues) => void told.push(issues),
    rejects: async (path, issues) => void rejected.set(path, [...(rejected.get(path) ?? []), issues]),
  };
}
