/**
 * ФИС ОКО per-pupil ВПР exports in the shape of the region's real ones (real-exports/README.md), for
 * `npm run bench -- --only pupils`: one XLSX per work, «Проведение работы по <предмету>, <N> класс. ВПР
 * 2021.xlsx», sheet «Sheet», every cell text and a shared string, shared strings stored before the sheet
 * (as Excel stores them: the streaming reader can then read rows as they come), columns «логин школы |
 * регион | номер обучающегося | код обучающегося | отметка за предыдущую четверть/триместр | пол |
 * класс | вариант | всего баллов | балл за 1 … | Учебник | Др.уч. автор | Др.уч. название». About one
 * pupil in eleven «отсутствовал»; task cells hold points, «X» now and then, «не пройд.» rarely, and the
 * total is their sum; one school in seven is weak. Deterministic (seeded PRNG).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { mulberry32 } from './prng.mjs';

/** The four works of the 2021 fioko set with grades 5–6, task maxima adding up to the 2021 scale's maximum. */
export const WORKS = [
  { subject: 'математике', grade: 5, maxima: [1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 1, 1, 1, 1, 1, 2] }, // 20
  { subject: 'русскому языку', grade: 5, maxima: [...Array(9).fill(3), ...Array(9).fill(2)] }, // 45
  { subject: 'математике', grade: 6, maxima: Array(16).fill(1) }, // 16
  { subject: 'русскому языку', grade: 6, maxima: [...Array(15).fill(3), 2, 2, 2] }, // 51
];

const MUNICIPALITIES = ['Зональный муниципальный район', 'город Барнаул', 'Михайловский муниципальный район', 'Локтевский муниципальный район'];
const TEXTBOOK = 'Никольский С.М., Потапов М.К. и др. Математика 5 класс АО "Издательство "Просвещение"';

export function exportName(work) {
  return `Проведение работы по ${work.subject}, ${work.grade} класс. ВПР 2021.xlsx`;
}

/** Writes the four exports of ≈ `pupils` rows in all into `dir`; returns the row count (headers excluded). */
export async function writePupilExports(dir, pupils) {
  let rows = 0;
  for (const [i, work] of WORKS.entries()) rows += await writeExport(join(dir, exportName(work)), work, Math.round(pupils / WORKS.length), 0x9e11 + i);
  return rows;
}

async function writeExport(path, work, pupils, seed) {
  const rand = mulberry32(seed);
  const strings = new Map();
  const index = (text) => {
    let i = strings.get(text);
    if (i === undefined) strings.set(text, (i = strings.size));
    return i;
  };
  const header = [
    'логин школы', 'регион', 'номер обучающегося', 'код обучающегося', 'отметка за предыдущую четверть/триместр', 'пол', 'класс', 'вариант',
    'всего баллов', ...work.maxima.map((_, k) => `балл за ${k + 1}`), 'Учебник', 'Др.уч. автор', 'Др.уч. название',
  ];
  const lines = [rowXml(1, header.map(index))];
  const schools = Math.max(1, Math.round(pupils / 42));
  // one school in seven is weak: its pupils' ability is lower, so that some results are low and most are not
  const base = Array.from({ length: schools }, () => (rand() < 1 / 7 ? 0.15 : 0.5));
  for (let p = 0; p < pupils; p += 1) {
    const school = Math.floor((p * schools) / pupils);
    const cells = [`sch${220000 + school}`, MUNICIPALITIES[school % MUNICIPALITIES.length], String(p + 1), String(50000 + p), String(3 + Math.floor(rand() * 3)), rand() < 0.5 ? 'м' : 'ж', 'абв'[p % 3]];
    if (rand() < 0.09) cells.push('отсутствовал', '', ...work.maxima.map(() => ''));
    else {
      const ability = base[school] + 0.6 * rand();
      const tasks = work.maxima.map((max) => {
        const r = rand();
        if (r < 0.02) return 'не пройд.';
        if (r < 0.08) return 'X';
        return String(Math.min(max, Math.floor(rand() * (max + 1) * (0.5 + ability))));
      });
      const total = tasks.reduce((sum, cell) => sum + (/^\d+$/.test(cell) ? Number(cell) : 0), 0);
      cells.push(String(1 + (p % 2)), String(total), ...tasks);
    }
    cells.push(TEXTBOOK, '', '');
    lines.push(rowXml(p + 2, cells.map((c) => (c === '' ? null : index(c)))));
  }
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  zip.file('xl/workbook.xml', WORKBOOK);
  zip.file('xl/sharedStrings.xml', sharedStringsXml([...strings.keys()]));
  zip.file('xl/styles.xml', STYLES);
  zip.file('xl/worksheets/sheet1.xml', `${XML}<worksheet xmlns="${MAIN}"><sheetData>${lines.join('')}</sheetData></worksheet>`);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
  return pupils;
}

function rowXml(r, indexes) {
  let cells = '';
  indexes.forEach((i, c) => {
    if (i !== null) cells += `<c r="${column(c)}${r}" t="s"><v>${i}</v></c>`;
  });
  return `<row r="${r}">${cells}</row>`;
}

function column(c) {
  return c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26));
}

function sharedStringsXml(texts) {
  const items = texts.map((t) => `<si><t>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}</t></si>`).join('');
  return `${XML}<sst xmlns="${MAIN}" count="${texts.length}" uniqueCount="${texts.length}">${items}</sst>`;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
const WORKBOOK = `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Sheet" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>`;
