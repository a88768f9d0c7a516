#!/usr/bin/env node
/**
 * Deterministic demo district for shnor (`npm run fixtures`).
 *
 * Generates 30 schools of the «Демонстрационный район» (20 СОШ, 10 ООШ, 3 of them tiny) with
 * ВПР/ОГЭ/ЕГЭ results for the school years 2022/2023–2024/2025 (named 2023–2025), plants the
 * cases listed in PLANTS on top of an otherwise unremarkable district, and writes to fixtures/demo/:
 *   district.xlsx          sheet «Результаты»: title row, blank row, header in row 3, long layout
 *   district-cp1251.csv    the same rows, Windows-1251, `;`, CRLF, decimal comma, year as 2025
 *   EXPECTED.md            the planted cases and the verdicts they should get, by hand-checkable numbers
 *   expected-2025.json     the same verdicts for the tests
 *   schools-profile.xlsx   the school profile for `shnor score --profile` (sheet «Профиль», header in row 1)
 *   schools-profile.csv    the same profile, UTF-8 with BOM, `;`, CRLF, decimal comma
 *   region-reference.csv   regional mean scores for `shnor score --reference` (UTF-8 with BOM, `;`)
 *   «Проведение работы по математике, 5 класс. ВПР 2025.csv», vpr-scales-demo.csv
 *                          the per-pupil ВПР export of the 2025 ВПР Математика 5 кл. and the demo's scale for it,
 *                          for `shnor objectivity` (demo-pupils.mjs)
 * The verdicts are computed by a small independent implementation of the FIOKO rule (below),
 * once from the generated rows and once more from the CSV and the XLSX read back; the script
 * fails if the three disagree. No clock, no Math.random: fixed-seed mulberry32 PRNGs — the
 * results' own stream (SEED), and separate streams for the «80–100 баллов» counts (SEED + 1),
 * the profile (SEED + 2) and the per-pupil export (SEED + 3), so that adding those left every other
 * generated value as it was.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip'; // exceljs's own zip library (a dependency of exceljs)
import { checkPupilExport, generatePupils, pupilExportMarkdown, writePupilExport } from './demo-pupils.mjs';
import { mulberry32 } from './prng.mjs';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'demo');
const SEED = 20250531;
const YEARS = [2023, 2024, 2025];
const TARGET_YEAR = 2025;
const THRESHOLD = 30;
const MUNICIPALITY = 'Демонстрационный район';
const TITLE = 'Результаты оценочных процедур ОО Демонстрационного муниципального района, 2022/2023–2024/2025 уч. гг.';
const SHEET = 'Результаты';

const COLUMNS = [
  'Код ОО', 'Наименование ОО', 'Муниципалитет', 'Вид ОО', 'Учебный год', 'Процедура', 'Кол-во участников',
  '«2»', '«3»', '«4»', '«5»', 'Не преодолели мин. порог', 'Средний балл', '80–100 баллов',
];

/** code → Russian name, kind of result, share of the school's grade size, failure-rate factor. */
const PROCEDURES = [
  { code: 'VPR-RU-5', name: 'ВПР Русский язык 5 кл.', scored: false, ege: false },
  { code: 'VPR-MA-5', name: 'ВПР Математика 5 кл.', scored: false, ege: false },
  { code: 'VPR-RU-6', name: 'ВПР Русский язык 6 кл.', scored: false, ege: false },
  { code: 'VPR-MA-6', name: 'ВПР Математика 6 кл.', scored: false, ege: false },
  { code: 'OGE-RU', name: 'ОГЭ Русский язык', scored: false, ege: false },
  { code: 'OGE-MA', name: 'ОГЭ Математика', scored: false, ege: false },
  { code: 'EGE-MA-B', name: 'ЕГЭ Математика (базовый уровень)', scored: false, ege: true },
  { code: 'EGE-MA-P', name: 'ЕГЭ Математика (профильный уровень)', scored: true, ege: true, minScore: 27 },
  { code: 'EGE-RU', name: 'ЕГЭ Русский язык', scored: true, ege: true, minScore: 24 },
];
const DEFAULT_SET = ['VPR-RU-5', 'VPR-RU-6', 'VPR-MA-5', 'VPR-MA-6', 'OGE-RU', 'OGE-MA', 'EGE-MA-B', 'EGE-MA-P'];
const FAIL_FACTOR = { 'EGE-RU': 0.3, 'EGE-MA-B': 0.5 };

/** id, name, type, grade size (pupils in a parallel); tiny schools have 3–9 per procedure. */
const SCHOOLS = [
  ['DM-01', 'МБОУ СОШ № 1 г. Демидов', 'СОШ', 85],
  ['DM-02', 'МБОУ СОШ № 2 г. Демидов', 'СОШ', 78],
  ['DM-03', 'МБОУ СОШ № 3 им. А. С. Пушкина г. Демидов', 'СОШ', 55],
  ['DM-04', 'МБОУ СОШ № 4 г. Демидов', 'СОШ', 72],
  ['DM-05', 'МБОУ СОШ № 5 г. Демидов', 'СОШ', 52],
  ['DM-06', 'МАОУ СОШ № 6 с углублённым изучением отдельных предметов г. Демидов', 'СОШ', 86],
  ['DM-07', 'МБОУ СОШ п. Луговой', 'СОШ', 30],
  ['DM-08', 'МБОУ СОШ с. Берёзовка', 'СОШ', 26],
  ['DM-09', 'МБОУ СОШ с. Никольское', 'СОШ', 28],
  ['DM-10', 'МБОУ СОШ № 10 г. Демидов', 'СОШ', 65],
  ['DM-11', 'МБОУ ООШ д. Ключи', 'ООШ', 18],
  ['DM-12', 'МБОУ СОШ с. Покровское', 'СОШ', 33],
  ['DM-13', 'МБОУ СОШ п. Заводской', 'СОШ', 40],
  ['DM-14', 'МБОУ СОШ № 14 г. Демидов', 'СОШ', 48],
  ['DM-15', 'МБОУ ООШ № 15 с. Заречное', 'ООШ', 16],
  ['DM-16', 'МБОУ СОШ № 16 г. Демидов', 'СОШ', 84],
  ['DM-17', 'МБОУ СОШ с. Высокое', 'СОШ', 24],
  ['DM-18', 'МБОУ СОШ п. Сосновый Бор', 'СОШ', 31],
  ['DM-19', 'МБОУ ООШ с. Ильинка', 'ООШ', 14],
  ['DM-20', 'МБОУ СОШ № 20 с. Старое Демидово', 'СОШ', 28],
  ['DM-21', 'МБОУ ООШ д. Кривцово', 'ООШ', 5],
  ['DM-22', 'МБОУ СОШ с. Троицкое', 'СОШ', 30],
  ['DM-23', 'МБОУ ООШ с. Горки', 'ООШ', 13],
  ['DM-24', 'МБОУ СОШ № 24 г. Демидов', 'СОШ', 70],
  ['DM-25', 'МБОУ ООШ п. Лесной', 'ООШ', 15],
  ['DM-26', 'МБОУ ООШ с. Михайловка', 'ООШ', 17],
  ['DM-27', 'МБОУ ООШ д. Озёрки', 'ООШ', 7],
  ['DM-28', 'МБОУ СОШ № 28 г. Демидов', 'СОШ', 62],
  ['DM-29', 'МБОУ ООШ с. Камышино', 'ООШ', 12],
  ['DM-30', 'МБОУ ООШ д. Малиновка', 'ООШ', 3],
].map(([id, name, type, size]) => ({ id, name, type, size, tiny: size < 10 }));

/** A school that closed (merged) after 2023/2024: no rows for 2025. */
const CLOSED_AFTER = { 'DM-20': 2024 };

/**
 * Planted results: school → year → procedure → [failed, participants], plus what it is for.
 * Every other result of the district is kept at 0–20% failing.
 */
const PLANTS = {
  'DM-03': { why: 'A only: two low results in 2025, nothing low in 2024',
    2025: { 'VPR-MA-6': [19, 54], 'OGE-MA': [17, 50] } },
  'DM-07': { why: 'A only: two low results in 2025 (ВПР and ЕГЭ профильная, failing = below 27 points)',
    2025: { 'VPR-RU-5': [10, 28], 'EGE-MA-P': [6, 15] } },
  'DM-05': { why: 'B only, different procedures (2024 ВПР МА 5, 2025 ОГЭ МА): not flagged with --same-procedure',
    2024: { 'VPR-MA-5': [18, 52] }, 2025: { 'OGE-MA': [17, 48] } },
  'DM-11': { why: 'B only, different procedures, an ООШ (2024 ОГЭ РУ, 2025 ВПР РУ 6): not flagged with --same-procedure',
    2024: { 'OGE-RU': [6, 17] }, 2025: { 'VPR-RU-6': [7, 19] } },
  'DM-09': { why: 'B with the same procedure (ОГЭ МА low in 2023, 2024 and 2025): flagged in 2025 and in 2024',
    2023: { 'OGE-MA': [9, 26] }, 2024: { 'OGE-MA': [10, 27] }, 2025: { 'OGE-MA': [11, 29] } },
  'DM-12': { why: 'A and B: two low results in 2025, one of them also low in 2024 (same procedure)',
    2024: { 'VPR-MA-5': [12, 33] }, 2025: { 'VPR-MA-5': [13, 34], 'VPR-MA-6': [11, 31] } },
  'DM-27': { why: 'tiny rural school: 3 «2» of 7 in 2025 (42.86%), 2 of 6 in 2024, same procedure: B',
    2024: { 'VPR-MA-5': [2, 6] }, 2025: { 'VPR-MA-5': [3, 7] } },
  'DM-14': { why: 'boundary: ОГЭ РУ 9 of 30 = exactly 30% is low; with the other 2025 low result → A',
    2025: { 'OGE-RU': [9, 30], 'VPR-RU-6': [16, 50] } },
  'DM-16': { why: 'just below: ВПР МА 6 26 of 87 = 29.89% is NOT low (rounds to 30% as a whole percent); a 2024 low result alone does not flag',
    2024: { 'VPR-RU-5': [28, 84] }, 2025: { 'VPR-MA-6': [26, 87] } },
  'DM-18': { why: 'ЕГЭ Русский язык (not in the default set) low plus one other low in 2025: flagged only with --procedures all',
    2025: { 'EGE-RU': [8, 25], 'VPR-MA-5': [10, 31] } },
  'DM-20': { why: 'closed after 2023/2024 (no 2025 rows): not flagged for 2025; flagged for 2024 (A and B)',
    2023: { 'OGE-RU': [8, 25] }, 2024: { 'OGE-RU': [9, 26], 'VPR-RU-6': [10, 29] } },
  'DM-22': { why: 'Y−2 does not count: low in 2023 and in 2025 but not in 2024 → not flagged for 2025 or 2024',
    2023: { 'VPR-RU-5': [11, 30] }, 2025: { 'VPR-MA-6': [10, 29] } },
};

async function main() {
  const rows = generateDistrict(mulberry32(SEED));
  addHighCounts(rows, mulberry32(SEED + 1));
  const records = rows.map(recordOfRow);
  checkPlantsAreTheOnlyLowResults(records);
  const verdicts = computeVerdicts(records);
  mkdirSync(OUT_DIR, { recursive: true });
  const csvPath = join(OUT_DIR, 'district-cp1251.csv');
  writeFileSync(csvPath, encodeCp1251(toCsv(rows)));
  const xlsxPath = join(OUT_DIR, 'district.xlsx');
  await writeXlsx(rows, xlsxPath);
  const csvBack = readCsvBack(csvPath);
  const xlsxBack = await readXlsxBack(xlsxPath);
  assertSameVerdicts(verdicts, computeVerdicts(csvBack), 'CSV read back');
  assertSameVerdicts(verdicts, computeVerdicts(xlsxBack), 'XLSX read back');
  assertSameHighCounts(rows, csvBack, 'CSV read back');
  assertSameHighCounts(rows, xlsxBack, 'XLSX read back');

  const profiles = generateProfiles(mulberry32(SEED + 2), verdicts);
  const profilePath = join(OUT_DIR, 'schools-profile.xlsx');
  await writeProfileXlsx(profiles, profilePath);
  const profileCsvPath = join(OUT_DIR, 'schools-profile.csv');
  writeFileSync(profileCsvPath, profileCsv(profiles));
  assertSameProfiles(profiles, readProfileCsvBack(profileCsvPath), 'profile CSV read back');
  assertSameProfiles(profiles, await readProfileXlsxBack(profilePath), 'profile XLSX read back');
  writeFileSync(join(OUT_DIR, 'region-reference.csv'), referenceCsv());

  writeFileSync(join(OUT_DIR, 'expected-2025.json'), `${JSON.stringify(expectedJson(verdicts), null, 2)}\n`);

  const pupils = generatePupils(rows, mulberry32(SEED + 3));
  const analysis = checkPupilExport(rows, pupils);
  const pupilsBack = writePupilExport(OUT_DIR, pupils);
  assertSameVerdicts(analysis, checkPupilExport(rows, pupilsBack), 'per-pupil export read back');
  const pupilSection = pupilExportMarkdown(pupils, analysis, { flagged: verdicts.fioko.flagged, seed: SEED + 3, rows });
  writeFileSync(join(OUT_DIR, 'EXPECTED.md'), expectedMarkdown(records, verdicts) + profileMarkdown(rows, profiles) + pupilSection);
  console.log(`fixtures/demo: ${SCHOOLS.length} schools, ${rows.length} rows; flagged 2025: ${verdicts.fioko.flagged.join(', ')}; profile: ${profiles.length} rows; per-pupil export: ${pupils.length} rows`);
}

// ---------------------------------------------------------------------------------------------
// PRNG and small helpers


function between(rand, lo, hi) {
  return lo + (hi - lo) * rand();
}

function clamp(value, lo, hi) {
  return Math.min(hi, Math.max(lo, value));
}

function round2(value) {
  return Math.round(value * 100) / 100;
}

function pct(failed, participants) {
  return ((failed / participants) * 100).toFixed(2);
}

function isLow(failed, participants) {
  return failed * 100 >= THRESHOLD * participants;
}

function compareIds(a, b) {
  return a.localeCompare(b, 'ru', { numeric: true });
}

// ---------------------------------------------------------------------------------------------
// Generating the district

/** Rows in file order: school, year, procedure. */
function generateDistrict(rand) {
  const rows = [];
  for (const school of SCHOOLS) {
    const baseRate = between(rand, 0.02, 0.12);
    const baseSizes = baseSizesOf(school, rand);
    for (const year of YEARS) {
      if (CLOSED_AFTER[school.id] && year > CLOSED_AFTER[school.id]) continue;
      const sizes = yearSizes(school, baseSizes, year, rand);
      for (const proc of proceduresOf(school)) {
        const planted = PLANTS[school.id]?.[year]?.[proc.code];
        const participants = planted ? planted[1] : sizes[proc.code];
        const failed = planted ? planted[0] : fineFailures(school, proc, participants, baseRate, rand);
        rows.push(makeRow(school, year, proc, participants, failed, baseRate, rand));
      }
    }
  }
  return rows;
}

function proceduresOf(school) {
  return PROCEDURES.filter((p) => school.type === 'СОШ' || !p.ege);
}

/** Stable grade sizes of a school: each procedure's usual participant count. */
function baseSizesOf(school, rand) {
  const sizes = {};
  for (const proc of PROCEDURES.filter((p) => !p.ege)) {
    sizes[proc.code] = school.size * between(rand, 0.9, 1.1);
  }
  sizes.EGE = school.size * between(rand, 0.55, 0.7);
  sizes.profileShare = between(rand, 0.35, 0.55);
  return sizes;
}

/** One year's participants: ±8% around the base; all ЕГЭ-11 pupils write Russian and one maths. */
function yearSizes(school, base, year, rand) {
  const lo = school.tiny ? 3 : 12;
  const hi = school.tiny ? 9 : 90;
  const sizes = {};
  for (const proc of PROCEDURES.filter((p) => !p.ege)) {
    sizes[proc.code] = clamp(Math.round(base[proc.code] * between(rand, 0.92, 1.08)), lo, hi);
  }
  const planted = PLANTS[school.id]?.[year] ?? {};
  const plantedProfile = planted['EGE-MA-P']?.[1];
  const usual = clamp(Math.round(base.EGE * between(rand, 0.92, 1.08)), 2 * lo, hi);
  const egeTotal = planted['EGE-RU']?.[1] ?? (plantedProfile ? Math.max(usual, plantedProfile + lo) : usual);
  const profile = plantedProfile ?? Math.max(lo, Math.round(egeTotal * base.profileShare));
  sizes['EGE-RU'] = egeTotal;
  sizes['EGE-MA-P'] = profile;
  sizes['EGE-MA-B'] = planted['EGE-MA-B']?.[1] ?? Math.max(lo, egeTotal - profile);
  return sizes;
}

/** Failures of an ordinary result: around the school's rate, never above 20%. */
function fineFailures(school, proc, participants, baseRate, rand) {
  const rate = baseRate * (FAIL_FACTOR[proc.code] ?? 1) * between(rand, 0.5, 1.5);
  let failed = Math.round(participants * rate);
  while (failed > 0 && failed * 100 > 20 * participants) failed -= 1;
  return failed;
}

function makeRow(school, year, proc, participants, failed, baseRate, rand) {
  const row = {
    id: school.id, name: school.name, municipality: MUNICIPALITY, type: school.type,
    year, procedure: proc, participants, failed, marks: null, mean: null,
  };
  const share = failed / participants;
  if (proc.scored) {
    const top = proc.code === 'EGE-RU' ? 74 : 62;
    row.mean = round2(clamp(top - 55 * share - 60 * baseRate + between(rand, -4, 4), 20, 95));
  } else {
    row.marks = distributeMarks(participants, failed, baseRate, rand);
    row.mean = round2((2 * row.marks[0] + 3 * row.marks[1] + 4 * row.marks[2] + 5 * row.marks[3]) / participants);
  }
  return row;
}

/**
 * «80–100 баллов» for the 100-point ЕГЭ results (профильная математика, русский язык), from
 * their own PRNG stream so the rest of the district is unchanged: a share growing with the mean
 * score, never more than those who passed the minimum. Other rows: null (a blank cell).
 */
function addHighCounts(rows, rand) {
  for (const row of rows) {
    row.high = null;
    if (!row.procedure.scored) continue;
    const [slope, base] = row.procedure.code === 'EGE-RU' ? [0.018, 57] : [0.01, 45];
    const share = clamp(slope * (row.mean - base), 0, 0.45) * between(rand, 0.6, 1.4);
    row.high = Math.min(Math.round(row.participants * share), row.participants - row.failed);
  }
}

/** Counts of «2»..«5»: «2» given, the rest split 3/4/5 by the school's strength (largest remainder). */
function distributeMarks(participants, failed, baseRate, rand) {
  const strength = 1 - clamp(baseRate / 0.12, 0, 1);
  const weights = [0.5 - 0.15 * strength, 0.35, 0.15 + 0.15 * strength].map((w) => w * between(rand, 0.85, 1.15));
  const rest = participants - failed;
  const total = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (rest * w) / total);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; counts.reduce((s, c) => s + c, 0) < rest; k += 1) counts[order[k][1]] += 1;
  return [failed, ...counts];
}

// ---------------------------------------------------------------------------------------------
// The rule, independently of src/: records are { id, year, procedure, participants, failed }

function recordOfRow(row) {
  return { id: row.id, year: row.year, procedure: row.procedure.code, participants: row.participants, failed: row.failed };
}

/** Criteria of every flagged school for target year `year`, as { id: ['A', 'B'] }. */
function classify(records, year, { sameProcedure = false, procedures = DEFAULT_SET } = {}) {
  const lowOf = (id, y) => records
    .filter((r) => r.id === id && r.year === y && (procedures === 'all' || procedures.includes(r.procedure)))
    .filter((r) => isLow(r.failed, r.participants))
    .map((r) => r.procedure);
  const result = {};
  for (const id of [...new Set(records.map((r) => r.id))].sort(compareIds)) {
    const now = lowOf(id, year);
    const before = lowOf(id, year - 1);
    const criteria = [];
    if (now.length >= 2) criteria.push('A');
    const matching = sameProcedure ? before.filter((p) => now.includes(p)) : before;
    if (now.length >= 1 && matching.length >= 1) criteria.push('B');
    if (criteria.length) result[id] = criteria;
  }
  return result;
}

function computeVerdicts(records) {
  const variants = {
    fioko: classify(records, TARGET_YEAR),
    sameProcedure: classify(records, TARGET_YEAR, { sameProcedure: true }),
    all: classify(records, TARGET_YEAR, { procedures: 'all' }),
    year2024: classify(records, TARGET_YEAR - 1),
    year2024Same: classify(records, TARGET_YEAR - 1, { sameProcedure: true }),
    year2024All: classify(records, TARGET_YEAR - 1, { procedures: 'all' }),
  };
  return Object.fromEntries(Object.entries(variants).map(([k, criteria]) => [k, { flagged: Object.keys(criteria), criteria }]));
}

/** Guards the generator: every low result of the district must be one planted on purpose. */
function checkPlantsAreTheOnlyLowResults(records) {
  for (const r of records) {
    if (!isLow(r.failed, r.participants)) continue;
    const planted = PLANTS[r.id]?.[r.year]?.[r.procedure];
    if (!planted) throw new Error(`unplanted low result: ${r.id} ${r.year} ${r.procedure} ${r.failed}/${r.participants}`);
  }
}

function assertSameVerdicts(expected, actual, what) {
  const a = JSON.stringify(expected);
  const b = JSON.stringify(actual);
  if (a !== b) throw new Error(`${what} gives other verdicts:\n${a}\n${b}`);
}

// ---------------------------------------------------------------------------------------------
// Writing: CSV (Windows-1251) and XLSX

function csvCells(row) {
  const marks = row.marks ?? [null, null, null, null];
  const mean = row.mean === null ? '' : row.mean.toFixed(2).replace('.', ',');
  return [
    row.id, row.name, row.municipality, row.type, row.year, row.procedure.name, row.participants,
    ...marks, row.procedure.scored ? row.failed : null, mean, row.high,
  ].map((v) => (v === null ? '' : String(v)));
}

function toCsv(rows) {
  const lines = [COLUMNS, ...rows.map(csvCells)].map((cells) => {
    for (const cell of cells) if (/[;"\r\n]/.test(cell)) throw new Error(`cell needs quoting: ${cell}`);
    return cells.join(';');
  });
  return `${lines.join('\r\n')}\r\n`;
}

const CP1251_EXTRA = { 0x401: 0xa8, 0x451: 0xb8, 0x2116: 0xb9, 0xab: 0xab, 0xbb: 0xbb, 0x2013: 0x96, 0x2014: 0x97, 0xa0: 0xa0 };

/** Node has no Windows-1251 encoder: ASCII, А–я, Ё/ё and a few signs by hand; anything else throws. */
function encodeCp1251(text) {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const cp = text.charCodeAt(i);
    if (cp < 0x80) bytes[i] = cp;
    else if (cp >= 0x410 && cp <= 0x44f) bytes[i] = 0xc0 + (cp - 0x410);
    else if (CP1251_EXTRA[cp] !== undefined) bytes[i] = CP1251_EXTRA[cp];
    else throw new Error(`no Windows-1251 byte for U+${cp.toString(16)} in «${text.slice(Math.max(0, i - 20), i + 20)}»`);
  }
  if (new TextDecoder('windows-1251').decode(bytes) !== text) throw new Error('Windows-1251 round trip failed');
  return bytes;
}

function xlsxCells(row) {
  const marks = row.marks ?? [null, null, null, null];
  return [
    row.id, row.name, row.municipality, row.type, `${row.year - 1}/${row.year}`, row.procedure.name, row.participants,
    ...marks, row.procedure.scored ? row.failed : null, row.mean, row.high,
  ];
}

async function writeXlsx(rows, path) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'shnor scripts/make-fixtures.mjs';
  workbook.created = new Date(Date.UTC(2025, 6, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(SHEET);
  sheet.getCell('A1').value = TITLE;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.getRow(3).values = COLUMNS;
  sheet.getRow(3).font = { bold: true };
  sheet.getRow(3).alignment = { wrapText: true, vertical: 'middle' };
  rows.forEach((row, i) => { sheet.getRow(4 + i).values = xlsxCells(row); });
  const widths = [8, 62, 24, 8, 12, 38, 12, 6, 6, 6, 6, 14, 10, 10];
  widths.forEach((width, i) => { sheet.getColumn(i + 1).width = width; });
  sheet.getColumn(13).numFmt = '0.00';
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  writeFileSync(path, await withFixedZipDates(await workbook.xlsx.writeBuffer()));
}

/** exceljs stamps every zip entry with the current time; re-zip with a fixed date so reruns are byte-identical. */
async function withFixedZipDates(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const date = new Date(Date.UTC(2025, 6, 1));
  for (const entry of Object.values(zip.files)) entry.date = date;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// ---------------------------------------------------------------------------------------------
// Reading back, for the double check

const CODE_OF_NAME = Object.fromEntries(PROCEDURES.map((p) => [p.name, p.code]));

function recordOfCells(cells, yearOf) {
  const [id, , , , year, name, participants, two, , , , below, , high] = cells;
  const code = CODE_OF_NAME[name];
  if (!code) throw new Error(`unknown procedure name read back: ${name}`);
  const failed = code === 'EGE-MA-P' || code === 'EGE-RU' ? below : two;
  const highCount = high === undefined || high === null || high === '' ? null : Number(high);
  return { id, year: yearOf(year), procedure: code, participants: Number(participants), failed: Number(failed), high: highCount };
}

function assertSameHighCounts(rows, records, what) {
  const a = JSON.stringify(rows.map((r) => r.high));
  const b = JSON.stringify(records.map((r) => r.high));
  if (a !== b) throw new Error(`${what}: «80–100 баллов» differ`);
}

function readCsvBack(path) {
  const text = new TextDecoder('windows-1251').decode(readFileSync(path));
  const lines = text.split('\r\n').filter((line) => line !== '');
  if (lines[0] !== COLUMNS.join(';')) throw new Error('CSV header read back differs');
  return lines.slice(1).map((line) => recordOfCells(line.split(';'), Number));
}

async function readXlsxBack(path) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(SHEET);
  const records = [];
  sheet.eachRow((row, number) => {
    if (number >= 4) records.push(recordOfCells(row.values.slice(1), (v) => Number(String(v).split('/')[1])));
  });
  return records;
}

// ---------------------------------------------------------------------------------------------
// The school profile (shnor score --profile) and the regional reference (--reference)

/** The profile columns in the order of `shnor template profile` (src/model/profile-fields.ts), with how a cell is written. */
const PROFILE_COLUMNS = [
  ['schoolId', 'Код ОО', 'text'],
  ['schoolName', 'Наименование ОО', 'text'],
  ['schoolType', 'Вид ОО', 'text'],
  ['teachersTotal', 'Педагогов всего', 'number'],
  ['teachersTrained', 'Прошли КПК за 3 года', 'number'],
  ['teachersCategory', 'С высшей/первой категорией', 'number'],
  ['teachersCategoryPrev', 'С высшей/первой категорией (прошлый год)', 'number'],
  ['contests', 'Профессиональные конкурсы', 'text'],
  ['experienceMunicipal', 'Опыт на муниципальном уровне', 'text'],
  ['experienceRegional', 'Опыт на краевом уровне', 'text'],
  ['innovation', 'Конкурсы инновационных проектов', 'text'],
  ['methodLeaders', 'Руководители РМО / тьюторы', 'text'],
  ['olympiadRegionalWinners', 'Призёры регионального этапа ВсОШ', 'text'],
  ['olympiadMunicipal', 'Участие в муниципальном этапе ВсОШ', 'text'],
  ['olympiadEfficiency', 'Эффективность муниципального этапа ВсОШ, %', 'number'],
  ['programmes', 'Программа развития, антирисковая программа, ВСОКО', 'text'],
  ['nonObjective', 'Признаки необъективности ВПР', 'text'],
  ['isbsh', 'ИСБШ', 'number'],
  ['shnsu', 'ШНСУ', 'text'],
  ['ior', 'ИОР', 'number'],
  ['iorPrev', 'ИОР (прошлый год)', 'number'],
  ['failingShare', 'Доля неуспевающих, %', 'number'],
  ['failingSharePrev', 'Доля неуспевающих (прошлый год), %', 'number'],
  ['disabledShare', 'Доля обучающихся с ОВЗ, %', 'number'],
  ['nonNativeShare', 'Доля обучающихся с неродным русским языком, %', 'number'],
  ['failingExtraShare', 'Доля неуспевающих на доп. занятиях, %', 'number'],
  ['socialRiskShare', 'Доля обучающихся в сложных социальных условиях, %', 'number'],
  ['trainedLowAchieversShare', 'Доля учителей с КПК по работе со слабоуспевающими, %', 'number'],
  ['parentsHigherShare', 'Доля родителей с высшим образованием, %', 'number'],
  ['parentsVocationalShare', 'Доля родителей со средним профессиональным образованием, %', 'number'],
  ['networkSchools', 'Сетевое взаимодействие со школами', 'text'],
  ['networkOrganisations', 'Сетевое взаимодействие с другими организациями', 'text'],
  ['jointEvents', 'Совместные мероприятия', 'text'],
  ['seminarsHosted', 'Методические семинары на базе школы', 'text'],
  ['computerShortage', 'Нехватка компьютерной техники', 'text'],
  ['staffShortage', 'Дефицит педагогических кадров', 'text'],
  ['smallSchool', 'Малочисленная школа', 'text'],
  ['federalList', 'В федеральном списке ШНОР', 'text'],
  ['regionalList', 'В региональном списке ШНОР', 'text'],
  ['project500', 'Проект «500+»', 'text'],
  ['risk.equipment', 'Риск: низкий уровень оснащения школы', 'text'],
  ['risk.staffDeficit', 'Риск: дефицит педагогических кадров', 'text'],
  ['risk.teacherCompetence', 'Риск: недостаточная предметная и методическая компетентность педагогических работников', 'text'],
  ['risk.disabilities', 'Риск: высокая доля обучающихся с ОВЗ', 'text'],
  ['risk.languageBarriers', 'Риск: низкое качество преодоления языковых и культурных барьеров', 'text'],
  ['risk.motivation', 'Риск: низкая учебная мотивация обучающихся', 'text'],
  ['risk.wellbeing', 'Риск: пониженный уровень школьного благополучия', 'text'],
  ['risk.discipline', 'Риск: низкий уровень дисциплины в классе', 'text'],
  ['risk.failureRisk', 'Риск: высокая доля обучающихся с рисками учебной неуспешности', 'text'],
  ['risk.parents', 'Риск: низкий уровень вовлеченности родителей', 'text'],
  ['risk.qualitySystem', 'Риск: несформированность ВСОКО', 'text'],
].map(([key, header, kind]) => ({ key, header, kind }));
const RISK_KEYS = PROFILE_COLUMNS.filter((c) => c.key.startsWith('risk.')).map((c) => c.key);
const PROFILE_SHEET = 'Профиль';

/** ИОР the municipality computed itself (now, last year); every other school's ИОР is blank and computed by shnor. */
const IOR_GIVEN = { 'DM-02': [0.0412, 0.0275], 'DM-10': [0.0158, 0.0203], 'DM-24': [-0.0321, -0.0117], 'DM-28': [0.0064, -0.0048] };
/** On Rosobrnadzor's list of schools with signs of non-objective ВПР results (1.18 → 0). */
const NON_OBJECTIVE = ['DM-16', 'DM-22'];
const FEDERAL_LIST = ['DM-09'];
const PROJECT_500 = ['DM-09', 'DM-12', 'DM-27'];
/** On the regional ШНСУ list (issue 8), with the parents' education of their social passport (%, higher and vocational). */
const SHNSU = { 'DM-09': [18.5, 41.2], 'DM-23': [14.0, 38.6] };
/** Cells left blank on purpose: missing data, which must come out as «нет данных», never as 0 or «нет». */
const PROFILE_BLANKS = {
  'DM-08': ['disabledShare'],
  'DM-13': ['experienceRegional'],
  'DM-15': ['isbsh'],
  'DM-24': ['contests'],
  'DM-26': ['teachersTrained'],
};

/** Regional («регион») mean scores: ЕГЭ in test points, ОГЭ as the mean mark, like the district's own rows. */
const REGION_MEANS = [
  ['ЕГЭ Русский язык', 'EGE-RU', [68.41, 68.93, 69.24]],
  ['ЕГЭ Математика (профильный уровень)', 'EGE-MA-P', [56.12, 55.37, 56.84]],
  ['ОГЭ Русский язык', 'OGE-RU', [3.71, 3.69, 3.74]],
  ['ОГЭ Математика', 'OGE-MA', [3.66, 3.62, 3.68]],
];

/**
 * The region's shares of «2», «3», «4», «5» on the ВПР, percent, 2023–2025 (invented, near the district's own):
 * the region's row of the sheet «Успеваемость и качество» (успеваемость = 100 − %«2», качество = %«4» + %«5»).
 */
const REGION_MARK_SHARES = [
  ['ВПР Русский язык 5 кл.', 'VPR-RU-5', [[9.2, 41.5, 32.4, 16.9], [9.8, 41.1, 32.2, 16.9], [9.5, 40.8, 32.6, 17.1]]],
  ['ВПР Математика 5 кл.', 'VPR-MA-5', [[8.7, 42.3, 31.0, 18.0], [10.4, 41.2, 30.8, 17.6], [10.1, 40.6, 31.4, 17.9]]],
  ['ВПР Русский язык 6 кл.', 'VPR-RU-6', [[9.6, 41.9, 31.8, 16.7], [9.9, 41.4, 31.5, 17.2], [10.2, 41.0, 31.3, 17.5]]],
  ['ВПР Математика 6 кл.', 'VPR-MA-6', [[9.1, 42.0, 31.6, 17.3], [9.4, 41.7, 31.9, 17.0], [11.3, 40.5, 30.9, 17.3]]],
];
for (const [name, , years] of REGION_MARK_SHARES) {
  for (const shares of years) {
    if (Math.abs(shares.reduce((a, b) => a + b, 0) - 100) > 1e-9) throw new Error(`${name}: the shares ${shares.join(' + ')} do not add up to 100`);
  }
}

function yesNo(rand, p) {
  return rand() < p ? 'да' : 'нет';
}

function pick(rand, choices) {
  const x = rand();
  let sum = 0;
  for (const [value, p] of choices) {
    sum += p;
    if (x < sum) return value;
  }
  return choices[choices.length - 1][0];
}

function round1(value) {
  return Math.round(value * 10) / 10;
}

/** One profile per school, in SCHOOLS order; every draw is made whatever the branch, so one change does not shift the rest. */
function generateProfiles(rand, verdicts) {
  const flagged = new Set(verdicts.fioko.flagged);
  const regional = new Set(verdicts.year2024.flagged);
  return SCHOOLS.map((school) => {
    const rural = !school.name.includes('г. Демидов');
    const draw = () => rand();
    const total = school.tiny ? 8 + Math.floor(draw() * 3) : clamp(Math.round(12 + school.size * 0.5 + 6 * draw() - 3), 12, 60);
    const allTrained = draw() < 0.35;
    const trainedShare = 0.7 + 0.27 * draw();
    const trained = allTrained ? total : Math.min(total - 1, Math.round(total * trainedShare));
    const category = Math.round(total * (0.25 + 0.5 * draw()));
    const categoryPrev = clamp(category + Math.round(6.8 * draw() - 3.4), 0, total);
    const municipal = yesNo(rand, school.tiny ? 0.6 : 0.95);
    const efficiency = round1(5 + 55 * draw());
    const p = {
      schoolId: school.id,
      schoolName: school.name,
      schoolType: school.type,
      teachersTotal: total,
      teachersTrained: trained,
      teachersCategory: category,
      teachersCategoryPrev: categoryPrev,
      contests: pick(rand, [['нет', 0.3], ['участники', 0.5], ['победители', 0.2]]),
      experienceMunicipal: yesNo(rand, 0.7),
      experienceRegional: yesNo(rand, 0.3),
      innovation: pick(rand, [['нет', 0.5], ['участие', 0.35], ['победа', 0.15]]),
      methodLeaders: yesNo(rand, school.tiny ? 0.1 : 0.5),
      olympiadRegionalWinners: yesNo(rand, school.size >= 50 ? 0.5 : 0.1),
      olympiadMunicipal: municipal,
      olympiadEfficiency: municipal === 'да' ? efficiency : null,
      programmes: yesNo(rand, 0.85),
      nonObjective: NON_OBJECTIVE.includes(school.id) ? 'да' : 'нет',
      isbsh: round1(40 + 80 * draw()),
      ior: IOR_GIVEN[school.id]?.[0] ?? null,
      iorPrev: IOR_GIVEN[school.id]?.[1] ?? null,
    };
    const failing = round1(flagged.has(school.id) ? 6 + 8 * draw() : 0.5 + 6.5 * draw());
    p.failingShare = failing;
    p.failingSharePrev = clamp(round1(failing + 4.5 * draw() - 2.5), 0, 100);
    p.disabledShare = round1(1 + 11 * draw());
    p.nonNativeShare = round1(15 * draw() ** 2);
    p.failingExtraShare = round1(40 + 60 * draw());
    p.socialRiskShare = round1(2 + 23 * draw());
    p.trainedLowAchieversShare = round1(10 + 80 * draw());
    p.networkSchools = yesNo(rand, 0.6);
    p.networkOrganisations = yesNo(rand, 0.5);
    p.jointEvents = yesNo(rand, 0.6);
    p.seminarsHosted = yesNo(rand, school.size >= 40 ? 0.5 : 0.15);
    p.computerShortage = yesNo(rand, rural ? 0.4 : 0.1);
    p.staffShortage = yesNo(rand, rural ? 0.5 : 0.15);
    p.smallSchool = school.tiny ? 'да' : 'нет';
    p.federalList = FEDERAL_LIST.includes(school.id) ? 'да' : 'нет';
    p.regionalList = regional.has(school.id) ? 'да' : 'нет';
    p.project500 = PROJECT_500.includes(school.id) ? 'да' : 'нет';
    // constants, not draws: adding them left every generated value as it was
    p.shnsu = SHNSU[school.id] ? 'да' : 'нет';
    p.parentsHigherShare = SHNSU[school.id]?.[0] ?? null;
    p.parentsVocationalShare = SHNSU[school.id]?.[1] ?? null;
    // Risk profile: a flagged school has three «высокая» and three «средняя» factors; the others
    // have no «высокая», and most of their factors are blank (not relevant).
    const order = RISK_KEYS.map((key) => [draw(), key]).sort((a, b) => a[0] - b[0]).map(([, key]) => key);
    for (const [i, key] of order.entries()) {
      const x = draw();
      if (flagged.has(school.id)) p[key] = i < 3 ? 'высокая' : i < 6 ? 'средняя' : x < 0.6 ? 'низкая' : null;
      else p[key] = x < 0.55 ? null : x < 0.85 ? 'низкая' : 'средняя';
    }
    for (const key of PROFILE_BLANKS[school.id] ?? []) p[key] = null;
    return p;
  });
}

function profileCells(profile) {
  return PROFILE_COLUMNS.map((c) => profile[c.key] ?? null);
}

function csvNumber(value) {
  return String(value).replace('.', ',');
}

function csvText(cells, { bom }) {
  const lines = cells.map((row) => row.map((v) => (v === null ? '' : typeof v === 'number' ? csvNumber(v) : String(v))).map((cell) => {
    if (/[;"\r\n]/.test(cell)) throw new Error(`cell needs quoting: ${cell}`);
    return cell;
  }).join(';'));
  return `${bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}

function profileCsv(profiles) {
  return csvText([PROFILE_COLUMNS.map((c) => c.header), ...profiles.map(profileCells)], { bom: true });
}

function referenceCsv() {
  const rows = YEARS.flatMap((year, i) => [
    ...REGION_MEANS.map(([name, , means]) => [year, name, means[i], null, null, null, null, 'регион']),
    ...REGION_MARK_SHARES.map(([name, , shares]) => [year, name, null, ...shares[i], 'регион']),
  ]);
  return csvText([['Год', 'Процедура', 'Средний балл', '% «2»', '% «3»', '% «4»', '% «5»', 'Уровень'], ...rows], { bom: true });
}

async function writeProfileXlsx(profiles, path) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'shnor scripts/make-fixtures.mjs';
  workbook.created = new Date(Date.UTC(2025, 6, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(PROFILE_SHEET);
  sheet.getRow(1).values = PROFILE_COLUMNS.map((c) => c.header);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  profiles.forEach((profile, i) => { sheet.getRow(2 + i).values = profileCells(profile); });
  PROFILE_COLUMNS.forEach((c, i) => { sheet.getColumn(i + 1).width = c.key === 'schoolName' ? 62 : c.key === 'schoolId' ? 8 : 16; });
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  writeFileSync(path, await withFixedZipDates(await workbook.xlsx.writeBuffer()));
}

/** Back to the CSV's text cells, whichever file the profile was read from. */
function asCsvCells(cells) {
  return PROFILE_COLUMNS.map((c, i) => {
    const v = cells[i];
    return v === undefined || v === null ? '' : typeof v === 'number' ? csvNumber(v) : String(v);
  });
}

function readProfileCsvBack(path) {
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith('\ufeff')) throw new Error('profile CSV has no BOM');
  const lines = text.slice(1).split('\r\n').filter((line) => line !== '');
  if (lines[0] !== PROFILE_COLUMNS.map((c) => c.header).join(';')) throw new Error('profile CSV header read back differs');
  return lines.slice(1).map((line) => line.split(';'));
}

async function readProfileXlsxBack(path) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(PROFILE_SHEET);
  const header = sheet.getRow(1).values.slice(1);
  if (JSON.stringify(header) !== JSON.stringify(PROFILE_COLUMNS.map((c) => c.header))) throw new Error('profile XLSX header read back differs');
  const rows = [];
  sheet.eachRow((row, number) => { if (number >= 2) rows.push(asCsvCells(row.values.slice(1))); });
  return rows;
}

function assertSameProfiles(profiles, cells, what) {
  const a = JSON.stringify(profiles.map((p) => asCsvCells(profileCells(p))));
  const b = JSON.stringify(cells);
  if (a !== b) throw new Error(`${what} differs from the generated profile`);
}

// ---------------------------------------------------------------------------------------------
// EXPECTED.md and expected-2025.json

function expectedJson(v) {
  return {
    year: TARGET_YEAR,
    threshold: THRESHOLD,
    flagged: v.fioko.flagged,
    criteria: v.fioko.criteria,
    sameProcedureFlagged: v.sameProcedure.flagged,
    sameProcedureCriteria: v.sameProcedure.criteria,
    allProceduresFlagged: v.all.flagged,
    allProceduresCriteria: v.all.criteria,
    flagged2024: v.year2024.flagged,
    criteria2024: v.year2024.criteria,
    plantedNeverFlagged2025: Object.keys(PLANTS).filter((id) => !v.all.flagged.includes(id)).sort(compareIds),
    closedSchools: Object.keys(CLOSED_AFTER),
    tinySchools: SCHOOLS.filter((s) => s.tiny).map((s) => s.id),
  };
}

function verdictText(criteria) {
  return criteria ? `**yes** (${criteria.join('+')})` : 'no';
}

function lowList(records, id, year) {
  const low = records.filter((r) => r.id === id && r.year === year && isLow(r.failed, r.participants));
  const notable = records.filter((r) => r.id === id && r.year === year && PLANTS[id]?.[year]?.[r.procedure] && !isLow(r.failed, r.participants));
  const parts = low.map((r) => `${r.procedure} ${r.failed}/${r.participants} = ${pct(r.failed, r.participants)}%${DEFAULT_SET.includes(r.procedure) ? '' : ' (not in default set)'}`);
  parts.push(...notable.map((r) => `*not low:* ${r.procedure} ${r.failed}/${r.participants} = ${pct(r.failed, r.participants)}%`));
  if (!records.some((r) => r.id === id && r.year === year)) return '*no results*';
  return parts.join('; ') || '—';
}

function plantedTable(records, v) {
  const header = [
    '| School | Вид | Low results 2023 | Low results 2024 | Low results 2025 | 2025 default | 2025 `--same-procedure` | 2025 `--procedures all` | 2024 default | Purpose |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const ids = Object.keys(PLANTS).sort(compareIds);
  const lines = ids.map((id) => {
    const school = SCHOOLS.find((s) => s.id === id);
    return `| ${id} ${school.name} | ${school.type} | ${lowList(records, id, 2023)} | ${lowList(records, id, 2024)} | ${lowList(records, id, 2025)} | ${verdictText(v.fioko.criteria[id])} | ${verdictText(v.sameProcedure.criteria[id])} | ${verdictText(v.all.criteria[id])} | ${verdictText(v.year2024.criteria[id])} | ${PLANTS[id].why} |`;
  });
  return [...header, ...lines].join('\n');
}

function flaggedList(variant) {
  if (!variant.flagged.length) return '(none)';
  return variant.flagged.map((id) => `${id} (${variant.criteria[id].join('+')})`).join(', ');
}

function expectedMarkdown(records, v) {
  const tiny = SCHOOLS.filter((s) => s.tiny).map((s) => s.id).join(', ');
  return `# Demo district: expected verdicts

Generated by \`scripts/make-fixtures.mjs\` (seed ${SEED}); do not edit by hand, run \`npm run fixtures\`.
The numbers below are computed from the generated rows by the script's own implementation of the rule
and checked again on \`district-cp1251.csv\` and \`district.xlsx\` read back.

- ${SCHOOLS.length} schools (${SCHOOLS.filter((s) => s.type === 'СОШ').length} СОШ, ${SCHOOLS.filter((s) => s.type === 'ООШ').length} ООШ; ООШ have no ЕГЭ), ${records.length} rows, school years 2022/2023–2024/2025 (2023–2025).
- Tiny rural schools (3–9 participants per procedure): ${tiny}. Other schools: 12–90 participants.
- A result is low when failed × 100 ≥ ${THRESHOLD} × participants (inclusive). Failed = «2» for ВПР/ОГЭ/ЕГЭ базовая,
  «Не преодолели мин. порог» for ЕГЭ профильная (below 27) and ЕГЭ русский (below 24).
- Default set: ${DEFAULT_SET.join(', ')} (EGE-RU is only in \`--procedures all\`).
- Every result not listed below is 0–20% failing (the script checks this).
- Assumes every result counts whatever its size (the default minimum of 1 participant). DM-27 relies on it:
  with a minimum of 7 or more, its 2024 result (6 participants) no longer counts and it is not flagged.
- Results with fewer than 10 participants (all of ${tiny}) should get the «малая выборка» note but still count.

## Planted cases

${plantedTable(records, v)}

## Expected flagged schools

| Run | Flagged (criteria) |
|---|---|
| \`--year 2025\` (default) | ${flaggedList(v.fioko)} |
| \`--year 2025 --same-procedure\` | ${flaggedList(v.sameProcedure)} |
| \`--year 2025 --procedures all\` | ${flaggedList(v.all)} |
| \`--year 2024\` (default) | ${flaggedList(v.year2024)} |
| \`--year 2024 --same-procedure\` | ${flaggedList(v.year2024Same)} |
| \`--year 2024 --procedures all\` | ${flaggedList(v.year2024All)} |

Default 2025 ids: \`${v.fioko.flagged.join(' ')}\` (${v.fioko.flagged.length} of ${SCHOOLS.length}).
Default 2024 ids: \`${v.year2024.flagged.join(' ')}\`.
DM-20 has no 2025 results at all (closed after 2023/2024): it must appear as not flagged / «нет результатов за год», not be dropped silently.
`;
}

// ---------------------------------------------------------------------------------------------
// EXPECTED.md: the section on the score inputs

const BLANK_INDICATOR = { disabledShare: '3.1.2', experienceRegional: '2.6', isbsh: '1.21', contests: '2.4', teachersTrained: '2.1' };
const HAND_CHECKED = ['DM-01', 'DM-07', 'DM-18'];

function round4(value) {
  return Math.round(value * 10_000) / 10_000;
}

function comma(value) {
  return String(value).replace('.', ',');
}

function headerOf(key) {
  return PROFILE_COLUMNS.find((c) => c.key === key).header;
}

function idsWhere(profiles, test) {
  return profiles.filter(test).map((p) => p.schoolId).join(', ') || '(none)';
}

/** 1.1 against the region and 1.7 for a few СОШ, worked out here independently of src/. */
function handCheckedLines(rows) {
  const region = Object.fromEntries(REGION_MEANS.map(([, code, means]) => [code, Object.fromEntries(YEARS.map((y, i) => [y, means[i]]))]));
  const result = (id, year, code) => rows.find((r) => r.id === id && r.year === year && r.procedure.code === code);
  return HAND_CHECKED.map((id) => {
    const [before, now] = [TARGET_YEAR - 1, TARGET_YEAR].map((y) => result(id, y, 'EGE-RU'));
    const d = round4(now.mean / region['EGE-RU'][TARGET_YEAR] - before.mean / region['EGE-RU'][TARGET_YEAR - 1]);
    const scored = ['EGE-RU', 'EGE-MA-P'].map((code) => result(id, TARGET_YEAR, code));
    const high = scored.reduce((s, r) => s + r.high, 0);
    const participants = scored.reduce((s, r) => s + r.participants, 0);
    const success = round4((high / participants) * 100);
    const successPoints = success <= 15 ? 1 : success <= 25 ? 2 : 3;
    return `| ${id} | ${comma(now.mean)} / ${comma(region['EGE-RU'][TARGET_YEAR])} − ${comma(before.mean)} / ${comma(region['EGE-RU'][TARGET_YEAR - 1])} = ${comma(d)} | ${d >= 0 ? 3 : 0} | (${scored.map((r) => r.high).join(' + ')}) / (${scored.map((r) => r.participants).join(' + ')}) = ${comma(success)}% | ${successPoints} |`;
  });
}

function profileMarkdown(rows, profiles) {
  const highRows = rows.filter((r) => r.high !== null);
  const blanks = Object.entries(PROFILE_BLANKS).flatMap(([id, keys]) => keys.map((key) => `| ${id} | ${headerOf(key)} | ${BLANK_INDICATOR[key]} |`));
  const regionRows = REGION_MEANS.map(([name, code, means]) => `| ${name} (${code}) | ${means.map(comma).join(' | ')} |`);
  const shareRows = REGION_MARK_SHARES.map(([name, code, years]) => {
    const [p2, , p4, p5] = years.at(-1);
    return `| ${name} (${code}) | ${years.map((shares) => shares.map(comma).join(' / ')).join(' | ')} | 100 − ${comma(p2)} = ${comma(round4(100 - p2))}% / ${comma(p4)} + ${comma(p5)} = ${comma(round4(p4 + p5))}% |`;
  });
  return `
## Score inputs: «80–100 баллов», the school profile, the regional reference

For \`shnor score fixtures/demo/district.xlsx --profile fixtures/demo/schools-profile.xlsx --reference fixtures/demo/region-reference.csv\`
(all three files should read without a single issue). The profile and the «80–100 баллов» counts come from their own
PRNG streams (seeds ${SEED + 2} and ${SEED + 1}), so every other value of the district is as it was.

- \`district.xlsx\` and \`district-cp1251.csv\` have a column «80–100 баллов» (\`high_count\`): filled for the ${highRows.length} rows of
  ЕГЭ профильная математика and ЕГЭ русский язык, blank for every other procedure; never more than those who passed the
  minimum. classify does not use it: the verdicts above are unchanged.
- \`schools-profile.xlsx\` (sheet «${PROFILE_SHEET}», header in row 1) and \`schools-profile.csv\` (UTF-8 with BOM, \`;\`, CRLF,
  decimal comma) hold the same ${profiles.length} rows, one per school, with the ${PROFILE_COLUMNS.length} columns of \`shnor template profile\`;
  yes/no columns «да»/«нет», contests «нет/участники/победители», innovation «нет/участие/победа».
  - Teachers ${Math.min(...profiles.map((p) => p.teachersTotal))}–${Math.max(...profiles.map((p) => p.teachersTotal))}; every teacher trained in the last 3 years (2.1 → 3 points): ${idsWhere(profiles, (p) => p.teachersTrained === p.teachersTotal)}.
  - ИОР given by the municipality: ${Object.entries(IOR_GIVEN).map(([id, [now, prev]]) => `${id} ${comma(now)} (прошлый год ${comma(prev)})`).join(', ')};
  - ШНСУ (column «ШНСУ» «да», with parents' education): ${Object.entries(SHNSU).map(([id, [higher, vocational]]) => `${id} (высшее ${comma(higher)}%, среднее профессиональное ${comma(vocational)}%)`).join(', ')}; DM-09 is also on the 2024 list, so both ШНОР and ШНСУ. No ИСБШ threshold is set: the column alone decides.
    blank elsewhere — shnor computes it from the results.
  - «Признаки необъективности ВПР» = да (1.18 → 0 points): ${NON_OBJECTIVE.join(', ')}; нет elsewhere.
  - «Малочисленная школа» = да: ${idsWhere(profiles, (p) => p.smallSchool === 'да')} (the tiny schools); нет elsewhere.
  - Lists: federal ШНОР ${FEDERAL_LIST.join(', ')}; regional ШНОР (the schools flagged for 2024) ${idsWhere(profiles, (p) => p.regionalList === 'да')};
    project «500+» ${PROJECT_500.join(', ')}.
  - Risk factors: each school flagged for 2025 (${profiles.filter((p) => RISK_KEYS.filter((k) => p[k] === 'высокая').length === 3).map((p) => p.schoolId).join(', ')})
    has three factors «высокая» and three «средняя»; no other school has «высокая»; blank = the factor is not relevant.
  - Cells left blank on purpose (missing data: the indicator must say «нет данных», not score 0):

| School | Column | Indicator |
|---|---|---|
${blanks.join('\n')}

- \`region-reference.csv\` (UTF-8 with BOM, \`;\`): \`Год;Процедура;Средний балл;% «2»;% «3»;% «4»;% «5»;Уровень\`, level «регион»
  on every row; ЕГЭ in test points, ОГЭ as the mean mark (like the district's own «Средний балл»), the four shares blank:

| Procedure | 2023 | 2024 | 2025 |
|---|---|---|---|
${regionRows.join('\n')}

  and the ВПР with no mean, only the region's shares of «2» / «3» / «4» / «5» (percent, adding up to 100): the region's row of the
  sheet «Успеваемость и качество» (\`report … -o\` report.xlsx), успеваемость = 100 − %«2», качество = %«4» + %«5» (worked by hand):

| Procedure | 2023 | 2024 | 2025 | 2025 успеваемость / качество |
|---|---|---|---|---|
${shareRows.join('\n')}

Worked by hand for 2025 (1.1: D = B(2025)/B_регион(2025) − B(2024)/B_регион(2024), D ≥ 0 → 3, else 0; 1.7: results of 80–100 points
over participants of ЕГЭ русский and профильная математика, ≤ 15% → 1, ≤ 25% → 2, above → 3):

| School | 1.1 D | 1.1 points | 1.7 success index | 1.7 points |
|---|---|---|---|---|
${handCheckedLines(rows).join('\n')}
`;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
