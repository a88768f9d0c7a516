/**
 * The skeleton of `shnor template programme`: a programme file with one indicator of each fact
 * source, valid as written, for a municipality to fill in with its own (see data/programmes/).
 */
export function renderProgrammeTemplate(): string {
  const programme = {
    id: 'my-programme',
    title: 'Муниципальная программа повышения качества образования в ШНОР и ШНСУ на 20__–20__ годы',
    period: { from: 2025, to: 2026 },
    sections: [
      { number: 1, title: 'Создание и функционирование структур управления' },
      { number: 8, title: 'Показатели, характеризующие детские образовательные результаты' },
    ],
    columns: [
      { key: 'schoolProgramme', header: 'Разработана школьная программа повышения качества образования (ШППКО)', kind: 'yesno', note: '1.2' },
      { key: 'teachersTotal', header: 'Педагогов всего', kind: 'count', note: '' },
      { key: 'teachersIom', header: 'Педагогов, реализующих ИОМ', kind: 'count', note: '1.3' },
    ],
    indicators: [
      {
        id: '1.1', kind: 'invariant', unit: 'yesno', plan: 'да', group: 'all', fact: { source: 'municipal' }, evidence: null,
        text: 'Наличие пакета документов, регламентирующих деятельность по повышению качества образования и поддержке ШНОР и ШНСУ',
      },
      {
        id: '1.2', kind: 'variative', unit: 'percent', plan: '2025 г - 50% 2026 г - 100%', group: 'shnorShnsu',
        fact: { source: 'schools', column: 'schoolProgramme' }, evidence: null,
        text: 'Доля ШНОР и ШНСУ, в которых разработана школьная программа повышения качества образования',
      },
      {
        id: '1.3', kind: 'variative', unit: 'percent', plan: '100%', group: 'shnor',
        fact: { source: 'teachers', numerator: 'teachersIom', denominator: 'teachersTotal' }, evidence: null,
        text: 'Доля педагогов ШНОР, реализующих ИОМ',
      },
      {
        id: '8.1', kind: 'invariant', unit: 'percent', plan: 'Не менее к 2025 г - 30% 2026 г - 70%', group: 'shnorShnsu',
        fact: { source: 'results', procedures: ['OGE-MA'] }, evidence: null,
        text: 'Доля школ, от общего числа школ ШНОР и ШНСУ, достигших положительной динамики в результатах ОГЭ по математике',
      },
    ],
  };
  return `${JSON.stringify(programme, null, 2)}\n`;
}
