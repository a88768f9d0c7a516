/**
 * The demo district's per-pupil ВПР export, for `shnor objectivity` (called by make-fixtures.mjs).
 *
 * «Проведение работы по математике, 5 класс. ВПР 2025.csv»: the shape of ФИС ОКО's regional per-pupil
 * export (логин школы | регион | номер обучающегося | код обучающегося | отметка за предыдущую
 * четверть/триместр | пол | класс | вариант | всего баллов | балл за 1 … балл за 16), a row per pupil of
 * the 2025 «ВПР Математика 5 кл.» rows of district.xlsx. The real export is a workbook of text cells;
 * this one is a CSV like the demo's other UTF-8 files (BOM, `;`, CRLF). The school login column holds the
 * demo's codes (DM-01 …), so that the pupils join the district's results.
 * - Consistent with district.xlsx: each school's pupils, their «всего баллов» read through the scale,
 *   give exactly its «2»/«3»/«4»/«5» of that row.
 * - The scale (vpr-scales-demo.csv) is the demo's own: ВПР 2021 математика 5 кл. reused (0–6 / 7–10 /
 *   11–14 / 15–20); FIOKO's 2025 scale was not at hand, and scales are never borrowed silently.
 * - Two planted signs (OBJECTIVITY_PLANTS); every other school is kept unremarkable, and the script
 *   fails if its own test (the binomial below, independent of src/) finds a sign anywhere else.
 * Its own PRNG stream (seed + 3): the district's other files are not touched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PUPIL_EXPORT_FILE = 'Проведение работы по математике, 5 класс. ВПР 2025.csv';
export const DEMO_SCALES_FILE = 'vpr-scales-demo.csv';

const PROCEDURE = 'VPR-MA-5';
const PROCEDURE_NAME = 'ВПР Математика 5 кл.';
const YEAR = 2025;
/** The lowest score for «3», «4», «5» and the maximum: ВПР 2021 математика 5 кл. */
const SCALE = { min3: 7, min4: 11, min5: 15, max: 20 };
/** The 16 task columns' maxima, adding up to the scale's maximum. */
const TASK_MAX = [1, 1, 1, 1, 1, 2, 1, 1, 2, 1, 1, 1, 1, 1, 2, 2];
const HEADER = [
  'логин школы', 'регион', 'номер обучающегося', 'код обучающегося', 'отметка за предыдущую четверть/триместр', 'пол', 'класс',
  'вариант', 'всего баллов', ...TASK_MAX.map((_, i) => `балл за ${i + 1}`),
];
const NO_JOURNAL = 'нет отметки';
const ABSENT = 'отсутствовал';
/** Class size: a school of more than 30 pupils has two classes, of more than 60 three. */
const CLASS_SIZE = 30;
const CLASS_LETTERS = ['А', 'Б', 'В'];
/** The rule of the signs (docs/rules.md «Объективность по выгрузке по ученикам»): one-sided binomial test. */
const MIN_PUPILS = 20;
const ALPHA = 0.05;

/** How the pupils of each mark spread over its scores (relative weights, lowest score first). */
const BAND_WEIGHTS = { 2: [1, 1, 2, 3, 4, 5, 6], 3: [4, 5, 6, 6], 4: [6, 6, 5, 4], 5: [6, 5, 4, 3, 2, 1] };
/** Of the pupils with each ВПР mark, the share whose journal mark is one higher (понизили) or one lower (повысили). */
const LOWERED_RATE = { 2: 0.85, 3: 0.35, 4: 0.35, 5: 0 };
const RAISED_RATE = { 2: 0, 3: 0.02, 4: 0.05, 5: 0.1 };
/** The chance a present pupil has «нет отметки» in the journal column; the share of a school absent at most. */
const NO_JOURNAL_RATE = 0.006;
const ABSENT_RATE = 0.07;

/**
 * The planted signs. DM-05 (ШНОР in 2025, 34.62% «2» in this very work a year before) has 5 «2» of 50
 * now, and 18 of its 22 «3» pupils at 7–8 points; DM-22 (not ШНОР, «признаки необъективности ВПР» in
 * the profile) has 10 pupils whose ВПР mark is above the journal's, of 28 with a journal mark.
 */
const OBJECTIVITY_PLANTS = {
  // DM-05's «3» pupils: 10 at 7 points, 8 at 8, the other 4 at 9–10
  'DM-05': { spike: [10, 8], why: 'ШНОР in 2025 (B), «2» in this work 18/52 = 34.62% in 2024 and 5/50 now: its «3» pupils crowd at 7–8 points' },
  'DM-22': { raised: { 3: 1, 4: 4, 5: 5 }, noJournal: 1, why: 'not ШНОР; «Признаки необъективности ВПР» = да in the profile: many ВПР marks above the journal' },
};

// ---------------------------------------------------------------------------------------------

function between(rand, lo, hi) {
  return lo + (hi - lo) * rand();
}

function shuffle(rand, list) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** `total` split by `weights` into whole counts (largest remainder). */
function apportion(total, weights) {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; counts.reduce((s, c) => s + c, 0) < total; k += 1) counts[order[k][1]] += 1;
  return counts;
}

function markOf(score) {
  if (score >= SCALE.min5) return 5;
  if (score >= SCALE.min4) return 4;
  return score >= SCALE.min3 ? 3 : 2;
}

const BANDS = { 2: [0, SCALE.min3 - 1], 3: [SCALE.min3, SCALE.min4 - 1], 4: [SCALE.min4, SCALE.min5 - 1], 5: [SCALE.min5, SCALE.max] };

/** log C(n, k) */
function logChoose(n, k) {
  let s = 0;
  for (let i = 1; i <= k; i += 1) s += Math.log(n - k + i) - Math.log(i);
  return s;
}

/** P(X ≥ k) for X ~ Bin(n, p): the one-sided test of the signs, summed term by term. */
export function binomialUpperTail(k, n, p) {
  if (k <= 0) return 1;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let sum = 0;
  for (let i = k; i <= n; i += 1) sum += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
  return Math.min(1, sum);
}

// ---------------------------------------------------------------------------------------------
// Generating

/** The 2025 ВПР Математика 5 кл. rows of the district, as { id, marks: [«2», «3», «4», «5»] }. */
function workRows(rows) {
  return rows.filter((r) => r.year === YEAR && r.procedure.code === PROCEDURE).map((r) => ({ id: r.id, municipality: r.municipality, marks: r.marks }));
}

/** Scores of a school's pupils: each mark's count spread over its band; DM-05's «3» as planted. */
function scoresOf(row, rand) {
  const scores = [];
  for (const mark of [2, 3, 4, 5]) {
    const count = row.marks[mark - 2];
    const [lo] = BANDS[mark];
    const spike = mark === 3 ? OBJECTIVITY_PLANTS[row.id]?.spike : undefined;
    let spread;
    if (spike) {
      const rest = count - spike[0] - spike[1];
      spread = [...spike, ...apportion(rest, BAND_WEIGHTS[3].slice(2))];
    } else {
      spread = apportion(count, BAND_WEIGHTS[mark].map((w) => w * between(rand, 0.8, 1.2)));
    }
    spread.forEach((n, i) => { for (let k = 0; k < n; k += 1) scores.push(lo + i); });
  }
  return scores;
}

/** Journal marks of a school's pupils (by score): «нет отметки» by chance, then per mark the planted or usual понизили / повысили. */
function journalsOf(id, scores, rand) {
  const plant = OBJECTIVITY_PLANTS[id];
  const journals = new Array(scores.length).fill(null);
  const order = shuffle(rand, scores.map((_, i) => i));
  const noJournal = plant?.noJournal !== undefined
    ? new Set(order.slice(0, plant.noJournal))
    : new Set(order.filter(() => rand() < NO_JOURNAL_RATE));
  for (const i of noJournal) journals[i] = NO_JOURNAL;
  for (const mark of [2, 3, 4, 5]) {
    const pupils = order.filter((i) => !noJournal.has(i) && markOf(scores[i]) === mark);
    const raised = plant?.raised?.[mark] ?? Math.round(pupils.length * RAISED_RATE[mark] * between(rand, 0.7, 1.3));
    const lowered = Math.min(pupils.length - raised, Math.round(pupils.length * LOWERED_RATE[mark] * between(rand, 0.7, 1.3)));
    pupils.forEach((i, k) => { journals[i] = String(k < raised ? mark - 1 : k < raised + lowered ? mark + 1 : mark); });
  }
  return journals;
}

/** A total split over the tasks, easier tasks first, as a pupil's points: each cell ≤ its maximum, the sum the total. */
function taskPoints(total, rand) {
  // the first tasks are the easier ones: a random order biased towards them
  const order = TASK_MAX.map((_, i) => [rand() ** (1 / (TASK_MAX.length - i)), i]).sort((a, b) => b[0] - a[0]).map(([, i]) => i);
  const points = new Array(TASK_MAX.length).fill(0);
  let left = total;
  for (const i of order) {
    const give = Math.min(TASK_MAX[i], left, TASK_MAX[i] === 2 && rand() < 0.3 ? 1 : 2);
    points[i] = give;
    left -= give;
  }
  for (const i of order) {
    const more = Math.min(TASK_MAX[i] - points[i], left);
    points[i] += more;
    left -= more;
  }
  if (left !== 0) throw new Error(`total ${total} does not fit the tasks`);
  return points;
}

/** The pupils of the export, school by school; each { id, municipality, number, journal, sex, class, variant, total, tasks }. */
export function generatePupils(rows, rand) {
  const pupils = [];
  for (const row of workRows(rows)) {
    const scores = shuffle(rand, scoresOf(row, rand));
    const journals = journalsOf(row.id, scores, rand);
    const absent = Math.floor(scores.length * between(rand, 0, ABSENT_RATE));
    const present = scores.map((total, i) => ({ total, journal: journals[i] }));
    const all = shuffle(rand, [...present, ...Array.from({ length: absent }, () => null)]);
    const classes = Math.ceil(all.length / CLASS_SIZE);
    const sizes = apportion(all.length, new Array(classes).fill(1));
    let k = 0;
    sizes.forEach((size, c) => {
      for (let j = 0; j < size; j += 1, k += 1) {
        const pupil = all[k];
        const base = { id: row.id, municipality: row.municipality, number: k + 1 };
        if (pupil === null) {
          pupils.push({ ...base, journal: null, sex: null, class: null, variant: ABSENT, total: null, tasks: null });
        } else {
          pupils.push({
            ...base, journal: pupil.journal, sex: rand() < 0.5 ? 'м' : 'ж', class: CLASS_LETTERS[c], variant: String(1 + Math.floor(rand() * 2)),
            total: pupil.total, tasks: taskPoints(pupil.total, rand),
          });
        }
      }
    });
  }
  return pupils;
}

// ---------------------------------------------------------------------------------------------
// Writing and reading back

function pupilCells(p) {
  return [
    p.id, p.municipality, p.number, 50000 + p.number, p.journal, p.sex, p.class, p.variant, p.total, ...(p.tasks ?? TASK_MAX.map(() => null)),
  ].map((v) => (v === null ? '' : String(v)));
}

function csv(lines) {
  for (const cells of lines) for (const cell of cells) if (/[;"\r\n]/.test(cell)) throw new Error(`cell needs quoting: ${cell}`);
  return `\ufeff${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}

function scalesCsv() {
  const source = 'Демонстрационная шкала shnor для демонстрационного района, не официальная шкала 2025 года: повторены значения ВПР 2021 '
    + '(ФИОКО, «Описание проверочной работы» ВПР 2021 по математике, 5 класс, «Рекомендации по переводу первичных баллов в отметки '
    + 'по пятибалльной шкале»: 0–6 / 7–10 / 11–14 / 15–20)';
  return csv([
    ['Год', 'Процедура', '«3» от', '«4» от', '«5» от', 'Максимум', 'Источник'],
    [String(YEAR), PROCEDURE_NAME, String(SCALE.min3), String(SCALE.min4), String(SCALE.min5), String(SCALE.max), source],
  ]);
}

/** Writes the export and the scale; returns the pupils as read back from the file. */
export function writePupilExport(outDir, pupils) {
  const path = join(outDir, PUPIL_EXPORT_FILE);
  writeFileSync(path, csv([HEADER, ...pupils.map(pupilCells)]));
  writeFileSync(join(outDir, DEMO_SCALES_FILE), scalesCsv());
  return readBack(path);
}

function readBack(path) {
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith('\ufeff')) throw new Error('per-pupil export has no BOM');
  const lines = text.slice(1).split('\r\n').filter((line) => line !== '');
  if (lines[0] !== HEADER.join(';')) throw new Error('per-pupil export header read back differs');
  return lines.slice(1).map((line) => {
    const c = line.split(';');
    const number = (v) => (v === '' ? null : Number(v));
    const tasks = c.slice(9).map(number);
    return {
      id: c[0], municipality: c[1], number: Number(c[2]), journal: c[4] || null, sex: c[5] || null, class: c[6] || null, variant: c[7],
      total: number(c[8]), tasks: tasks.every((t) => t === null) ? null : tasks,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The analysis, independently of src/: journal comparison, the «3» boundary, the two signs

function tally(pupils) {
  const t = { scored: 0, boundary: 0, compared: 0, lowered: 0, confirmed: 0, raised: 0, noJournal: 0, absent: 0, marks: [0, 0, 0, 0] };
  for (const p of pupils) {
    if (p.variant === ABSENT) {
      t.absent += 1;
      continue;
    }
    const mark = markOf(p.total);
    t.scored += 1;
    t.marks[mark - 2] += 1;
    if (p.total >= SCALE.min3 && p.total <= SCALE.min3 + 1) t.boundary += 1;
    if (p.journal === NO_JOURNAL) {
      t.noJournal += 1;
      continue;
    }
    t.compared += 1;
    const journal = Number(p.journal);
    if (mark < journal) t.lowered += 1;
    else if (mark === journal) t.confirmed += 1;
    else t.raised += 1;
  }
  return t;
}

/** The district (every pupil of the file, what objectivity calls the region) and each school with its signs. */
export function analysePupils(pupils) {
  const district = tally(pupils);
  const ids = [...new Set(pupils.map((p) => p.id))];
  const schools = ids.map((id) => {
    const t = tally(pupils.filter((p) => p.id === id));
    const signs = [];
    const test = (code, k, n, K, N) => {
      if (n < MIN_PUPILS || k / n <= K / N) return null;
      const p = binomialUpperTail(k, n, K / N);
      if (p < ALPHA) signs.push({ code, k, n, share: K / N, p });
      return p;
    };
    const pRaised = test('raised-above-region', t.raised, t.compared, district.raised, district.compared);
    const pSpike = test('boundary-spike', t.boundary, t.scored, district.boundary, district.scored);
    return { id, ...t, signs, pRaised, pSpike };
  });
  return { district, schools };
}

/** The export against district.xlsx and the planted signs: throws on any difference. */
export function checkPupilExport(rows, pupils) {
  const analysis = analysePupils(pupils);
  const expected = workRows(rows);
  if (analysis.schools.length !== expected.length) throw new Error('per-pupil export: not every school of the work');
  for (const row of expected) {
    const school = analysis.schools.find((s) => s.id === row.id);
    if (JSON.stringify(school.marks) !== JSON.stringify(row.marks)) {
      throw new Error(`per-pupil export: ${row.id} marks ${school.marks} differ from district.xlsx ${row.marks}`);
    }
  }
  for (const p of pupils.filter((q) => q.tasks !== null)) {
    if (p.tasks.reduce((s, x) => s + x, 0) !== p.total || p.tasks.some((x, i) => x > TASK_MAX[i])) throw new Error(`task points of ${p.id} № ${p.number}`);
  }
  for (const school of analysis.schools) {
    const planted = OBJECTIVITY_PLANTS[school.id];
    const want = [planted?.raised ? 'raised-above-region' : null, planted?.spike ? 'boundary-spike' : null].filter(Boolean);
    const got = school.signs.map((s) => s.code);
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`per-pupil export: ${school.id} has signs [${got}], planted [${want}]`);
  }
  return analysis;
}

// ---------------------------------------------------------------------------------------------
// EXPECTED.md

function pct1(k, n) {
  return `${((k / n) * 100).toFixed(1)}%`;
}

const SUPERSCRIPT = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

/** p to 3 significant digits: 0.247, 0.00152, 1.83·10⁻⁷. */
function sig3(p) {
  if (p >= 0.0001) return p.toPrecision(3);
  const [mantissa, exponent] = p.toExponential(2).split('e');
  return `${mantissa}·10${[...String(Number(exponent))].map((c) => SUPERSCRIPT[c]).join('')}`;
}

export function pupilExportMarkdown(pupils, analysis, { flagged, seed, rows }) {
  const { district: d, schools } = analysis;
  const classesOf = (id) => [...new Set(pupils.filter((p) => p.id === id && p.class).map((p) => `5${p.class}`))].join(', ');
  const twoClass = schools.filter((s) => classesOf(s.id).includes(',')).map((s) => `${s.id} (${classesOf(s.id)})`).join(', ');
  const noJournal = schools.filter((s) => s.noJournal > 0).map((s) => `${s.id} ${s.noJournal}`).join(', ');
  const tested = (key) => schools.filter((s) => (key === 'raised' ? s.compared : s.scored) >= MIN_PUPILS);
  const plantLines = Object.entries(OBJECTIVITY_PLANTS).map(([id, plant]) => {
    const s = schools.find((x) => x.id === id);
    const sign = s.signs[0];
    const shnor = flagged.includes(id) ? '**yes**' : 'no';
    const first = Math.exp(logChoose(sign.n, sign.k) + sign.k * Math.log(sign.share) + (sign.n - sign.k) * Math.log1p(-sign.share));
    const figures = sign.code === 'boundary-spike'
      ? `at ${SCALE.min3}–${SCALE.min3 + 1} points ${sign.k} of ${sign.n} = ${pct1(sign.k, sign.n)} (district ${d.boundary}/${d.scored} = ${pct1(d.boundary, d.scored)}); P(X ≥ ${sign.k} \\| n = ${sign.n}, p = ${d.boundary}/${d.scored}) = ${sig3(sign.p)} (its first term, i = ${sign.k}: ${sig3(first)})`
      : `повысили ${sign.k} of ${sign.n} = ${pct1(sign.k, sign.n)} (district ${d.raised}/${d.compared} = ${pct1(d.raised, d.compared)}); P(X ≥ ${sign.k} \\| n = ${sign.n}, p = ${d.raised}/${d.compared}) = ${sig3(sign.p)} (its first term, i = ${sign.k}: ${sig3(first)})`;
    const name = sign.code === 'boundary-spike' ? 'spike at the «3» boundary' : '«повысили» far above the district';
    return `| ${id} | ${shnor} | ${s.marks.join(' / ')} of ${s.scored} | ${s.lowered} / ${s.confirmed} / ${s.raised} of ${s.compared}${s.noJournal ? ` (+${s.noJournal} нет отметки)` : ''} | ${name}: ${figures} | ${plant.why} |`;
  });
  const others = schools.filter((s) => !OBJECTIVITY_PLANTS[s.id]);
  const lowest = (key) => {
    const tried = others.filter((s) => s[key] !== null).sort((a, b) => a[key] - b[key]);
    return tried.length ? `${tried[0].id} p = ${sig3(tried[0][key])}` : 'none tested (no school above the district)';
  };
  const present = pupils.filter((p) => p.variant !== ABSENT).length;
  const beside = vprBesideOge(rows, analysis);
  return `
## Per-pupil ВПР export: \`shnor objectivity\`

For \`npx shnor objectivity "fixtures/demo/${PUPIL_EXPORT_FILE}" --scales fixtures/demo/${DEMO_SCALES_FILE}\`
(and \`classify\` of the same file with the same \`--scales\`). Its own PRNG stream (seed ${seed}), so every other file is as it was.

- \`${PUPIL_EXPORT_FILE}\`: the shape of ФИС ОКО's per-pupil export (the real one is a workbook; this is UTF-8 with BOM, \`;\`, CRLF,
  like the demo's other UTF-8 files): \`${HEADER.slice(0, 10).join(';')};…;балл за ${TASK_MAX.length}\`. The work and the year come from the file name.
  ${pupils.length} rows: ${present} pupils with a score in ${schools.length} schools (every school with ${PROCEDURE_NAME} in 2025; DM-20 is closed),
  ${d.absent} absent («${ABSENT}» in \`вариант\`, the other cells blank, as in the real export). \`логин школы\` holds the demo's codes, so the
  pupils join \`district.xlsx\`; \`регион\` holds the municipality, as in the real export.
- Consistent with \`district.xlsx\`: each school's pupils, \`всего баллов\` read through the scale, give exactly its «2»/«3»/«4»/«5» of the
  2025 ${PROCEDURE_NAME} row (the script checks it on the file read back), so \`classify\` on this file gives the same failing shares
  (DM-12 13/34, DM-18 10/31, DM-27 3/7 are the low ones).
- \`${DEMO_SCALES_FILE}\`: the demo's scale for ${PROCEDURE_NAME} 2025 — the ВПР 2021 values reused («2» 0–${SCALE.min3 - 1}, «3» ${SCALE.min3}–${SCALE.min4 - 1},
  «4» ${SCALE.min4}–${SCALE.min5 - 1}, «5» ${SCALE.min5}–${SCALE.max}), said so in its «Источник»; not an official 2025 scale (shnor ships ВПР 2021 only).
- Classes: the letter in \`класс\` (as the real export writes it; shnor shows «5А»); a school of more than ${CLASS_SIZE} pupils has two classes,
  of more than ${2 * CLASS_SIZE} three: ${twoClass}.
- ${TASK_MAX.length} task columns \`балл за 1\`…\`балл за ${TASK_MAX.length}\` with maxima ${TASK_MAX.join(', ')} (Σ ${SCALE.max}), adding up to \`всего баллов\` on every row.
- Journal marks: mostly the ВПР mark; one higher («понизили») for about a third, as in real exports; one lower («повысили») for a few.
  «${NO_JOURNAL}»: ${d.noJournal} pupils (${noJournal}), counted apart.

The district (every pupil of the file: what \`objectivity\` calls the region; one municipality, so the municipality's row is the same):

| | Count | Share |
|---|---|---|
| With a journal mark | ${d.compared} | |
| понизили | ${d.lowered} | ${pct1(d.lowered, d.compared)} |
| подтвердили | ${d.confirmed} | ${pct1(d.confirmed, d.compared)} |
| повысили | ${d.raised} | ${pct1(d.raised, d.compared)} |
| «${NO_JOURNAL}» (apart) | ${d.noJournal} | |
| With a score | ${d.scored} | |
| At ${SCALE.min3}–${SCALE.min3 + 1} points (the «3» boundary) | ${d.boundary} | ${pct1(d.boundary, d.scored)} |
| «2» / «3» / «4» / «5» | ${d.marks.join(' / ')} | успеваемость ${pct1(d.scored - d.marks[0], d.scored)}, качество знаний ${pct1(d.marks[2] + d.marks[3], d.scored)} |

Planted signs (one-sided binomial test against the district's share, p < ${ALPHA}, at least ${MIN_PUPILS} pupils; P(X ≥ k | n, p) =
Σ_{i=k..n} C(n, i) pⁱ (1 − p)ⁿ⁻ⁱ, summed by the script):

| School | ШНОР 2025 | «2» / «3» / «4» / «5» | понизили / подтвердили / повысили | Sign and test | Purpose |
|---|---|---|---|---|---|
${plantLines.join('\n')}

No other school has a sign: tested for «повысили» ${tested('raised').length} schools, for the boundary ${tested('spike').length} (${MIN_PUPILS} pupils or more);
among the others the smallest p is ${lowest('pRaised')} («повысили») and ${lowest('pSpike')} (boundary). DM-16, on the profile's
list of «признаки необъективности ВПР», shows no computed sign here: a list and a computed sign need not agree.

With \`district.xlsx\` among the inputs (\`shnor objectivity "fixtures/demo/${PUPIL_EXPORT_FILE}" fixtures/demo/district.xlsx --scales …\`;
\`report --objectivity\` reads the district's results anyway), its ОГЭ Математика of 2025 stands beside the export: the sign «ВПР far better
than the school's ОГЭ» (the ВПР's «2» under ${VPR_LOW_PCT}%, the ОГЭ's ${OGE_THRESHOLD}% or more: the rule of \`check\`'s warning objectivity-vpr-oge)
compares ${beside.compared} schools and marks ${beside.signed.map((s) => `${s.id} (ВПР «2» ${s.vpr[0]} of ${s.vpr[1]} = ${pct1(...s.vpr)}; ОГЭ Математика ${s.oge[0]} of ${s.oge[1]} = ${pct1(...s.oge)})`).join(', ')}.
`;
}

const VPR_LOW_PCT = 5;
const OGE_THRESHOLD = 30;

/** The schools of the export with an ОГЭ Математика of 2025, and those whose ВПР «2» is under 5% while the ОГЭ's is 30% or more. */
function vprBesideOge(rows, analysis) {
  const oge = new Map(rows.filter((r) => r.year === YEAR && r.procedure.code === 'OGE-MA').map((r) => [r.id, [r.failed, r.participants]]));
  const paired = analysis.schools.filter((s) => oge.has(s.id)).map((s) => ({ id: s.id, vpr: [s.marks[0], s.scored], oge: oge.get(s.id) }));
  const signed = paired.filter((s) => s.vpr[0] * 100 < VPR_LOW_PCT * s.vpr[1] && s.oge[0] * 100 >= OGE_THRESHOLD * s.oge[1]);
  return { compared: paired.length, signed };
}
