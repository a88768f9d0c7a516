/**
 * --objectivity-from: where `score` (1.18, and every command that scores through the year's analysis)
 * and `check` take the objectivity flag from — the official list (--markers), the school profile, or
 * the signs computed from the ФИС ОКО per-pupil exports among the inputs. Default: the list when
 * --markers is given, else the profile.
 */
import { UsageError } from '../errors.js';
import { loadPupilMarks } from '../io/pupil-marks.js';
import type { Issue } from '../model/issues.js';
import type { ObjectivityList } from '../model/markers.js';
import { computedObjectivity, type ComputedObjectivity } from '../rules/computed-objectivity.js';
import type { ObjectivityBasis, ObjectivitySource } from '../rules/objectivity-flag.js';
import { analyseObjectivity } from '../rules/pupil-objectivity.js';
import type { AppEnv } from './env.js';
import { readScales } from './inputs.js';
import type { MarkersOptions, ReadingOptions } from './options.js';

export interface ObjectivityFromOptions {
  objectivityFrom?: ObjectivitySource;
}

/** The source asked for, else the default; the list without --markers is a usage error, before anything is read. */
export function objectivitySource(options: ObjectivityFromOptions & MarkersOptions): ObjectivitySource {
  const source = options.objectivityFrom ?? (options.markers === undefined ? 'profile' : 'list');
  if (source === 'list' && options.markers === undefined) throw new UsageError('objectivity-list-without-markers');
  return source;
}

/**
 * The signs computed from the per-pupil exports among the inputs (the other inputs are not used for
 * this, and their problems were told when they were read as results); exit 2 when no input is one.
 * Only the journal marks' problems are new here: the rest the results' reading has told.
 */
export async function readComputedObjectivity(
  inputs: string[], options: ReadingOptions, env: AppEnv,
): Promise<{ computed: ComputedObjectivity; issues: Issue[] }> {
  // a standard input is read once, as results
  const files = inputs.filter((input) => input !== '-');
  const scales = await readScales(options.scales);
  const loaded = files.length === 0 ? { works: [], issues: [], others: [] } : await loadPupilMarks(files, {
    scales: scales.scales, procedure: options.procedure, year: options.year ?? null, encoding: options.encoding, delimiter: options.delimiter,
    sheet: options.sheet, stdin: env.stdin, skipOthers: true,
  });
  if (loaded.works.length === 0) throw new UsageError('objectivity-no-pupil-marks', { inputs: inputs.join(', ') });
  return {
    computed: computedObjectivity(loaded.works.map((work) => analyseObjectivity(work, 'school'))),
    issues: loaded.issues.filter((issue) => issue.code === 'bad-journal-mark'),
  };
}

export function objectivityBasis(source: ObjectivitySource, list: ObjectivityList | null, computed: ComputedObjectivity | null): ObjectivityBasis {
  if (source === 'list' && list !== null) return { source, list };
  if (source === 'computed' && computed !== null) return { source, computed };
  return { source: 'profile' };
}
