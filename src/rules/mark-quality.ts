/**
 * «Успеваемость» and «качество знаний» from counts of marks: успеваемость is the share of «3», «4» and
 * «5» among the pupils with a mark, качество знаний the share of «4» and «5». Shnor's own reading of the
 * two terms every regional analysis uses (docs/rules.md). Example (the demo district, DM-01, ВПР русский
 * язык 5 класс 2023: «2» 8, «3» 38, «4» 30, «5» 11 of 87): успеваемость 79/87 = 90,8%, качество 41/87 = 47,1%.
 * The municipality is every school of the input summed; a reference carries no marks, so no region.
 */
import { MARKS, type ResultRecord } from '../model/records.js';

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

export interface QualityTable {
  schools: SchoolQuality[];
  /** Per municipality × procedure × year: the sum of its schools' marks. */
  municipalities: MunicipalityQuality[];
}

/**
 * The shares of every result with its four counts, in the records' order, and their municipalities'
 * sums; only the years and procedures asked for. An empty table says the input has no counts of marks.
 */
export function qualityTable(records: ResultRecord[], keep: (r: ResultRecord) => boolean): QualityTable {
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
  return { schools, municipalities };
}

/** The municipality's shares for a result: its procedure and year summed over every school of its municipality. */
export type MunicipalQuality = (record: ResultRecord) => Quality | null;

export function municipalQualityOf(records: ResultRecord[]): MunicipalQuality {
  const key = (r: Pick<ResultRecord, 'municipality' | 'procedure' | 'year'>) => `${r.municipality ?? ''}\u0000${r.procedure}\u0000${r.year}`;
  const sums = new Map(qualityTable(records, () => true).municipalities.map((m) => [key(m), m.quality]));
  return (record) => sums.get(key(record)) ?? null;
}
