/**
 * Hostile and broken input (issue 18, «Done when»): the demo CSV and a long-layout XLSX — mutated
 * byte by byte (flips, deletions, quote insertions, truncations, repeated lines), the workbook also
 * with its XML damaged inside a sound zip and with cells, shared strings and rows edited under
 * sound XML — must never crash (exit 3), hang, or lose a row in silence. Each case is read
 * in-process as `classify` reads it and must either be refused as input (a ShnorError, exit 2) or
 * account for every row: the rows read below the header = the rows used + the rows merged into an
 * equal repeat + the rows --rejects lists (each once, however many problems it has). No message
 * has a hole («undefined», «NaN») or a library's own words in it.
 *
 * Counted apart from the reader: every non-blank line of the CSV below its header is a row read (a
 * stray quote swallows none); every edited row with a value is a row read; a sheet or
 * shared-strings XML cut short is refused, not read in part. Some cases run through the built CLI:
 * exit 0 with a report or 2 with a message, in time, and the --rejects file lists the rows left out.
 *
 * SHNOR_FUZZ_RUNS=N runs N cases of each in-process property (N / 10 through the CLI, at least 6);
 * the default (40) keeps `npm test` short, `npm run test:fuzz` and CI run 600. SHNOR_FUZZ_SEED=S
 * replays the cases of the seed a failure reports.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, it } from '@fast-check/vitest';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { LoadResult } from '../../src/io/load.js';
import { isLeftOut } from '../../src/model/issues.js';
import { BIN, cliEnv, tempDir } from '../e2e/run-cli.js';
import { unzip, type ZipEntry } from '../io/xlsx-parts.js';
import {
  account, CASE_MS, DEMO_CSV, DEMO_CSV_UTF8, demoWorkbook, editInside, edits, expectAccounted, load, mutate, mutateInside, mutations, planted, type Accounting, type XmlPart,
} from './cases.js';

const RUNS = Number(process.env.SHNOR_FUZZ_RUNS) || 0;
const SEED = process.env.SHNOR_FUZZ_SEED ? Number(process.env.SHNOR_FUZZ_SEED) : undefined;
/** Cases of each in-process property, and through the CLI (a CLI case takes a second or two). */
const IN_PROCESS = RUNS || 40;
const THROUGH_CLI = Math.max(6, Math.floor(RUNS / 10));
const settings = (numRuns: number) => ({ numRuns, seed: SEED, endOnFailure: true });
/** Time for a property: every case may take up to CASE_MS (a hang is noticed at CASE_MS, not later). */
const budget = (numRuns: number, perCase = CASE_MS) => Math.max(60_000, numRuns * perCase);
/** The demo CSV by its encoding (a counterexample names it, not 70 KB of bytes). */
const CSVS = { 'windows-1251': DEMO_CSV, 'utf-8': DEMO_CSV_UTF8 };
const csvs = fc.constantFrom<keyof typeof CSVS>('windows-1251', 'utf-8');
const parts = fc.constantFrom<XmlPart>('xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml');
const CLOSING: Record<XmlPart, string> = { 'xl/worksheets/sheet1.xml': '</worksheet>', 'xl/sharedStrings.xml': '</sst>' };

let dir: string;
let book: Buffer;
let entries: ZipEntry[];
/** Cases tried and refused (exit 2) by kind of input, said at the end of a long run. */
const tally = new Map<string, { tried: number; refused: number }>();

beforeAll(async () => {
  dir = await tempDir('shnor-fuzz-');
  book = await demoWorkbook();
  entries = await unzip(book);
});

afterAll(() => {
  if (RUNS === 0) return;
  for (const [kind, { tried, refused }] of tally) console.log(`fuzz ${kind}: ${tried} cases, ${refused} refused (exit 2), ${tried - refused} read`);
});

interface Case {
  path: string;
  /** What loadResults gave; null when the file was refused (exit 2). */
  loaded: LoadResult | null;
  /** Where its rows went (all accounted for); null when refused. */
  rows: Accounting | null;
}

/** Writes the case (over the last one of its kind) and reads it in-process. */
async function inProcess(bytes: Buffer, extension: 'csv' | 'xlsx', kind: string, planted: string[] = []): Promise<Case> {
  const path = join(dir, `${kind.replace(/\W+/g, '-')}.${extension}`);
  writeFileSync(path, bytes);
  const loaded = await load(path, planted);
  const count = tally.get(kind) ?? { tried: 0, refused: 0 };
  tally.set(kind, { tried: count.tried + 1, refused: count.refused + (loaded === null ? 1 : 0) });
  if (loaded === null) return { path, loaded, rows: null };
  const rows = await account(path, loaded);
  expectAccounted(rows);
  return { path, loaded, rows };
}

/**
 * The CSV's non-blank lines below the header line (the demo has no quoted cell: a line is a row),
 * the lines broken as the reader breaks them (csv-rows.ts): by the file's first line break, a lone
 * CR there making CR the break — a flipped LF after the header's CR leaves one (seed 1917282724).
 */
function linesBelowHeader(bytes: Buffer, headerRow: number): number {
  const text = bytes.toString('latin1');
  const first = text.search(/[\r\n]/);
  const byCr = first >= 0 && text[first] === '\r' && text[first + 1] !== '\n';
  return text.split(byCr ? '\r' : '\n').slice(headerRow).filter((line) => line.replace(/[;\s]/g, '') !== '').length;
}

function endsWhole(xml: Buffer, part: XmlPart): boolean {
  return xml.toString('utf8').trimEnd().endsWith(CLOSING[part]);
}

describe('mutated inputs, in-process', () => {
  it('the demo files as they are: every row read and used (711 of each CSV, 150 of the workbook)', async () => {
    for (const [bytes, extension, rows] of [[DEMO_CSV, 'csv', 711], [DEMO_CSV_UTF8, 'csv', 711], [book, 'xlsx', 150]] as const) {
      const { rows: a } = await inProcess(bytes, extension, 'intact');
      expect(a!.read.size).toBe(rows);
      expect(a!.used.size).toBe(rows);
    }
  });

  it.prop([csvs, mutations], settings(IN_PROCESS))('the demo CSV (Windows-1251 with CRLF, UTF-8 with LF): refused, or every row used, merged or listed', async (csv, list) => {
    const bytes = mutate(CSVS[csv], list);
    const { rows } = await inProcess(bytes, 'csv', 'CSV');
    if (rows !== null) {
      const [headerRow] = [...rows.headerRows.values()];
      expect(rows.read.size, 'lines below the header that were not read as rows').toBe(linesBelowHeader(bytes, headerRow!));
    }
  }, budget(IN_PROCESS));

  it.prop([parts, mutations], settings(IN_PROCESS))('the workbook with its sheet or shared-strings XML damaged: refused, or every row accounted for', async (part, list) => {
    const { bytes, xml } = mutateInside(entries, part, list);
    const { rows } = await inProcess(bytes, 'xlsx', 'XLSX, XML damaged');
    if (rows !== null) expect(endsWhole(xml, part), `${part} cut short, yet read`).toBe(true);
  }, budget(IN_PROCESS));

  it.prop([edits], settings(IN_PROCESS))('the workbook with cells, shared strings and rows changed: refused, or every row accounted for', async (list) => {
    const { bytes, rowsWithValues } = editInside(entries, list);
    const { rows } = await inProcess(bytes, 'xlsx', 'XLSX, values edited', planted(list));
    if (rows !== null) {
      const [headerRow] = [...rows.headerRows.values()];
      expect(rows.read.size, 'rows with a value below the header that were not read').toBe(rowsWithValues.filter((row) => row > headerRow!).length);
    }
  }, budget(IN_PROCESS));

  it.prop([mutations], settings(IN_PROCESS))('the workbook damaged byte by byte: refused or read, in time', async (list) => {
    await inProcess(mutate(book, list), 'xlsx', 'XLSX, bytes damaged');
  }, budget(IN_PROCESS));
});

describe('mutated inputs, through the CLI', () => {
  const kinds = fc.constantFrom('csv', 'xml', 'bytes', 'values');

  it.prop([kinds, csvs, parts, mutations, edits], settings(THROUGH_CLI))(
    'exit 0 with a report or 2 with a message, in time; --rejects lists every row not used',
    async (kind, csv, part, list, changes) => {
      const bytes = kind === 'csv' ? mutate(CSVS[csv], list)
        : kind === 'xml' ? mutateInside(entries, part, list).bytes
        : kind === 'bytes' ? mutate(book, list)
        : editInside(entries, changes).bytes;
      const { path, loaded, rows } = await inProcess(bytes, kind === 'csv' ? 'csv' : 'xlsx', `CLI, ${kind}`, kind === 'values' ? planted(changes) : []);
      const rejects = `${path}.rejects.csv`;
      const run = spawnSync(process.execPath, [BIN, 'classify', path, '--rejects', rejects, '--format', 'json'], {
        env: cliEnv(), encoding: 'utf8', timeout: CASE_MS, maxBuffer: 64 * 2 ** 20,
      });
      expect(run.signal, `no answer in ${CASE_MS} ms: ${path}`).toBeNull();
      expect(run.stderr).not.toMatch(/внутренняя ошибка|\n\s{4}at /);
      // refused as input, or no result left to classify: exit 2
      const refused = rows === null || rows.used.size + rows.merged.size === 0;
      expect(run.status, run.stderr).toBe(refused ? 2 : 0);
      if (refused) {
        expect(run.stderr).toMatch(/(^|\n)shnor: /);
        return;
      }
      expect(() => JSON.parse(run.stdout), 'exit 0 without a report').not.toThrow();
      const listed = Papa.parse<string[]>(readFileSync(rejects, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data.slice(1);
      const problems = loaded!.issues.filter(isLeftOut);
      // one line a problem, ordered by place: the rows listed in-process, each as often
      expect(listed.map((line) => Number(line[2]))).toEqual(problems.map((i) => i.row ?? 0).sort((a, b) => a - b));
    },
    budget(THROUGH_CLI, 3 * CASE_MS),
  );
});
