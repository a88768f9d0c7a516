/**
 * shnor objectivity FILES… [--school ID] [--by class] [--scales FILE] — from ФИС ОКО per-pupil ВПР
 * exports: понизили / подтвердили / повысили against the journal mark with Wilson intervals, the
 * distribution of primary scores at the «3» boundary, and the signs to review, per school (and class)
 * against the municipality and the region.
 */
import { Option } from 'commander';
import { dataCommand } from '../data-command.js';
import { addMarkersOption, addOutputOptions, collectIds, oneOf, parseDelimiter, parseProcedureOption, parseYearOption } from '../options.js';

export const registerObjectivity = dataCommand('objectivity', (h) => ({
  flags: (c) =>
    addOutputOptions(addMarkersOption(c
      .option('--school <id>', h.school, collectIds)
      .addOption(new Option('--by <part>', h.objectivityBy).argParser((v) => oneOf('--by', v, ['class'] as const)))
      .option('--scales <file>', h.scales)
      .option('--procedure <name>', h.taskProcedure, parseProcedureOption)
      .option('--year <year>', h.objectivityYear, parseYearOption)
      .option('--encoding <encoding>', h.encoding)
      .option('--delimiter <char>', h.delimiter, parseDelimiter)
      .option('--sheet <name>', h.sheet)
      .option('--strict', h.strict))),
  load: async () => (await import('../../app/objectivity.js')).runObjectivity,
}));
