/**
 * The words shnor recognises in data cells and title rows of input files (issue 19: the input
 * vocabulary in one place; column headers are in headers.ts, row labels in rows.ts). The yes/no
 * and choice words of a profile live in model/profile-fields.ts, the task cell words («Н»,
 * «не пройд.», «отсутствовал») in model/task-cells.ts, the school-year forms in model/school-year.ts.
 */
import type { ReferenceLevel } from '../../model/reference.js';

/**
 * A profile's significance cells of factors that do not apply: treated like a blank cell; compared
 * after normalizeLabel, «-» as written (profile.ts).
 */
export const NOT_A_RISK = new Set(['нет', '-', 'не актуален', 'не актуально', 'неактуален']);

/** The «Уровень» cells of a --reference file (after normalizeLabel): a district's value or the region's (reference.ts). */
export const REFERENCE_LEVEL_WORDS: Record<string, ReferenceLevel> = {
  район: 'district', district: 'district', муниципалитет: 'district', муниципальный: 'district', мо: 'district', округ: 'district',
  регион: 'region', region: 'region', край: 'region', область: 'region', региональный: 'region', республика: 'region',
};

/**
 * A title row of the per-school ЕГЭ form's companion sheet on applications («заявлениях на участие
 * в ЕГЭ»): not results (layouts/ege-form.ts).
 */
export const EGE_FORM_APPLICATIONS_TITLE = /заявлени/i;

/** «ВПР (осень) 2022»: an autumn ВПР in a title or file name, written in the next school year (layouts/titles.ts). */
export const AUTUMN_TITLE = /осен/i;

/** A per-pupil export's journal mark cell that says there is none: «нет отметки», «нет», a dash (pupil-marks.ts). */
export const NO_JOURNAL_MARK = /^(нет( отметки)?|-|–|—)$/;
