/**
 * shnor check FILES… [--list DRAFT] — compares a draft ШНОР list with what the FIOKO rule gives
 * for the target year and checks the data behind it. Exit 1 (context.exitCode, not a throw) when
 * the draft differs from the rule or a data check is an error; warnings alone leave 0.
 */
import { msg } from '../../messages/index.js';
import { dataCommand } from '../data-command.js';
import { addMarkersOption, addMethodOptions, addOutputOptions, addReadingOptions } from '../options.js';

export const registerCheck = dataCommand('check', () => ({
  flags: (c) => addOutputOptions(addReadingOptions(addMethodOptions(addMarkersOption(c.option('--list <file>', msg().check.listOption).option('--journal <file>', msg().check.journalOption))))),
  load: async () => (await import('../../app/check.js')).runCheck,
}));
