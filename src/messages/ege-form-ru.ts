/** Texts about a region's per-school ЕГЭ form (issue 17): its sheets, year, totals and cells (Russian). */
type P = Record<string, string | number>;

const decimal = (value: string | number | undefined) => String(value).replace('.', ',');

const FROM: Record<string, string> = { sheet: 'названия листа', title: 'строки над таблицей', header: 'заголовка таблицы', flag: '--year' };
const ELSEWHERE: Record<string, string> = { sheet: 'в названии листа', title: 'в строке над таблицей', header: 'в заголовке таблицы' };
const REASONS: Record<string, string> = {
  'names-region': 'назван край, область или регион',
  'total-word': 'строка «Итого» / «Всего»',
  'no-school': 'муниципалитет без школы',
  'repeats-municipality': 'в столбце школы повторён муниципалитет',
  'first-row': '«Итого» без названия в первой строке таблицы',
  'last-row': '«Итого» без названия в последней строке таблицы',
  'after-schools': '«Итого» без названия после школ муниципалитета',
};

export const egeFormRu = {
  issues: {
    'not-results-sheet': () => 'заявления на участие в ЕГЭ, а не результаты — лист не использован',
    'year-conflict': (p: P) => `год ${p.year} взят из ${FROM[p.from]}; ${ELSEWHERE[p.otherFrom]} указан ${p.other} — не использован`,
    'oral-columns-ignored': (p: P) =>
      `столбцы устной части (${p.columns}) — не отдельный результат: письменная и устная части экзамена по иностранному языку дают один балл, он в столбцах предмета; не использованы`,
    'total-as-reference': (p: P) =>
      `«${p.value}» — ${p.level === 'region' ? 'итог по региону' : p.municipality === p.value ? 'итог по муниципалитету' : `итог по муниципалитету «${p.municipality}»`} (${REASONS[p.reason]}), не школа: взят как опорное значение`,
    'total-mean-mismatch': (p: P) =>
      `средний балл итоговой строки ${decimal(p.given)} расходится со средним по её школам (${decimal(p.computed)}, взвешенным по участникам) больше чем на десятую часть; как опорное значение не использован`,
    'high-count-inconsistent': (p: P) =>
      `высокобалльников (80–100 баллов) ${p.high} при ${p.participants} участниках${p.mean === undefined ? '' : ` и среднем балле ${decimal(p.mean)}`} — так не бывает; их число не учтено, остальное учтено`,
    'value-without-participants': (p: P) => `${decimal(p.value)} при пустом (нулевом) числе участников — так не бывает; предмет не учтён`,
    'mean-out-of-range': (p: P) => `средний балл ${decimal(p.value)} вне шкалы ${p.min}–${p.max}; предмет не учтён`,
    'missing-ege-metrics': (p: P): string =>
      p.scope === 'sheet'
        ? 'под предметами нет строки показателей («приняло участие», «не преодолен min порог», «средний балл»); лист не прочитан'
        : 'под предметом нет столбцов «приняло участие» и «не преодолен min порог»; предмет не прочитан',
  },
};

export type EgeFormMessages = typeof egeFormRu;
