/**
 * Checks one result's values (model/result-schema) and emits it as a record, or reports why
 * it is left out — each problem tied to the column that holds the bad value. A result with a
 * mean score and no count or share of «2» (the mean-score tables of seeds 000 and 002) is kept:
 * its failed and failPct stay null, and the rules say it cannot be low.
 */
import { checkResultValues, failingCount, failingShare, markFields, type ResultValues, type ValueField } from '../../model/result-schema.js';
import type { SchoolIdentity } from './columns.js';
import type { LayoutContext } from './types.js';

export interface ResultPlace {
  identity: SchoolIdentity;
  year: number;
  procedure: string;
  rowNumber: number;
  columnOf(field: ValueField): string | null;
}

export const EMPTY_VALUES: ResultValues = {
  participants: null, failCount: null, belowMinCount: null, failPct: null,
  mark2: null, mark3: null, mark4: null, mark5: null,
  pct2: null, pct3: null, pct4: null, pct5: null,
  meanScore: null, highCount: null,
};

export function emitResult(context: LayoutContext, place: ResultPlace, given: ResultValues): void {
  const values = withParticipantsFromMarks(given);
  const problems = checkResultValues(values, context.maxParticipants);
  const { rowNumber } = place;
  for (const p of problems) context.report({ row: rowNumber, column: place.columnOf(p.field), code: p.code, params: p.params });
  if (problems.length > 0) return;
  const failed = failingCount(values);
  const failPct = failingShare(values);
  const participantsColumn = place.columnOf('participants');
  const failing = failed !== null || failPct !== null;
  if (!failing && values.meanScore === null) {
    context.report({ row: rowNumber, column: null, code: 'missing-failing', params: { procedure: place.procedure } });
    return;
  }
  if (values.participants === 0) {
    context.report({ row: rowNumber, column: participantsColumn, code: 'no-participants', params: {} });
    return;
  }
  if (failing && values.participants === null && failPct === null) {
    context.report({ row: rowNumber, column: participantsColumn, code: 'missing-participants', params: { procedure: place.procedure } });
    return;
  }
  const { schoolId, schoolName, municipality, schoolType } = place.identity;
  // written out, not spread: on Node 20 `{ ...x, more }` gives every object a hidden class of its own
  // (a quarter of a region's heap, and slow reads in every rule)
  context.emit({
    schoolId,
    schoolName,
    municipality,
    schoolType,
    year: place.year,
    procedure: place.procedure,
    participants: values.participants,
    failed,
    failPct,
    markCounts: markFields(values, 'mark'),
    markPcts: markFields(values, 'pct'),
    meanScore: values.meanScore,
    highCount: values.highCount,
    scoreHistogram: null,
    source: { file: context.file, sheet: context.sheet, row: rowNumber },
  });
}

/** A table of «2»–«5» counts without a participants column: the participants are their sum. */
function withParticipantsFromMarks(values: ResultValues): ResultValues {
  const { participants, mark2, mark3, mark4, mark5 } = values;
  if (participants !== null || mark2 === null || mark3 === null || mark4 === null || mark5 === null) return values;
  return { ...values, participants: mark2 + mark3 + mark4 + mark5 };
}
