/**
 * shnor inspect FILES… — what shnor sees in each file, and the flags that reproduce the reading.
 * A file it cannot read is described too (the row most like a header, the nearest layout and the
 * columns it lacks, or the error that stopped it), and the run goes on: exit 0, the description
 * being the answer asked for. Wrong flags still exit 2.
 */
import { msg } from '../../messages/index.js';
import { dataCommand } from '../data-command.js';
import { addOutputOptions, addReadingOptions } from '../options.js';

export const registerInspect = dataCommand('inspect', () => ({
  help: { description: msg().inspect.help, examples: msg().inspect.examples },
  flags: (c) => addOutputOptions(addReadingOptions(c)),
  load: async () => (await import('../../app/inspect.js')).runInspect,
}));
