#!/usr/bin/env node
/**
 * The bare parse, the benchmark's baseline: `node scripts/bench-bare.mjs csv|xlsx FILE` (xlsx: a folder
 * too — every .xlsx in it, one after another).
 * Reads every row of FILE the cheapest reasonable way with the same libraries shnor uses and
 * prints the row count (header included) to stdout; does nothing else with the data.
 *   csv:  fs.createReadStream → TextDecoder Transform → papaparse streaming (`step`, header: false)
 *   xlsx: exceljs stream.xlsx.WorkbookReader, every row of every sheet, touching row.values
 * Each format loads only its own library: exceljs takes a quarter of a second to load, which a CSV
 * parse must not be credited with.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import Papa from 'papaparse';

const [format, file] = process.argv.slice(2);
const parsers = { csv: parseCsv, xlsx: parseXlsx };
if (!parsers[format] || !file) {
  console.error('usage: node scripts/bench-bare.mjs csv|xlsx FILE');
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
  if (statSync(path).isDirectory()) {
    let rows = 0;
    for (const name of readdirSync(path).filter((n) => n.endsWith('.xlsx')).sort()) rows += await parseWorkbook(ExcelJS, join(path, name));
    return rows;
  }
  return parseWorkbook(ExcelJS, path);
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
