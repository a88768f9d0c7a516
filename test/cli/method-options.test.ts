/**
 * Issue 21: every command that builds the ШНОР list takes the FIOKO method's four flags, the same
 * ones (addMethodOptions), with the same help text as classify's.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/program.js';

const METHOD_FLAGS = ['--threshold', '--same-procedure', '--procedures', '--min-participants'];
// tasks builds the list from --results, for the district's common problems
const LIST_COMMANDS = ['classify', 'check', 'cluster', 'recommend', 'report', 'dynamics', 'targets', 'score', 'tasks'];

describe('the method flags, defined once', () => {
  const program = buildProgram({ exitCode: 0 });
  const command = (name: string): Command => program.commands.find((c) => c.name() === name)!;
  const described = (name: string) => new Map(command(name).options.map((o) => [o.long, o.description]));

  it.each(LIST_COMMANDS)('%s takes --threshold, --same-procedure, --procedures, --min-participants, worded as classify words them', (name) => {
    const own = described(name);
    const classify = described('classify');
    for (const flag of METHOD_FLAGS) expect(own.get(flag), `${name} ${flag}`).toBe(classify.get(flag));
  });
});
