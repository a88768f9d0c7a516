/**
 * A district of N schools for `npm run bench -- --only report` and `--only dynamics`: the results of
 * 8 procedures (the default set) in 2023–2025 in the long layout of fixtures/demo (one row per school ×
 * year × procedure, counts of «2»…«5», the ЕГЭ профиль row with its count below the minimum and its mean
 * score), and a school profile with every column of the demo profile. Most schools fail 2–20% of pupils,
 * one in seven 20–50%, so about one school in seven is a ШНОР. Each profile row is a demo school's,
 * under the new school's code and name (the demo district has 30 schools, the rows repeat). UTF-8, `;`,
 * LF. Deterministic (seeded PRNG).
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './prng.mjs';

const DEMO_PROFILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'demo', 'schools-profile.csv');
const HEADER = ['Код ОО', 'Наименование ОО', 'Муниципалитет', 'Вид ОО', 'Учебный год', 'Процедура', 'Кол-во участников', '«2»', '«3»', '«4»', '«5»', 'Не преодолели мин. порог', 'Средний балл'];
const PROCEDURES = [
  ['ВПР Русский язык 5 кл.', 1], ['ВПР Математика 5 кл.', 1], ['ВПР Русский язык 6 кл.', 1], ['ВПР Математика 6 кл.', 1],
  ['ОГЭ Русский язык', 0.9], ['ОГЭ Математика', 0.9], ['ЕГЭ Математика (базовый уровень)', 0.3], ['ЕГЭ Математика (профильный уровень)', 0.25],
];
const SCORED = 'ЕГЭ Математика (профильный уровень)';
export const DISTRICT_YEARS = [2023, 2024, 2025];

export function schoolId(n) {
  return `RG-${String(n).padStart(5, '0')}`;
}

function schoolName(n) {
  return `МБОУ СОШ № ${n} Региона`;
}

/** Writes `results` (the long-layout CSV) and `profile` for `schools` schools; returns the number of result rows. */
export async function writeDistrict({ results, profile }, schools) {
  const rand = mulberry32(0xd157 + schools);
  const lines = [HEADER.join(';')];
  const out = createWriteStream(results);
  let rows = 0;
  for (let n = 1; n <= schools; n += 1) {
    const size = 15 + Math.floor(rand() * 90);
    const weak = rand() < 1 / 7;
    const schoolRate = weak ? 0.2 + 0.3 * rand() : 0.02 + 0.18 * rand();
    for (const year of DISTRICT_YEARS) {
      for (const [procedure, share] of PROCEDURES) {
        const participants = Math.max(3, Math.round(size * share * (0.8 + 0.4 * rand())));
        const failed = Math.round(participants * Math.min(0.95, schoolRate * (0.7 + 0.6 * rand())));
        lines.push([schoolId(n), schoolName(n), 'Регион', 'СОШ', year, procedure, participants, ...counts(procedure, participants, failed, rand)].join(';'));
        rows += 1;
      }
    }
    if (lines.length >= 2000) await flush(out, lines);
  }
  await flush(out, lines);
  out.end();
  await once(out, 'finish');
  await writeProfile(profile, schools);
  return rows;
}

/** «2», «3», «4», «5», below the minimum, mean: marks for a marked procedure, the minimum and a test-point mean for the scored one. */
function counts(procedure, participants, failed, rand) {
  if (procedure === SCORED) return ['', '', '', '', failed, (27 + 40 * rand()).toFixed(2).replace('.', ',')];
  const rest = participants - failed;
  const three = Math.round(rest * (0.35 + 0.2 * rand()));
  const four = Math.round((rest - three) * (0.5 + 0.3 * rand()));
  const five = rest - three - four;
  const mean = (2 * failed + 3 * three + 4 * four + 5 * five) / participants;
  return [failed, three, four, five, '', mean.toFixed(2).replace('.', ',')];
}

async function flush(out, lines) {
  if (lines.length === 0) return;
  if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  lines.length = 0;
}

/** The demo profile's rows in turn, each under the new school's code and name. */
async function writeProfile(path, schools) {
  const [header, ...demo] = readFileSync(DEMO_PROFILE, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).filter((line) => line !== '');
  const out = createWriteStream(path);
  const lines = [header];
  for (let n = 1; n <= schools; n += 1) {
    const [, , ...rest] = demo[(n - 1) % demo.length].split(';');
    lines.push([schoolId(n), schoolName(n), ...rest].join(';'));
    if (lines.length >= 2000) await flush(out, lines);
  }
  await flush(out, lines);
  out.end();
  await once(out, 'finish');
}
