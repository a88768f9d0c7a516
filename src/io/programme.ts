/** The programme of target indicators: seed 004's as shipped, or another municipality's with --programme FILE. */
import shipped from '../../data/programmes/pirov-2022.json' with { type: 'json' };
import { programmeSchema, toProgramme, type Programme } from '../model/programme.js';
import { readJsonFile } from './json-file.js';

export function loadProgramme(file?: string): Programme {
  return toProgramme(file ? readJsonFile(file, programmeSchema, 'programme-invalid') : programmeSchema.parse(shipped));
}
