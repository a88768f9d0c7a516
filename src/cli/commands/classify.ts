/**
 * shnor classify FILES… — reads results, applies the FIOKO rule for the target year and
 * explains every verdict. Flags override shnor.config.json; see `shnor classify --help`. The
 * --reference file gives the region's row of the workbook's sheet «Успеваемость и качество» only.
 */
import { dataCommand } from '../data-command.js';
import { addMethodOptions, addOutputOptions, addReadingOptions, addReferenceOptions } from '../options.js';

export const registerClassify = dataCommand('classify', (h) => ({
  flags: (c) => addOutputOptions(addReadingOptions(addMethodOptions(addReferenceOptions(c.option('--profile <file>', h.profileShnsu))))),
  load: async () => (await import('../../app/classify.js')).runClassify,
}));
