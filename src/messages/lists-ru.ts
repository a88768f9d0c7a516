/** Texts of the official lists beside the computed verdict (Russian); part of the messages module. */
export const listsRu = {
  /** «в региональном списке ШНОР» — where a school is. */
  on: { federal: 'в федеральном списке ШНОР', regional: 'в региональном списке ШНОР', project500: 'в проекте «500+»' },
  /** The lists by name: a reason of cluster 1. */
  names: { federal: 'федеральный список ШНОР', regional: 'региональный список ШНОР', project500: 'проект «500+»' },
  /** The table cell: the lists by their short names. */
  short: { federal: 'федеральный', regional: 'региональный', project500: '«500+»' },
  column: 'Официальные списки',
  /** check: the flag, the findings' heading and kind. */
  profileOption: 'профиль школ (.xlsx/.csv): официальные списки ШНОР (федеральный, региональный, «500+») рядом с расчётом',
  section: 'Официальные списки расходятся с данными',
  kind: 'официальный список',
  none: 'нет',
  unknown: 'нет данных',
  and: ' и ',
  listedFlagged: (p: { lists: string }) => `${p.lists}; по данным — тоже ШНОР`,
  notFlagged: (p: { year: string; why: string }) => `по данным ${p.year} — не ШНОР: ${p.why}`,
  flaggedNotListed: (p: { year: string; criteria: string }) =>
    `по данным ${p.year} — ШНОР (критерий ${p.criteria}), но ни в одном официальном списке профиля не значится`,
  summary: (p: { listed: number; disagree: number; ids: string }) =>
    `Официальные списки (по профилю школ) — школ в списках: ${p.listed}; ` +
    (p.disagree === 0 ? 'с данными списки совпадают.' : `расходятся с данными: ${p.disagree} (${p.ids}).`),
};

export type ListsMessages = typeof listsRu;
