/**
 * The facts people report for a programme's target indicators (the workbook of `shnor template
 * facts`): the department's own indicators, and one row per ШНОР/ШНСУ school. A blank cell is
 * null — no data, never «нет» or 0.
 */
import type { SourceRef } from './records.js';

export interface MunicipalFact {
  id: string;
  /** да/нет for a yes/no indicator, a percentage for a share stated as a whole. */
  value: boolean | number | null;
  numerator: number | null;
  denominator: number | null;
  evidence: string | null;
  note: string | null;
  source: SourceRef;
}

export interface SchoolFacts {
  schoolId: string;
  /** By the programme's column key: да/нет or a count. */
  values: Record<string, boolean | number | null>;
  source: SourceRef;
}

export interface Facts {
  municipal: MunicipalFact[];
  schools: SchoolFacts[];
}
