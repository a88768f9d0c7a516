/**
 * A layout recognises a header row and turns the rows under it into result records.
 *
 * A new layout is one module (a `Layout`) and one line in `./index.ts`. It says what it needs of a
 * header row twice over, from one piece of code: `needs(headers)` lists every need, met or not,
 * and `match(headers)` succeeds exactly when all of them are met (build match on needs, as
 * long.ts does). `shnor inspect` shows the unmet needs of the layout nearest to a header it cannot
 * read; each need's `code` names its text in the messages (`needs` in src/messages/ru.ts and
 * en.ts), which test/io/layouts/needs.test.ts checks for every layout.
 */
import type { CellValue } from '../../model/cells.js';
import type { Issue } from '../../model/issues.js';
import type { GraduateTracker } from '../../model/graduates.js';
import type { ResultRecord } from '../../model/records.js';
import type { ReferenceValue } from '../../model/reference.js';
import type { Scale } from '../../model/scales.js';

export const LAYOUT_NAMES = ['long', 'wide', 'students', 'fisoko', 'pupils', 'ege-form'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface LayoutContext<T = ResultRecord> {
  file: string;
  sheet: string | null;
  /** The year when the table has no year column: from the sheet name or --year. */
  yearHint: number | null;
  /** The procedure when neither the table nor its title or file name says it (--procedure). */
  procedureHint?: string | null;
  /** Minimum ЕГЭ test scores by subject key (RU, MA-P, PH …). */
  minScores: Record<string, number>;
  /** ВПР conversion scales (primary score → mark) for per-pupil exports; the shipped ones when absent. */
  scales?: readonly Scale[];
  /** The most pupils a school's result may count (config read.maxParticipants); the default when absent. */
  maxParticipants?: number;
  report(issue: Omit<Issue, 'file' | 'sheet'>): void;
  emit(record: T): void;
  /** Where per-pupil ЕГЭ rows with a student_id are counted as graduates (ruling R5). */
  graduates?: GraduateTracker;
  /** Where a layout puts the reference values its table carries (the region and municipality rows of a ФИС ОКО export). */
  references?: ReferenceValue[];
}

export interface RowMapper {
  row(cells: CellValue[], rowNumber: number): void;
  end(): void;
  /** The columns it read, where the header row alone does not name them (a subject merged over its metrics). */
  columns?(): ColumnUse[];
}

/** A column as `shnor inspect` shows it. */
export interface ColumnUse {
  header: string;
  /** The field it fills («participants», «VPR-MA-5 failPct»), or null when unused. */
  field: string | null;
}

export interface LayoutMatch<T = ResultRecord> {
  /** The layout's name: long, wide, students, or a table of another kind (profile, reference). */
  layout: string;
  /** How many columns it recognised: the best match wins. */
  score: number;
  /** True when the rows carry no year, so one must come from the sheet name or --year. */
  needsYear: boolean;
  /** `titles`: the texts of the non-blank rows above the header, one string a row (most layouts ignore them). */
  start(context: LayoutContext<T>, headerRow: number, titles?: string[]): RowMapper;
}

/** The things a layout may need of a header row (each has its words: messages' inspect.needs). */
export type NeedCode =
  | 'school' | 'procedure' | 'failing' | 'participants-or-marks' | 'mean' | 'wide-columns' | 'mark-or-score' | 'no-participants'
  | 'fisoko-groups' | 'fisoko-participants' | 'fisoko-marks' | 'pupil-school' | 'pupil-total' | 'pupil-tasks' | 'ege-subjects';

/**
 * One thing a layout needs of a header row: «a school column», «a procedure column».
 * Its text (a phrase that follows «нет …»: «столбца процедуры (Процедура / Предмет)») is
 * `needs[code]` in the messages.
 */
export interface Need {
  code: NeedCode;
  met: boolean;
  /** The header cells that meet it; for a forbidden column, the cells that break it. */
  columns: string[];
  /**
   * A column the layout must not see (students: no participants column, which makes the table a
   * long one). Met when absent; not counted among the columns a layout recognised.
   */
  forbidden?: boolean;
}

export interface Layout {
  name: LayoutName;
  /** Every need of the layout, in a fixed order, met or not by these headers. */
  needs(headers: string[]): Need[];
  /**
   * A reading of the header: non-null exactly when every need is met. `titles`: the texts of the
   * non-blank rows above the header (a form may say there what it counts).
   */
  match(headers: string[], titles?: string[]): LayoutMatch | null;
}

/** Recognises a header row for one kind of table. */
export type HeaderMatcher<T> = (headers: string[], titles?: string[]) => LayoutMatch<T> | null;
