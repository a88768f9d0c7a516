#!/usr/bin/env node
/**
 * Benchmark (`npm run bench`, which builds first): is shnor about as fast as the parser under it?
 *
 * 1. Generates (or reuses) bench-data/students-<N>.csv and .xlsx: one row per participant,
 *    header `school_id,year,procedure,mark,score`, 2,000 schools × 8 procedures × 2023–2025,
 *    ≈ N rows (default 1,000,000). Deterministic (seeded PRNG); reused when the metadata file
 *    says the same row count and the sizes still match.
 * 2. For CSV and XLSX, RUNS times each, interleaved; the best wall time of the runs is compared
 *    (on a shared 2-core machine the minimum is the least noisy estimate) and the highest peak RSS:
 *      bare   node scripts/bench-bare.mjs FORMAT FILE              (only parses)
 *      shnor  node bin/shnor.js classify FILE --layout students --format json   (stdout → /dev/null)
 *    both preloaded with scripts/report-rss.mjs, which reports the child's peak RSS on stderr.
 * 3. The same for a task protocol (issue 9): bench-data/protocol-<N>.csv, one row per pupil with
 *    15 task columns, read by `shnor tasks FILE --procedure VPR-MA-5 --year 2025 --task-max …`.
 * 4. The same for four ФИС ОКО per-pupil ВПР exports in the real files' shape (issue 17): bench-data/
 *    pupils-<P>/, ≈ P pupils in all (default 100,000; scripts/pupil-exports.mjs), read by `shnor classify
 *    DIR`; the bare parse reads every row of the four files with exceljs's streaming reader.
 *    XLSX measurements (3 and 4) time a second bare read too, shnor's own XLSX reader alone (`xlsx-own`,
 *    bundled from src/ into bench-data/own-reader/ the way the build bundles the CLI):
 *    since shnor stopped reading through exceljs, exceljs's read is no floor; the `-own` line's ratio is
 *    what classify adds to its reader.
 * 5. Prints a table with the ratio shnor/bare and PASS/FAIL against the targets (CSV ≤ 1.3×,
 *    XLSX ≤ 1.15× of exceljs's read and ≤ 1.3× of shnor's reader, protocol CSV ≤ 1.5×, per-pupil exports
 *    ≤ 1.3× of either read, shnor peak RSS ≤ 300 MiB). Always exits 0: it is a report.
 *    Beside it, for judging a change through the machine's noise: the median over the runs of
 *    shnor's time over the bare time measured just before it (not what the verdict uses).
 * 4a. `shnor objectivity DIR` on the same four exports against `shnor classify DIR` (issue 22: within 1.2× of
 *    classify's time), interleaved RUNS times each, best times and highest peak RSS, in a table of their own.
 * 6. At a region's scale (issue 18): a district of S schools (default 2,000) × 8 procedures × 2023–2025 in
 *    the long layout with a school profile (bench-data/district-<S>.csv, profile-<S>.csv; scripts/district.mjs),
 *    `shnor report … --profile … --year 2025 -o DIR` against 15 s and 600 MiB for 2,000 schools, and
 *    `shnor dynamics … -o x.xlsx` on the same 24·S input rows (48,000 for 2,000 schools), RUNS times each,
 *    best time, highest peak RSS, in a table of their own. No bare parse: the targets are absolute.
 *
 * Options: --rows N (a quicker, smaller run), --pupils P (the exports' size), --schools S (the district's
 *          size; the report's target applies to 2,000), --runs K (default 5), --regen (rewrite the data),
 *          --only csv|xlsx|protocol|pupils|objectivity|report|dynamics (one measurement; repeat the flag for several).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { bundle } from './bundle.mjs';
import { mulberry32 } from './prng.mjs';
import { writePupilExports } from './pupil-exports.mjs';
import { writeDistrict } from './district.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = join(ROOT, 'bench-data');
const REPORT_RSS = pathToFileURL(join(ROOT, 'scripts', 'report-rss.mjs')).href;
const PROCEDURES = ['VPR-RU-5', 'VPR-MA-5', 'VPR-RU-6', 'VPR-MA-6', 'OGE-RU', 'OGE-MA', 'EGE-MA-B', 'EGE-MA-P'];
const YEARS = [2023, 2024, 2025];
const HEADER = ['school_id', 'year', 'procedure', 'mark', 'score'];
const SCHOOLS_PER_MILLION = 2000;
const TARGETS = { csv: 1.3, xlsx: 1.15, 'xlsx-own': 1.3, protocol: 1.5, pupils: 1.3, 'pupils-own': 1.3 };
/** Absolute targets at a region's scale, for the default district of 2,000 schools (report: issue 18). */
const SCALE_TARGETS = { report: { seconds: 15, rssMiB: 600 }, dynamics: { seconds: null, rssMiB: 600 } };
const SCALE_SCHOOLS = 2000;
const DISTRICT_VERSION = 1;
/** objectivity's time over classify's on the same per-pupil exports (issue 22). */
const OBJECTIVITY_TARGET = 1.2;
const MEASUREMENTS = ['csv', 'xlsx', 'protocol', 'pupils', 'objectivity', ...Object.keys(SCALE_TARGETS)];
const TASKS = 15;
/** Every third task is worth 2 points. */
const MAXES = Array.from({ length: TASKS }, (_, i) => (i % 3 === 2 ? 2 : 1));
const TASK_MAX = MAXES.map((max, i) => `${i + 1}=${max}`).join(',');
const RSS_LIMIT_MIB = 300;
const DATA_VERSION = 1;
const PUPILS_VERSION = 2;

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const results = [];
  if (options.only.has('xlsx') || options.only.has('pupils')) {
    await bundle({ xlsx: 'src/io/readers/xlsx.ts', source: 'src/io/source.ts' }, join(DATA_DIR, 'own-reader'));
  }
  const formats = ['csv', 'xlsx'].filter((format) => options.only.has(format));
  if (formats.length > 0) {
    const data = await ensureData(options);
    console.log(`rows: ${data.rows.toLocaleString('en-US')} participants (+ header), ${data.schools} schools; ${options.runs} runs each, best time, highest RSS\n`);
    for (const format of formats) results.push(...(await measureFormat(format, data, options.runs)));
  }
  if (options.only.has('protocol')) {
    const protocol = await ensureProtocol(options);
    results.push(...await measure('protocol', 'csv', protocol.path, protocol.rows, ['tasks', '--procedure', 'VPR-MA-5', '--year', '2025', '--task-max', TASK_MAX], options.runs));
  }
  if (options.only.has('pupils')) {
    const exports = await ensurePupilExports(options);
    // the bare parse counts the four header rows too
    results.push(...await measure('pupils', 'xlsx', exports.dir, exports.rows, ['classify'], options.runs, exports.rows + 4));
  }
  if (results.length > 0) printTable(results);
  if (options.only.has('objectivity')) {
    const exports = await ensurePupilExports(options);
    printObjectivityTable(await measureObjectivity(exports, options.runs));
  }
  const scale = ['report', 'dynamics'].filter((name) => options.only.has(name));
  if (scale.length > 0) {
    const district = await ensureDistrict(options);
    const measured = [];
    for (const name of scale) measured.push(await measureScale(name, district, options.runs));
    printScaleTable(measured, district);
  }
}

function parseArgs(argv) {
  const options = { rows: 1_000_000, pupils: 100_000, schools: SCALE_SCHOOLS, runs: 5, regen: false, only: new Set() };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--rows') options.rows = positiveInt(argv[++i], '--rows');
    else if (arg === '--runs') options.runs = positiveInt(argv[++i], '--runs');
    else if (arg === '--pupils') options.pupils = positiveInt(argv[++i], '--pupils');
    else if (arg === '--schools') options.schools = positiveInt(argv[++i], '--schools');
    else if (arg === '--regen') options.regen = true;
    else if (arg === '--only' && MEASUREMENTS.includes(argv[i + 1])) options.only.add(argv[++i]);
    else {
      console.error(`unknown argument ${arg}; usage: node scripts/bench.mjs [--rows N] [--pupils P] [--schools S] [--runs K] [--regen] [--only ${MEASUREMENTS.join('|')}]`);
      process.exit(2);
    }
  }
  if (options.only.size === 0) options.only = new Set(MEASUREMENTS);
  return options;
}

function positiveInt(text, name) {
  const n = Number(String(text ?? '').replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a positive integer, got ${text}`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Test data


/** 2,000 schools per million rows; class sizes vary 40%–160% around the mean that gives ≈ N rows. */
function plan(targetRows) {
  const schools = Math.max(1, Math.round((targetRows * SCHOOLS_PER_MILLION) / 1_000_000));
  const meanClass = targetRows / (schools * PROCEDURES.length * YEARS.length);
  return { schools, meanClass };
}

/**
 * Rows [school_id, year, procedure, mark, score] in file order. Most schools fail 2–20% of pupils,
 * one in seven 20–50%, so a realistic share of results is low. Same seed → same rows.
 */
function* studentRows(targetRows) {
  const { schools, meanClass } = plan(targetRows);
  const rand = mulberry32(0x5eed + targetRows);
  for (let s = 1; s <= schools; s += 1) {
    const id = `sch${String(100000 + s)}`;
    const weak = rand() < 1 / 7;
    const schoolRate = weak ? 0.2 + 0.3 * rand() : 0.02 + 0.18 * rand();
    for (const year of YEARS) {
      for (const procedure of PROCEDURES) {
        const size = Math.max(1, Math.round(meanClass * (0.4 + 1.2 * rand())));
        const rate = schoolRate * (0.7 + 0.6 * rand());
        for (let p = 0; p < size; p += 1) yield pupil(id, year, procedure, rand() < rate, rand);
      }
    }
  }
}

function pupil(id, year, procedure, failed, rand) {
  if (procedure === 'EGE-MA-P') {
    const score = failed ? Math.floor(rand() * 27) : 27 + Math.floor(rand() * 74);
    return [id, year, procedure, null, score];
  }
  const r = rand();
  const mark = failed ? 2 : r < 0.45 ? 3 : r < 0.82 ? 4 : 5;
  return [id, year, procedure, mark, null];
}

function dataPaths(targetRows) {
  const base = join(DATA_DIR, `students-${targetRows}`);
  return { csv: `${base}.csv`, xlsx: `${base}.xlsx`, meta: `${base}.meta.json` };
}

/** Reuses the files when the metadata matches (row count, sizes); otherwise writes them anew. */
async function ensureData({ rows: targetRows, regen }) {
  const paths = dataPaths(targetRows);
  const existing = !regen && readMeta(paths);
  if (existing) {
    console.log(`reusing ${relative(ROOT, paths.csv)} and .xlsx (${existing.rows.toLocaleString('en-US')} rows)`);
    return { ...existing, paths };
  }
  mkdirSync(DATA_DIR, { recursive: true });
  let started = performance.now();
  const rows = await writeCsv(paths.csv, targetRows);
  console.log(`wrote ${relative(ROOT, paths.csv)}: ${rows.toLocaleString('en-US')} rows in ${seconds(started)} s`);
  started = performance.now();
  const xlsxRows = await writeXlsx(paths.xlsx, targetRows);
  console.log(`wrote ${relative(ROOT, paths.xlsx)}: ${xlsxRows.toLocaleString('en-US')} rows in ${seconds(started)} s`);
  if (rows !== xlsxRows) throw new Error(`CSV has ${rows} rows, XLSX ${xlsxRows}`);
  const meta = {
    version: DATA_VERSION, targetRows, rows, schools: plan(targetRows).schools,
    csvBytes: statSync(paths.csv).size, xlsxBytes: statSync(paths.xlsx).size,
  };
  writeFileSync(paths.meta, `${JSON.stringify(meta, null, 2)}\n`);
  return { ...meta, paths };
}

function readMeta(paths) {
  if (![paths.csv, paths.xlsx, paths.meta].every(existsSync)) return null;
  const meta = JSON.parse(readFileSync(paths.meta, 'utf8'));
  const same = meta.version === DATA_VERSION && meta.rows > 0 &&
    statSync(paths.csv).size === meta.csvBytes && statSync(paths.xlsx).size === meta.xlsxBytes;
  return same ? meta : null;
}

/** UTF-8, `,`, LF; written to a temporary name and renamed when complete. */
function writeCsv(path, targetRows) {
  return writeLines(path, HEADER, studentRows(targetRows));
}

/** Rows as CSV lines (null → empty), buffered; written to a temporary name and renamed when complete. */
async function writeLines(path, header, rows) {
  const temp = `${path}.tmp`;
  const out = createWriteStream(temp);
  let count = 0;
  let buffer = `${header.join(',')}\n`;
  for (const row of rows) {
    buffer += `${row.map((v) => (v === null ? '' : v)).join(',')}\n`;
    count += 1;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  renameSync(temp, path);
  return count;
}

/** exceljs streaming WorkbookWriter, shared strings, one sheet. */
async function writeXlsx(path, targetRows) {
  const temp = `${path}.tmp`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('students');
  sheet.addRow(HEADER).commit();
  let rows = 0;
  for (const row of studentRows(targetRows)) {
    sheet.addRow(row).commit();
    rows += 1;
  }
  sheet.commit();
  await workbook.commit();
  renameSync(temp, path);
  return rows;
}

/**
 * The protocol of issue 9: `school_id,student_id,class,1…15`, ≈ N pupils of 2,000 schools, points
 * 0…max per task (a blank now and then: not answered). Reused like the students files.
 */
async function ensureProtocol({ rows: targetRows, regen }) {
  const path = join(DATA_DIR, `protocol-${targetRows}.csv`);
  const meta = `${path}.meta.json`;
  if (!regen && existsSync(path) && existsSync(meta)) {
    const known = JSON.parse(readFileSync(meta, 'utf8'));
    if (known.version === DATA_VERSION && statSync(path).size === known.bytes) return { path, rows: known.rows };
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const started = performance.now();
  const header = ['school_id', 'student_id', 'class', ...Array.from({ length: TASKS }, (_, i) => i + 1)];
  await writeLines(path, header, protocolRows(targetRows));
  writeFileSync(meta, `${JSON.stringify({ version: DATA_VERSION, rows: targetRows, bytes: statSync(path).size }, null, 2)}\n`);
  console.log(`wrote ${relative(ROOT, path)}: ${targetRows.toLocaleString('en-US')} rows in ${seconds(started)} s`);
  return { path, rows: targetRows };
}

/** Pupils of `plan(N).schools` schools in order, points 0…max per task, one cell in 50 blank (not answered). */
function* protocolRows(targetRows) {
  const rand = mulberry32(0x7a5c + targetRows);
  const schools = plan(targetRows).schools;
  for (let row = 0; row < targetRows; row += 1) {
    const school = 1 + Math.floor((row * schools) / targetRows);
    const points = MAXES.map((max) => (rand() < 0.02 ? null : Math.floor(rand() * (max + 1))));
    yield [`sch${100000 + school}`, `p${row}`, `5${'АБВ'[row % 3]}`, ...points];
  }
}

/** The four per-pupil exports of ≈ P pupils, reused like the students files. */
async function ensurePupilExports({ pupils, regen }) {
  const dir = join(DATA_DIR, `pupils-${pupils}`);
  const meta = join(DATA_DIR, `pupils-${pupils}.meta.json`);
  if (!regen && existsSync(meta)) {
    const known = JSON.parse(readFileSync(meta, 'utf8'));
    if (known.version === PUPILS_VERSION && existsSync(dir)) return { dir, rows: known.rows };
  }
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const rows = await writePupilExports(dir, pupils);
  writeFileSync(meta, `${JSON.stringify({ version: PUPILS_VERSION, rows }, null, 2)}\n`);
  console.log(`wrote ${relative(ROOT, dir)}: four exports, ${rows.toLocaleString('en-US')} pupils in ${seconds(started)} s`);
  return { dir, rows };
}

/** The district of S schools and its profile, reused like the students files. */
async function ensureDistrict({ schools, regen }) {
  const paths = { results: join(DATA_DIR, `district-${schools}.csv`), profile: join(DATA_DIR, `profile-${schools}.csv`) };
  const meta = join(DATA_DIR, `district-${schools}.meta.json`);
  if (!regen && [paths.results, paths.profile, meta].every(existsSync)) {
    const known = JSON.parse(readFileSync(meta, 'utf8'));
    if (known.version === DISTRICT_VERSION && statSync(paths.results).size === known.bytes) return { ...paths, schools, rows: known.rows };
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const started = performance.now();
  const rows = await writeDistrict(paths, schools);
  writeFileSync(meta, `${JSON.stringify({ version: DISTRICT_VERSION, rows, bytes: statSync(paths.results).size }, null, 2)}\n`);
  console.log(`wrote ${relative(ROOT, paths.results)} and its profile: ${schools.toLocaleString('en-US')} schools, ${rows.toLocaleString('en-US')} rows in ${seconds(started)} s`);
  return { ...paths, schools, rows };
}

// ---------------------------------------------------------------------------------------------
// Measuring

/** Bare parse and shnor classify on the students file of a format. */
function measureFormat(format, data, runs) {
  return measure(format, format, data.paths[format], data.rows, ['classify', '--layout', 'students'], runs);
}

/**
 * Bare parse and a shnor command, interleaved, RUNS times each; the bare parse must count `bareRows`
 * rows. An XLSX measurement times a second bare read beside exceljs's: shnor's own reader alone
 * (bench-bare.mjs xlsx-own), the floor of what classify can do now that it no longer reads through
 * exceljs. Returns one result per bare read, against the same shnor runs.
 */
async function measure(name, format, path, rows, shnorArgs, runs, bareRows = rows + 1) {
  const file = relative(ROOT, path); // children run in ROOT
  const [command, ...flags] = shnorArgs;
  const bareOf = (kind) => ['--import', REPORT_RSS, join(ROOT, 'scripts', 'bench-bare.mjs'), kind, file];
  const commands = { bare: bareOf(format), ...(format === 'xlsx' ? { own: bareOf('xlsx-own') } : {}) };
  commands.shnor = ['--import', REPORT_RSS, join(ROOT, 'bin', 'shnor.js'), command, file, ...flags, '--format', 'json'];
  const samples = Object.fromEntries(Object.keys(commands).map((which) => [which, []]));
  for (let run = 1; run <= runs; run += 1) {
    for (const which of Object.keys(commands)) {
      const sample = await timeChild(commands[which], { keepStdout: which !== 'shnor' });
      samples[which].push(sample);
      console.log(`  ${name} ${which.padEnd(5)} run ${run}: ${sample.ok ? `${sample.seconds.toFixed(2)} s, ${mib(sample.maxRssKiB)} MiB` : `FAILED (exit ${sample.code})`}`);
      reportProblems(sample, samples[which], which === 'shnor' ? null : bareRows);
    }
  }
  const result = (label, bare) => ({ format: label, rows, bare: summarize(bare), shnor: summarize(samples.shnor), paired: pairedMedian({ bare, shnor: samples.shnor }) });
  return samples.own ? [result(name, samples.bare), result(`${name}-own`, samples.own)] : [result(name, samples.bare)];
}

/** Shows a failed child's stderr (once per kind) and a wrong row count from the bare parse. */
function reportProblems(sample, kindSamples, expectedRows) {
  if (!sample.ok) {
    if (kindSamples.filter((s) => !s.ok).length === 1) console.log(indent(sample.stderr));
  } else if (expectedRows !== null && Number(sample.stdout) !== expectedRows) {
    console.log(`  ! bare parse counted ${sample.stdout.trim()} rows, expected ${expectedRows}`);
  }
}

/** Spawns node with args; wall time around the spawn; stdout kept only when asked (the row count). */
function timeChild(args, { keepStdout }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const stdio = ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe']; // 'ignore' is /dev/null
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code, signal) => {
      const elapsed = (performance.now() - started) / 1000;
      const { rest, maxRssKiB } = extractMaxRss(stderr);
      resolve({ ok: code === 0, code: code ?? signal, seconds: elapsed, maxRssKiB, stdout, stderr: rest });
    });
  });
}

/** Pulls the `@@maxrss=N` marker line out of a child's stderr. */
function extractMaxRss(stderr) {
  let maxRssKiB = null;
  const rest = stderr.replace(/\n?@@maxrss=(\d+)\n?/g, (_line, value) => {
    maxRssKiB = Number(value);
    return '';
  });
  return { rest: rest.trim(), maxRssKiB };
}

function summarize(samples) {
  const good = samples.filter((s) => s.ok);
  if (good.length === 0) return { ok: false, error: samples[0]?.stderr ?? '' };
  return { ok: true, seconds: Math.min(...good.map((s) => s.seconds)), maxRssKiB: Math.max(...good.map((s) => s.maxRssKiB ?? 0)) };
}

/** The median of shnor/bare over the runs where both succeeded; null when none did. */
function pairedMedian(samples) {
  const ratios = samples.shnor
    .map((s, i) => (s.ok && samples.bare[i].ok ? s.seconds / samples.bare[i].seconds : null))
    .filter((r) => r !== null)
    .sort((a, b) => a - b);
  if (ratios.length === 0) return null;
  const mid = Math.floor(ratios.length / 2);
  return ratios.length % 2 === 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
}

/** `shnor classify DIR` and `shnor objectivity DIR` on the per-pupil exports, interleaved, RUNS times each. */
async function measureObjectivity(exports, runs) {
  const dir = relative(ROOT, exports.dir);
  const commands = { classify: ['classify'], objectivity: ['objectivity'] };
  const samples = { classify: [], objectivity: [] };
  for (let run = 1; run <= runs; run += 1) {
    for (const [which, [command]] of Object.entries(commands)) {
      const sample = await timeChild(['--import', REPORT_RSS, join(ROOT, 'bin', 'shnor.js'), command, dir, '--format', 'json'], { keepStdout: false });
      samples[which].push(sample);
      console.log(`  ${which.padEnd(11)} run ${run}: ${sample.ok ? `${sample.seconds.toFixed(2)} s, ${mib(sample.maxRssKiB)} MiB` : `FAILED (exit ${sample.code})`}`);
      if (!sample.ok && samples[which].filter((s) => !s.ok).length === 1) console.log(indent(sample.stderr));
    }
  }
  return {
    rows: exports.rows, classify: summarize(samples.classify), objectivity: summarize(samples.objectivity),
    paired: pairedMedian({ bare: samples.classify, shnor: samples.objectivity }),
  };
}

function printObjectivityTable(result) {
  const { classify, objectivity } = result;
  const ratio = classify.ok && objectivity.ok ? objectivity.seconds / classify.seconds : null;
  const pass = ratio !== null && ratio <= OBJECTIVITY_TARGET && objectivity.maxRssKiB / 1024 <= RSS_LIMIT_MIB;
  const header = ['measurement', 'pupils', 'classify s', 'objectivity s', 'ratio', 'paired median', 'classify RSS MiB', 'objectivity RSS MiB', 'target', 'result'];
  const row = [
    'objectivity / classify', result.rows.toLocaleString('en-US'),
    classify.ok ? classify.seconds.toFixed(2) : 'error', objectivity.ok ? objectivity.seconds.toFixed(2) : 'error',
    ratio === null ? '—' : `${ratio.toFixed(2)}×`, result.paired === null ? '—' : `${result.paired.toFixed(2)}×`,
    classify.ok ? mib(classify.maxRssKiB) : '—', objectivity.ok ? mib(objectivity.maxRssKiB) : '—',
    `≤ ${OBJECTIVITY_TARGET}×, ≤ ${RSS_LIMIT_MIB} MiB`, pass ? 'PASS' : 'FAIL',
  ];
  const widths = header.map((h, i) => Math.max(h.length, row[i].length));
  const line = (cells) => `| ${cells.map((c, i) => (i <= 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${line(row)}`);
}

/** `report` or `dynamics -o x.xlsx` on the district, RUNS times; outputs go to bench-data/out/. */
async function measureScale(name, district, runs) {
  const out = join(DATA_DIR, 'out');
  mkdirSync(out, { recursive: true });
  const [results, profile] = [district.results, district.profile].map((path) => relative(ROOT, path));
  const args = name === 'report'
    ? ['report', results, '--profile', profile, '--year', '2025', '-o', join(out, `report-${district.schools}`)]
    : ['dynamics', results, '--year', '2025', '-o', join(out, `dynamics-${district.schools}.xlsx`)];
  const samples = [];
  for (let run = 1; run <= runs; run += 1) {
    const sample = await timeChild(['--import', REPORT_RSS, join(ROOT, 'bin', 'shnor.js'), ...args], { keepStdout: false });
    samples.push(sample);
    console.log(`  ${name} run ${run}: ${sample.ok ? `${sample.seconds.toFixed(2)} s, ${mib(sample.maxRssKiB)} MiB` : `FAILED (exit ${sample.code})`}`);
    if (!sample.ok && samples.filter((s) => !s.ok).length === 1) console.log(indent(sample.stderr));
  }
  return { name, result: summarize(samples) };
}

// ---------------------------------------------------------------------------------------------
// Report

function seconds(started) {
  return ((performance.now() - started) / 1000).toFixed(1);
}

function mib(kib) {
  return kib === null ? '?' : (kib / 1024).toFixed(0);
}

function indent(text) {
  const lines = text.split('\n');
  const shown = lines.slice(0, 12).map((line) => `      ${line}`);
  if (lines.length > 12) shown.push(`      … (${lines.length - 12} more lines)`);
  return shown.join('\n');
}

function verdict(result) {
  if (!result.bare.ok || !result.shnor.ok) return { ratio: null, pass: false };
  const ratio = result.shnor.seconds / result.bare.seconds;
  const pass = ratio <= TARGETS[result.format] && result.shnor.maxRssKiB / 1024 <= RSS_LIMIT_MIB;
  return { ratio, pass };
}

function printTable(results) {
  const header = ['format', 'rows', 'bare parse s', 'shnor s', 'ratio', 'paired median', 'bare RSS MiB', 'shnor RSS MiB', 'target', 'result'];
  const body = results.map((r) => {
    const { ratio, pass } = verdict(r);
    return [
      r.format.toUpperCase(), r.rows.toLocaleString('en-US'),
      r.bare.ok ? r.bare.seconds.toFixed(2) : 'error', r.shnor.ok ? r.shnor.seconds.toFixed(2) : 'error',
      ratio === null ? '—' : `${ratio.toFixed(2)}×`, r.paired === null ? '—' : `${r.paired.toFixed(2)}×`,
      r.bare.ok ? mib(r.bare.maxRssKiB) : '—', r.shnor.ok ? mib(r.shnor.maxRssKiB) : '—',
      `≤ ${TARGETS[r.format]}×, ≤ ${RSS_LIMIT_MIB} MiB`, pass ? 'PASS' : 'FAIL',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i <= 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
  if (results.some((r) => !r.shnor.ok)) console.log('\nshnor failed: its stderr is shown above, after its first failed run.');
}

function printScaleTable(measured, district) {
  const input = `${district.schools.toLocaleString('en-US')} schools, ${district.rows.toLocaleString('en-US')} rows`;
  const header = ['measurement', 'input', 'shnor s', 'shnor RSS MiB', 'target', 'result'];
  const body = measured.map(({ name, result }) => {
    const target = SCALE_TARGETS[name];
    const judged = district.schools === SCALE_SCHOOLS;
    const pass = result.ok && (target.seconds === null || result.seconds <= target.seconds) && result.maxRssKiB / 1024 <= target.rssMiB;
    return [
      name === 'report' ? 'report' : 'dynamics -o x.xlsx', input,
      result.ok ? result.seconds.toFixed(2) : 'error', result.ok ? mib(result.maxRssKiB) : '—',
      [target.seconds === null ? null : `≤ ${target.seconds} s`, `≤ ${target.rssMiB} MiB`].filter(Boolean).join(', '),
      !judged ? `— (targets for ${SCALE_SCHOOLS.toLocaleString('en-US')})` : pass ? 'PASS' : 'FAIL',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i <= 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
}
