/**
 * The row labels shnor recognises in input files: rows that are not a school — totals, the whole
 * sample, the region — and the label of a «Макс балл» row (issue 19: the input vocabulary in one
 * place; column headers are in headers.ts, cell and title words in cells.ts). Compared after
 * normalizeLabel (model/text.ts).
 */

/**
 * «Итого», «Всего по району», «По краю», «Среднее»: a label that names a total, not a school —
 * alone or followed by more words (layouts/columns.ts isTotalLabel; every reader of school rows).
 */
export const TOTAL_ROW_WORDS = ['итого', 'всего', 'итог', 'по району', 'по муниципалитету', 'по региону', 'по краю', 'по области', 'среднее', 'total'];

/**
 * «Вся выборка»: the first group row of ФИС ОКО's nested exports, the region coming next
 * («Статистика по отметкам», layouts/fisoko.ts; «Выполнение заданий», tasks/group-export.ts).
 */
export const WHOLE_SAMPLE_ROW = 'вся выборка';

/**
 * Word forms that name a region in a total row of a region's per-school ЕГЭ form («итого по
 * Забайкальскому краю»: «краю», «области», «региону», «республике», «автономному»), tested on each
 * word of the label (layouts/ege-form-rows.ts).
 */
export const EGE_FORM_REGION_WORD = /^(кра[йюея]|област\S*|регион\S*|республик\S*|автономн\S*)$/;

/** A group row of a «Выполнение заданий» export naming the region before any municipality (tasks/group-export.ts). */
export const GROUP_EXPORT_REGION_ROW = /(^| )(край|область|республика|автономный округ|автономная область)( |$)/;

/** «Макс балл», «Максимальный балл», «Макс. первичный балл»: the label of the row of task maximums, by its start (tasks/columns.ts). */
export const MAX_ROW_PREFIX = 'макс';
