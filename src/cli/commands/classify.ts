/**
 * shnor classify FILES… — reads results, applies the FIOKO rule for the target year and
 * explains every verdict. Flags override shnor.config.json; see `shnor classify --help`.
 */
import { dataCommand } from '../data-command.js';
import { addMethodOptions, addOutputOptions, addReadingOptions } from '../options.js';

export const registerClassify = dataCommand('classify', (h) => ({
  flags: (c) => addOutputOptions(addReadingOptions(addMethodOptions(c.option('--profile <file>', h.profileShnsu)))),
  load: async () => (await import('../../app/classify.js')).runClassify,
}));
