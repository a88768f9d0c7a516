/**
 * The school year (ruling R2): a year is named by the calendar year in which its school year
 * ends. «2020-2021», «2020/2021», «2020/21», «2020-2021 уч. г.» → 2021; a plain 2021 → 2021;
 * a date from September onwards belongs to the next year (an autumn ВПР of October 2020 → 2021).
 */
const RANGE = /^(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})(?:\s*(?:уч\.?\s*г(?:од|\.)?\.?|учебн\S*\s*год\S*))?$/i;
const PLAIN = /^(\d{4})(?:\s*(?:г\.?|год))?$/i;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export function parseSchoolYear(value: unknown): number | null {
  if (value instanceof Date) return schoolYearOfDate(value);
  if (typeof value === 'number') return Number.isInteger(value) && inRange(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const plain = PLAIN.exec(text);
  if (plain) return checked(Number(plain[1]));
  const range = RANGE.exec(text);
  if (!range) return null;
  const start = Number(range[1]);
  const end = range[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(range[2]) : Number(range[2]);
  return end === start + 1 ? checked(end) : null;
}

/** A day written as text — «17.03.2022», «17.03.2022 05:09:18», «2022-03-17» — to its school year; null when not a date. */
export function schoolYearOfDateText(text: string): number | null {
  const russian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s|$)/.exec(text.trim());
  const iso = russian ? null : /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/.exec(text.trim());
  const [year, month, day] = russian ? [russian[3], russian[2], russian[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year === undefined) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || !inRange(Number(year))) return null;
  return schoolYearOfDate(date);
}

export function schoolYearOfDate(date: Date): number {
  const month = date.getUTCMonth(); // 0 = January; 8 = September
  return date.getUTCFullYear() + (month >= 8 ? 1 : 0);
}

/** «2020/2021 уч. г.» for a school year named 2021. */
export function schoolYearLabel(year: number): string {
  return `${year - 1}/${year}`;
}

function inRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function checked(year: number): number | null {
  return inRange(year) ? year : null;
}
