/**
 * The ege-form layout: a region's per-school ЕГЭ table «Информация о результатах ЕГЭ выпускников
 * школ в 2023 году» (Забайкальский край publishes one sheet a year). Title rows; a header of two
 * rows (each subject merged over «приняло участие | не преодолен min порог | высокобалльники
 * (80-99 баллов) | получили 100 баллов | средний балл», see ege-form-header), perhaps a row of
 * column numbers; then a row per school, its municipality (the education committee) repeated or
 * given by a row of its own, with municipal totals and the region's total among them.
 * Each school × subject with participants is a result: participants, failing (below the minimum;
 * «2» in базовая математика), the high scorers (80–99 + 100) and the mean as given — a test score,
 * for базовая математика a mark. The schools have no logins: the name is the id, matched to other
 * files by name within the municipality. Totals (recognised by ege-form-rows) become reference
 * values, checked against the schools they cover (ege-form-totals). A sheet titled as counting
 * applications («заявлениях на участие в ЕГЭ») is not results: skipped with a note.
 */
import type { CellValue } from '../../model/cells.js';
import { fieldOfHeader } from '../../model/fields.js';
import { isScoreBased } from '../../model/min-scores.js';
import { cellText, parseNumber } from '../../model/numbers.js';
import type { ResultValues } from '../../model/result-schema.js';
import type { ReferenceLevel } from '../../model/reference.js';
import { parseSchoolYear } from '../../model/school-year.js';
import { isBlankRow, type SchoolIdentity } from './columns.js';
import { columnLabel, columnUses, readFormHeader, readMetricRow, subjectOfHeader, type FormHeader, type Metric, type SubjectColumns } from './ege-form-header.js';
import { rowKind, type TotalReason } from './ege-form-rows.js';
import { SheetTotals } from './ege-form-totals.js';
import { readSubject, type SubjectProblem, type SubjectValues } from './ege-form-values.js';
import { EMPTY_VALUES, emitResult } from './emit-result.js';
import { chooseYear } from './form-year.js';
import { yearOfTitle } from './titles.js';
import { columnsNeed } from './needs.js';
import type { Layout, LayoutContext, LayoutMatch, Need, RowMapper } from './types.js';
import { append } from '../../model/arrays.js';
import { EGE_FORM_APPLICATIONS_TITLE } from '../vocabulary/cells.js';

const IDLE: RowMapper = { row() {}, end() {} };

export const egeFormLayout: Layout = {
  name: 'ege-form',
  /** A school column and subjects merged over their metric columns. */
  needs(headers: string[]): Need[] {
    const subjects = headers.filter((h) => subjectOfHeader(h.trim()) !== null);
    return [columnsNeed('school', headers.filter(isSchoolHeader)), { ...columnsNeed('ege-subjects', subjects), met: readFormHeader(headers) !== null }];
  },
  match(headers: string[], titles: string[] = []): LayoutMatch | null {
    if (titles.some((title) => EGE_FORM_APPLICATIONS_TITLE.test(title)) && headers.some(isSchoolHeader)) {
      return { layout: 'ege-form', score: headers.filter((h) => h.trim() !== '').length, needsYear: false, start: skipApplications };
    }
    const form = readFormHeader(headers);
    if (form === null) return null;
    return {
      layout: 'ege-form',
      score: 1 + (form.municipality === null ? 0 : 1) + form.known.length + form.subjects.length,
      needsYear: false,
      start: (context, headerRow, titleRows = []) => new FormReader(context, headerRow, titleRows, form),
    };
  },
};

function isSchoolHeader(header: string): boolean {
  const field = fieldOfHeader(header);
  return field === 'school' || field === 'schoolName';
}

function skipApplications(context: LayoutContext): RowMapper {
  context.report({ row: null, column: null, code: 'not-results-sheet', params: {} });
  return IDLE;
}

class FormReader implements RowMapper {
  private phase: 'metrics' | 'numbers' | 'data' | 'idle' = 'metrics';
  private readonly year: number | null;
  private readonly subjects: SubjectColumns[] = [];
  /** The municipality of the rows above: a school row without one belongs to it. */
  private municipality: string | null = null;
  private schoolsSeen = false;
  /** A bare «Итого» after schools: the region's total if nothing follows, else the municipality's. */
  private pending: { cells: CellValue[]; rowNumber: number; label: string } | null = null;
  private readonly totals = new SheetTotals();

  constructor(
    private readonly context: LayoutContext,
    private readonly headerRow: number,
    titles: string[],
    private readonly form: FormHeader,
  ) {
    this.year = this.decideYear(titles);
    for (const index of form.unknown) context.report({ row: headerRow, column: form.headers[index]!, code: 'unknown-column', params: {} });
    const oral = form.subjects.filter((s) => s.oral);
    if (oral.length > 0) context.report({ row: headerRow, column: null, code: 'oral-columns-ignored', params: { columns: oral.map((s) => s.name).join(', ') } });
    if (this.year === null) {
      context.report({ row: headerRow, column: null, code: 'missing-year', params: {} });
      this.phase = 'idle';
    }
  }

  private decideYear(titles: string[]): number | null {
    const title = titles.map(yearOfTitle).find((year) => year !== null) ?? null;
    const sheet = parseSchoolYear(this.context.sheet ?? '');
    const choice = chooseYear({ sheet, title, header: this.form.headerYear }, this.context.yearHint);
    for (const conflict of choice.conflicts) {
      this.context.report({
        row: this.headerRow,
        column: conflict.source === 'header' ? this.form.yearColumn : null,
        code: 'year-conflict',
        params: { year: choice.year!, from: choice.source!, other: conflict.year, otherFrom: conflict.source },
      });
    }
    return choice.year;
  }

  row(cells: CellValue[], rowNumber: number): void {
    if (this.phase === 'idle' || isBlankRow(cells)) return;
    if (this.phase === 'metrics') {
      this.readMetrics(cells, rowNumber);
      return;
    }
    if (this.phase === 'numbers') {
      this.phase = 'data';
      // «1 | 2 | 3 …» under the header: a school cell holds a name, never a number
      if (typeof cells[this.form.school] === 'number' || /^\d+$/.test(cellText(cells[this.form.school] ?? null) ?? '')) return;
    }
    this.readDataRow(cells, rowNumber);
  }

  private readMetrics(cells: CellValue[], rowNumber: number): void {
    const { found, unknown } = readMetricRow(this.form, cells);
    if (found === 0) {
      this.context.report({ row: rowNumber, column: null, code: 'missing-ege-metrics', params: { scope: 'sheet' } });
      this.phase = 'idle';
      return;
    }
    for (const { index, label } of unknown) {
      const subject = this.form.subjects.find((s) => s.first <= index && index <= s.last)!;
      this.context.report({ row: rowNumber, column: `${subject.name} — ${label}`, code: 'unknown-column', params: {} });
    }
    for (const subject of this.form.subjects.filter((s) => !s.oral)) {
      if (subject.metrics.participants !== undefined && subject.metrics.failed !== undefined) this.subjects.push(subject);
      else this.context.report({ row: rowNumber, column: subject.name, code: 'missing-ege-metrics', params: { scope: 'subject' } });
    }
    this.phase = 'numbers';
  }

  private readDataRow(cells: CellValue[], rowNumber: number): void {
    const municipality = this.form.municipality === null ? null : cellText(cells[this.form.municipality] ?? null);
    const school = cellText(cells[this.form.school] ?? null);
    const kind = rowKind(municipality, school);
    if (this.pending !== null) {
      const { cells: totalCells, rowNumber: totalRow, label } = this.pending;
      this.pending = null;
      this.addTotal(totalCells, totalRow, label, 'district', this.municipality, 'after-schools');
    }
    switch (kind.kind) {
      case 'school':
        if (kind.municipality !== null) this.municipality = kind.municipality;
        this.schoolsSeen = true;
        this.readSchool(cells, rowNumber, { schoolId: kind.name, schoolName: kind.name, municipality: this.municipality, schoolType: null });
        return;
      case 'region-total':
        this.addTotal(cells, rowNumber, kind.label, 'region', null, kind.reason);
        return;
      case 'district-total':
        this.addTotal(cells, rowNumber, kind.label, 'district', kind.municipality ?? this.municipality, kind.reason);
        return;
      case 'municipality-row':
        this.municipality = kind.municipality;
        if (this.hasFigures(cells)) this.addTotal(cells, rowNumber, kind.label, 'district', kind.municipality, kind.reason);
        return;
      case 'bare-total':
        if (this.schoolsSeen) this.pending = { cells, rowNumber, label: kind.label };
        else this.addTotal(cells, rowNumber, kind.label, 'region', null, 'first-row');
        return;
      case 'nameless':
        if (this.hasFigures(cells)) this.context.report({ row: rowNumber, column: this.form.headers[this.form.school]!, code: 'missing-school', params: {} });
    }
  }

  private hasFigures(cells: CellValue[]): boolean {
    return this.subjects.some((s) => Object.values(s.metrics).some((index) => parseNumber(cells[index] ?? null) !== null));
  }

  /** The subject's cells read and checked, its problems reported at their columns. */
  private readSubjectCells(cells: CellValue[], rowNumber: number, subject: SubjectColumns): SubjectValues | null {
    const given: Partial<Record<Metric, CellValue>> = {};
    for (const [metric, index] of Object.entries(subject.metrics) as [Metric, number][]) given[metric] = cells[index] ?? null;
    const reading = readSubject(given, isScoreBased(subject.procedure) ? 'score' : 'mark');
    for (const problem of reading.problems) this.report(rowNumber, subject, problem);
    return reading.values;
  }

  private report(rowNumber: number, subject: SubjectColumns, problem: SubjectProblem): void {
    const column = columnLabel(this.form, subject, subject.metrics[problem.metric]!);
    this.context.report({ row: rowNumber, column, code: problem.code, params: problem.params });
  }

  private readSchool(cells: CellValue[], rowNumber: number, identity: SchoolIdentity): void {
    for (const subject of this.subjects) {
      const values = this.readSubjectCells(cells, rowNumber, subject);
      if (values === null) continue;
      const given: ResultValues = { ...EMPTY_VALUES, participants: values.participants, failCount: values.failed, meanScore: values.meanScore, highCount: values.highCount };
      const columnOf = (field: keyof ResultValues) => {
        const metric = FIELD_METRICS[field]?.find((m) => subject.metrics[m] !== undefined);
        return metric === undefined ? null : columnLabel(this.form, subject, subject.metrics[metric]!);
      };
      emitResult(this.context, { identity, year: this.year!, procedure: subject.procedure, rowNumber, columnOf }, given);
      this.totals.cover(subject.procedure, identity.municipality, values);
    }
  }

  private addTotal(cells: CellValue[], rowNumber: number, label: string, level: ReferenceLevel, municipality: string | null, reason: TotalReason): void {
    const column = this.labelColumn(cells, label);
    if (level === 'district' && municipality === null) {
      this.context.report({ row: rowNumber, column, code: 'ignored-total-row', params: { value: label } });
      return;
    }
    this.context.report({ row: rowNumber, column, code: 'total-as-reference', params: { value: label, level, reason, ...(municipality !== null ? { municipality } : {}) } });
    const readings = this.subjects.flatMap((subject) => {
      const values = this.readSubjectCells(cells, rowNumber, subject);
      return values === null ? [] : [{ subject, values }];
    });
    this.totals.add({ rowNumber, level, municipality, readings });
  }

  private labelColumn(cells: CellValue[], label: string): string {
    const index = this.form.municipality !== null && cellText(cells[this.form.municipality] ?? null) === label ? this.form.municipality : this.form.school;
    return this.form.headers[index]!;
  }

  end(): void {
    if (this.pending !== null) this.addTotal(this.pending.cells, this.pending.rowNumber, this.pending.label, 'region', null, 'last-row');
    this.pending = null;
    if (this.year === null) return;
    const { values, mismatches } = this.totals.references(this.year);
    for (const { rowNumber, subject, given, computed } of mismatches) {
      const column = columnLabel(this.form, subject, subject.metrics.mean!);
      this.context.report({ row: rowNumber, column, code: 'total-mean-mismatch', params: { given, computed } });
    }
    if (this.context.references) append(this.context.references, values);
  }

  columns() {
    return columnUses(this.form);
  }
}

/** The metric columns a result field comes from, for placing an issue. */
const FIELD_METRICS: Partial<Record<keyof ResultValues, Metric[]>> = {
  participants: ['participants'], failCount: ['failed'], meanScore: ['mean'], highCount: ['high80', 'high', 'top100'],
};
