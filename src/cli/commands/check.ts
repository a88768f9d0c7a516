/**
 * shnor check FILES… [--list DRAFT] [--profile FILE] — compares a draft ШНОР list with what the FIOKO rule gives
 * for the target year and checks the data behind it; with a profile, its official lists beside the rule's. Exit 1 (context.exitCode, not a throw) when
 * the draft differs from the rule or a data check is an error; warnings alone leave 0.
 */
import { msg } from '../../messages/index.js';
import { dataCommand } from '../data-command.js';
import { addMarkersOption, addObjectivityFromOption, addMethodOptions, addOutputOptions, addReadingOptions } from '../options.js';

export const registerCheck = dataCommand('check', () => ({
  flags: (c) => addOutputOptions(addReadingOptions(addMethodOptions(addObjectivityFromOption(addMarkersOption(c
    .option('--list <file>', msg().check.listOption)
    .option('--journal <file>', msg().check.journalOption)
    .option('--profile <file>', msg().lists.profileOption)))))),
  load: async () => (await import('../../app/check.js')).runCheck,
}));
