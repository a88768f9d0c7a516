#!/usr/bin/env node
/**
 * The bare parse, the benchmark's baseline: `node scripts/bench-bare.mjs csv|xlsx|xlsx-own FILE` (xlsx,
 * xlsx-own: a folder too — every .xlsx in it, one after another).
 * Reads every row of FILE the cheapest reasonable way and prints the row count (header included) to
 * stdout; does nothing else with the data.
 *   csv:      fs.createReadStream → TextDecoder Transform → papaparse streaming (`step`, header: false)
 *   xlsx:     exceljs stream.xlsx.WorkbookReader, every row of every sheet, touching row.values (the
 *             reader shnor used until issue 18: the baseline the XLSX targets were set against)
 *   xlsx-own: shnor's own XLSX reader (bundled into bench-data/own-reader/ by scripts/bench.mjs), a sink
 *             that counts rows and cells
 * Each format loads only its own library: exceljs takes a quarter of a second to load, which a CSV
 * parse must not be credited with.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import Papa from 'papaparse';

const [format, file] = process.argv.slice(2);
const parsers = { csv: parseCsv, xlsx: parseXlsx, 'xlsx-own': parseXlsxOwn };
if (!parsers[format] || !file) {
  console.error('usage: node scripts/bench-bare.mjs csv|xlsx|xlsx-own FILE');
  process.exit(2);
}
const rows = await parsers[format](file);
console.log(rows);

/** Decodes bytes to text before parsing, so a character split across chunks stays whole. */
function decoder(encoding = 'utf-8') {
  const textDecoder = new TextDecoder(encoding);
  return new Transform({
    readableObjectMode: true,
    transform(chunk, _encoding, callback) {
      const text = textDecoder.decode(chunk, { stream: true });
      callback(null, text === '' ? undefined : text);
    },
    flush(callback) {
      const text = textDecoder.decode();
      callback(null, text === '' ? undefined : text);
    },
  });
}

function parseCsv(path) {
  return new Promise((resolve, reject) => {
    let rows = 0;
    const source = createReadStream(path).on('error', reject);
    Papa.parse(source.pipe(decoder()), {
      header: false,
      skipEmptyLines: false,
      step: () => { rows += 1; },
      complete: () => resolve(rows),
      error: reject,
    });
  });
}

async function parseXlsx(path) {
  const { default: ExcelJS } = await import('exceljs');
  let rows = 0;
  for (const file of workbooks(path)) rows += await parseWorkbook(ExcelJS, file);
  return rows;
}

/** The .xlsx files of a folder, sorted, or the file itself. */
function workbooks(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((n) => n.endsWith('.xlsx')).sort().map((name) => join(path, name));
}

async function parseXlsxOwn(path) {
  const { xlsxReader } = await import('../bench-data/own-reader/xlsx.js');
  const { openSource } = await import('../bench-data/own-reader/source.js');
  let rows = 0;
  let cells = 0;
  const sink = { row: (values) => { rows += 1; cells += values.length; }, end: () => undefined };
  for (const file of workbooks(path)) await xlsxReader.read(await openSource(file), {}, () => sink);
  if (cells < 0) console.log(cells);
  return rows;
}

async function parseWorkbook(ExcelJS, path) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit',
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      cells += row.values.length;
      rows += 1;
    }
  }
  if (cells < 0) console.log(cells); // keeps the touch of row.values from being optimised away
  return rows;
}
