/**
 * «Успеваемость» and «качество знаний» from counts of marks: успеваемость is the share of «3», «4» and
 * «5» among the pupils with a mark, качество знаний the share of «4» and «5». Shnor's own reading of the
 * two terms every regional analysis uses (docs/rules.md). Example (the demo district, DM-01, ВПР русский
 * язык 5 класс 2023: «2» 8, «3» 38, «4» 30, «5» 11 of 87): успеваемость 79/87 = 90,8%, качество 41/87 = 47,1%.
 * The municipality is every school of the input summed. The region comes from a reference row of
 * region level that gives the shares of all four marks (io/reference.ts): успеваемость = 100 − %«2»,
 * качество = %«4» + %«5». Example: 10 / 40 / 35 / 15 → 90% and 50%.
 */
import { MARKS, type ResultRecord } from '../model/records.js';
import type { MarkPcts, ReferenceValue } from '../model/reference.js';

export interface Quality {
  /** Pupils with «2», «3», «4», «5». */
  marks: [number, number, number, number];
  /** Percent; null with no pupil. */
  success: number | null;
  quality: number | null;
}

export function qualityOfMarks(marks: Quality['marks']): Quality {
  const total = marks[0] + marks[1] + marks[2] + marks[3];
  const pctOf = (count: number) => (total === 0 ? null : (count / total) * 100);
  return { marks, success: pctOf(total - marks[0]), quality: pctOf(marks[2] + marks[3]) };
}

/** The four counts of a result, or null when it lacks any of them (a result with shares only, a mean score). */
export function marksOf(record: ResultRecord): Quality['marks'] | null {
  const counts = MARKS.map((mark) => record.markCounts[mark]);
  return counts.every((c): c is number => typeof c === 'number') ? (counts as Quality['marks']) : null;
}

export function qualityOfResult(record: ResultRecord): Quality | null {
  const marks = marksOf(record);
  return marks ? qualityOfMarks(marks) : null;
}

export interface SchoolQuality {
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  year: number;
  procedure: string;
  quality: Quality;
}

export interface MunicipalityQuality {
  /** The municipality's name, null where the input names none. */
  municipality: string | null;
  year: number;
  procedure: string;
  schools: number;
  quality: Quality;
}

export interface RegionQuality {
  year: number;
  procedure: string;
  /** The reference's shares of «2», «3», «4», «5», percent. */
  shares: MarkPcts;
  success: number;
  quality: number;
}

export interface QualityTable {
  schools: SchoolQuality[];
  /** Per municipality × procedure × year: the sum of its schools' marks. */
  municipalities: MunicipalityQuality[];
  /** Per procedure × year of the schools: the region's shares where a reference row gives them. */
  regions: RegionQuality[];
}

/**
 * The region's two shares from its four shares of marks. *shnor's choice*: успеваемость is 100 − %«2»
 * (one rounded figure, not the sum of three), качество %«4» + %«5»; the four add up to 100 ± 0,1 (io/reference.ts).
 */
export function qualityOfShares(shares: MarkPcts): Pick<RegionQuality, 'success' | 'quality'> {
  return { success: round2(100 - shares[0]), quality: round2(shares[2] + shares[3]) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The shares of every result with its four counts, in the records' order, and their municipalities'
 * sums; only the years and procedures asked for. An empty table says the input has no counts of marks.
 * The region's row of a procedure and year with schools, from the first region-level reference value
 * with the shares of marks.
 */
export function qualityTable(records: ResultRecord[], keep: (r: ResultRecord) => boolean, reference: readonly ReferenceValue[] = []): QualityTable {
  const schools: SchoolQuality[] = [];
  const sums = new Map<string, MunicipalityQuality & { sum: Quality['marks'] }>();
  for (const record of records) {
    const marks = keep(record) ? marksOf(record) : null;
    if (!marks) continue;
    schools.push({ schoolId: record.schoolId, schoolName: record.schoolName, municipality: record.municipality, year: record.year, procedure: record.procedure, quality: qualityOfMarks(marks) });
    const key = `${record.municipality ?? ''}\u0000${record.procedure}\u0000${record.year}`;
    const sum = sums.get(key) ?? { municipality: record.municipality, year: record.year, procedure: record.procedure, schools: 0, sum: [0, 0, 0, 0], quality: qualityOfMarks([0, 0, 0, 0]) };
    sum.schools += 1;
    marks.forEach((count, i) => (sum.sum[i] += count));
    sums.set(key, sum);
  }
  const municipalities = [...sums.values()].map(({ sum, ...m }) => ({ ...m, quality: qualityOfMarks(sum) }));
  const works = new Set(schools.map((s) => workKey(s.procedure, s.year)));
  const regions = [...regionsOf(reference).values()].filter((r) => works.has(workKey(r.procedure, r.year)));
  return { schools, municipalities, regions };
}

const workKey = (procedure: string, year: number) => `${procedure}\u0000${year}`;

/** Per procedure × year, the first region-level reference value with the shares of marks. */
function regionsOf(reference: readonly ReferenceValue[]): Map<string, RegionQuality> {
  const regions = new Map<string, RegionQuality>();
  for (const v of reference) {
    const key = workKey(v.procedure, v.year);
    if (v.level !== 'region' || v.markPcts === undefined || regions.has(key)) continue;
    regions.set(key, { year: v.year, procedure: v.procedure, shares: v.markPcts, ...qualityOfShares(v.markPcts) });
  }
  return regions;
}

/** The region's shares for a procedure and year, from the reference's shares of marks; null where it has none. */
export type RegionalQuality = (procedure: string, year: number) => Pick<RegionQuality, 'success' | 'quality'> | null;

export function regionalQualityOf(reference: readonly ReferenceValue[]): RegionalQuality {
  const regions = regionsOf(reference);
  return (procedure, year) => regions.get(workKey(procedure, year)) ?? null;
}

/** The municipality's shares for a result: its procedure and year summed over every school of its municipality. */
export type MunicipalQuality = (record: ResultRecord) => Quality | null;

export function municipalQualityOf(records: ResultRecord[]): MunicipalQuality {
  const key = (r: Pick<ResultRecord, 'municipality' | 'procedure' | 'year'>) => `${r.municipality ?? ''}\u0000${r.procedure}\u0000${r.year}`;
  const sums = new Map(qualityTable(records, () => true).municipalities.map((m) => [key(m), m.quality]));
  return (record) => sums.get(key(record)) ?? null;
}
