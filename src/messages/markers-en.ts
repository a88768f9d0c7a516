/** Texts about the official list of schools with signs of non-objective ВПР results (--markers), English. */
import type { MarkersMessages } from './markers-ru.js';

type P = Record<string, string | number>;

const listed = (p: P) => `on the official list of signs of non-objective results of ${p.listYear}`;

export const markersEn: MarkersMessages = {
  errors: {
    'no-markers-header': () =>
      'no header row of a list of signs of non-objective results: needs a «Логин» (or «Код ОО») column and at least one ВПР procedure column ' +
      '(«4 РУ», «5 МА», «6 БИ» …); optionally «Год», «Муниципалитет», «ОО», «Количество маркеров»',
  },
  issues: {
    'bad-marker': (p: P) => `"${p.value}": expected 1 (procedure marked), 0 or blank (not marked), «да» or «нет»; value left out`,
    'markers-no-login': () => 'no school login: row left out (the list is matched to the results by login)',
    'markers-conflict': (p: P) => `school ${p.school}, ${p.year}: already on the list (row ${p.first}) with other marks; row left out, the first one used`,
    'markers-count-mismatch': (p: P) => `«Количество маркеров» says ${p.count} but ${p.marked} procedures are marked; the marked procedures are used`,
    'markers-repeated': (p: P) => `repeats of earlier rows of the same schools and years with the same marks: rows ${p.rows} (${p.count} in all); counted once`,
    'unknown-marker-column': (p: P) =>
      `column "${p.value}" looks like a procedure but is no ВПР shnor knows (expected e.g. «4 РУ», «5 МА», «6 БИ», «7 АЯ»); not used`,
    'markers-outside-results': (p: P) =>
      `list of ${p.year}: schools of the list not in the results — ${p.count} of ${p.total} (e.g. ${p.examples}); not used`,
  },
  help: 'the official list of schools with signs of non-objective ВПР results (.xlsx/.csv: Год, Логин, Муниципалитет, ОО, columns «4 РУ», «5 МА» …, Количество маркеров): indicator 1.18, check, report; in objectivity beside the computed signs',
  scoreNotes: {
    'markers-listed': (p: P) => `on the list of signs of non-objective results of ${p.year}: ${p.procedures}`,
    'markers-not-listed': (p: P) => `not on the list of signs of non-objective results of ${p.year}`,
    'markers-none-marked': (p: P) => `on the list of signs of non-objective results of ${p.year}, but no procedure marked`,
    'markers-profile-differs': (p: P) => `the profile's «Признаки необъективности ВПР» says ${p.value}; the list is used`,
    'markers-year-missing': (p: P) => `the list of signs of non-objective results has no ${p.year} — from the profile`,
  },
  scoreBasis: (p) =>
    ` List of signs of non-objective results: ${p.years}${p.covered ? '' : `; nothing for ${p.year} — indicator 1.18 from the profile`}.`,
  checks: {
    'objectivity-listed': (p: P) => {
      const states: Record<string, string> = {
        signs: `these data show a sign too: ${p.signs}`,
        'no-signs': 'these data show no sign in this procedure (the list follows FIOKO\'s method, on data partly not here)',
        'not-checked': 'the procedure is outside the checked set (--procedures)',
        'no-results': 'no results of the procedure in these data',
      };
      return `${listed(p)}; ${states[String(p.state)]}`;
    },
    'objectivity-list-year': (p: P) => `the list of signs of non-objective results has nothing for ${p.listYear} (it has ${p.years}): no comparison with it`,
  },
  signs: {
    'objectivity-no-twos-many-fives': 'no «2» with many «5»',
    'objectivity-vpr-oge': 'few «2» in ВПР with many in ОГЭ',
    'objectivity-swing': 'a sharp change of the «2» share',
    'journal-raised': 'work marks above journal marks',
    'objectivity-computed': 'signs from the pupils\' works',
  },
  onList: {
    yes: (p: P) => `; ${listed(p)} too`,
    other: (p: P) => `; the school is ${listed(p)}, for other procedures`,
    no: (p: P) => `; the school is not ${listed(p)}`,
  },
  yearly: {
    heading: 'Signs of non-objective ВПР results (the official list; indicator 1.18)',
    summary: (p: P) =>
      `The official list of schools with signs of non-objective ВПР results of ${p.year} (${p.schoolYear}), file ${p.file}: ` +
      `schools of the input data on it — ${p.listed} of ${p.schools}${Number(p.outside) > 0 ? `; schools of the list not in the input data: ${p.outside}` : ''}.`,
    byProcedure: (list: string) => `By procedure: ${list}.`,
    none: 'No school of the input data is on the list for this year.',
    notCovered: (p: P) => `The list (${p.file}) has nothing for ${p.year} (it has ${p.years}): indicator 1.18 for this year comes from the school profile.`,
    caution: 'FIOKO makes the list by its own method; a sign is a reason to check how the work was written and marked, not a verdict on the school.',
    marked: 'marked',
    count: 'Procedures',
    sheet: 'Objectivity',
  },
};
