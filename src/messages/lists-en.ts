/** Texts of the official lists beside the computed verdict (English); the shape of lists-ru.ts. */
import type { ListsMessages } from './lists-ru.js';

export const listsEn: ListsMessages = {
  on: { federal: 'on the federal ШНОР list', regional: 'on the regional ШНОР list', project500: 'in the project «500+»' },
  names: { federal: 'the federal ШНОР list', regional: 'the regional ШНОР list', project500: 'the project «500+»' },
  short: { federal: 'federal', regional: 'regional', project500: '«500+»' },
  column: 'Official lists',
  profileOption: 'school profile (.xlsx/.csv): the official ШНОР lists (federal, regional, «500+») beside the computed list',
  section: 'Official lists disagreeing with the data',
  kind: 'official list',
  none: 'none',
  unknown: 'no data',
  and: ' and ',
  listedFlagged: (p) => `${p.lists}; low results by the data too`,
  notFlagged: (p) => `by the data of ${p.year} not a low-result school: ${p.why}`,
  flaggedNotListed: (p) => `by the data of ${p.year} a low-result school (criterion ${p.criteria}), yet on none of the profile's official lists`,
  summary: (p) =>
    `Official lists (by the school profile) — schools on a list: ${p.listed}; ` +
    (p.disagree === 0 ? 'the lists agree with the data.' : `disagreeing with the data: ${p.disagree} (${p.ids}).`),
};
