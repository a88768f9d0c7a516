/**
 * shnor recommend FILES… [--profile FILE] [--school ID] [--catalog FILE] [--full] — targeted
 * recommendations per school, grouped by audience, each with why: the trigger and the values that
 * fired it. The terminal shows each school's first measures; --full, every measure.
 */
import { dataCommand } from '../data-command.js';
import { addMarkersOption, addObjectivityFromOption, addMethodOptions, addOutputOptions, addReadingOptions, addReferenceOptions, addSignificanceOption, collectIds } from '../options.js';
import { addTasksInputOption } from '../task-input.js';

export const registerRecommend = dataCommand('recommend', (h) => ({
  flags: (c) =>
    addTasksInputOption(addOutputOptions(addReadingOptions(addMethodOptions(addReferenceOptions(addObjectivityFromOption(addMarkersOption(addSignificanceOption(c
      .option('--profile <file>', h.profile)
      .option('--school <id>', h.school, collectIds)
      .option('--catalog <file>', h.catalog)
      .option('--full', h.recommendFull))))))))),
  load: async () => (await import('../../app/recommend.js')).runRecommend,
}));
