/** The work a table's title rows name: «ВПР 2023. Математика 5 класс» — a procedure and a school year. */
import { basename } from 'node:path';
import { parseProcedure } from '../../model/procedures.js';
import { parseSchoolYear } from '../../model/school-year.js';
import { AUTUMN_TITLE } from '../vocabulary/cells.js';

/** The procedure and school year named by the title rows above the header. */
export function readTitles(titles: string[]): { procedure: string | null; year: number | null } {
  let procedure: string | null = null;
  let year: number | null = null;
  for (const title of titles) {
    procedure ??= parseProcedure(title)?.code ?? null;
    year ??= yearOfTitle(title);
  }
  return { procedure, year };
}

/** The work a file's name names, as ФИС ОКО names its exports: «Проведение работы по математике, 5 класс. ВПР 2021.xlsx» → VPR-MA-5, 2021. */
export function readFileName(file: string): { procedure: string | null; year: number | null } {
  return readTitles([basename(file).replace(/\.[^.]+$/, '')]);
}

/**
 * «ВПР 2023. Математика 5 класс» → 2023; «2022-2023 уч. г.» → 2023; an autumn ВПР
 * «ВПР (осень) 2022» → 2023, its school year.
 */
export function yearOfTitle(title: string): number | null {
  const range = /(?<!\d)(\d{4}\s*[-–—/]\s*\d{2,4})(?!\d)/.exec(title);
  if (range) {
    const year = parseSchoolYear(range[1]!.replace(/\s+/g, ''));
    if (year !== null) return year;
  }
  const plain = /(?<!\d)(20\d{2})(?!\d)/.exec(title);
  if (!plain) return null;
  const year = parseSchoolYear(Number(plain[1]));
  if (year === null) return null;
  return AUTUMN_TITLE.test(title) ? year + 1 : year;
}
