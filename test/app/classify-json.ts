/** The JSON contract of `classify --format json` (src/report/classify/json.ts), and lookups in it. */

export interface JsonLowResult {
  year: number;
  procedure: string;
  participants: number | null;
  failed: number | null;
  failShare: number;
}

export interface JsonSchool {
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  flagged: boolean;
  /** The school's results in Y are all mean scores without a share of «2»: not checked. */
  noFailingData: boolean;
  criteria: string[];
  lowResults: JsonLowResult[];
  /** Results of Y and Y−1 with a mean score and no share of «2». */
  meanOnly: { year: number; procedure: string; participants: number | null; meanScore: number | null }[];
  notes: string[];
  /** The branches summed into a legal entity's results (--schools parent_id); [] for most schools. */
  branches: string[];
}

export interface JsonIssue {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

export interface JsonReport {
  year: number;
  method: { threshold: number; sameProcedure: boolean; procedures: string[]; minParticipants: number };
  /** No result of Y and Y−1 carries a share of «2» (mean-score tables only). */
  noFailingData: boolean;
  schools: JsonSchool[];
  issues: JsonIssue[];
}

export function school(report: JsonReport, id: string): JsonSchool {
  const found = report.schools.find((s) => s.schoolId === id);
  if (!found) throw new Error(`no school ${id} in the report; ids: ${report.schools.map((s) => s.schoolId).join(', ')}`);
  return found;
}

/** lowResults in a fixed order (by year, then procedure code) so tests need not know the report's order. */
export function sortedLow(s: JsonSchool): JsonLowResult[] {
  return sortLow(s.lowResults);
}

export function sortLow(list: JsonLowResult[]): JsonLowResult[] {
  return [...list].sort((a, b) => a.year - b.year || (a.procedure < b.procedure ? -1 : a.procedure > b.procedure ? 1 : 0));
}
