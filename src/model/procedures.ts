/**
 * Procedure codes: VPR-<SUBJ>-<GRADE>, OGE-<SUBJ>, EGE-<SUBJ> (mathematics EGE-MA-B / EGE-MA-P),
 * KDR-<SUBJ|label>-<GRADE>; parsed from a code or from a Russian name such as
 * «ВПР Математика 5 кл.», «ОГЭ- математика», «ЕГЭ Математика (профильный уровень)», «КДР4ЧГ».
 */
import subjectsData from '../../data/subjects.json' with { type: 'json' };
import { normalizeLabel } from './text.js';

export type ProcedureKind = 'VPR' | 'OGE' | 'EGE' | 'KDR';

export interface Procedure {
  code: string;
  kind: ProcedureKind;
  /** Subject code (RU, MA …) or a KDR literacy label (RL, ML …). */
  subject: string;
  grade: number | null;
  /** EGE mathematics level: B (базовая) or P (профильная). */
  level: 'B' | 'P' | null;
}

interface SubjectEntry {
  code: string;
  ru: string;
  en: string;
  stems: string[];
  /** How ВПР column headers abbreviate the subject: «РУ», «МА», «АЯ». */
  abbreviations?: string[];
  /** FIOKO's own code of the subject where it is not shnor's («FI» for physics, «OKR» for the world around). */
  fiokoCodes?: string[];
}

const SUBJECTS: SubjectEntry[] = subjectsData.subjects;
const KDR_LABELS: SubjectEntry[] = subjectsData.kdrLabels;
const VPR_GRADES = new Set([4, 5, 6, 7, 8, 10, 11]);
const KIND_WORDS: Record<string, ProcedureKind> = {
  впр: 'VPR', vpr: 'VPR', огэ: 'OGE', oge: 'OGE', егэ: 'EGE', ege: 'EGE', кдр: 'KDR', kdr: 'KDR',
};
const CODE_PATTERN = /^(VPR|OGE|EGE|KDR)-([A-Z]{2,3})(?:-(B|P))?(?:-(\d{1,2}))?$/;
/** A code a typo made: the shape of one with any letters and any number («OGE-RUS», «VPR-MA-13», «VPR-Z-5»). */
const CODE_SHAPE = /^(VPR|OGE|EGE|KDR)-([A-Z]{1,6})(?:-(B|P))?(?:-(\d{1,4}))?$/;
const KDR_GRADES = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
/** The grade an ОГЭ or ЕГЭ code may carry (the grade is not part of its code: «OGE-MA-9» is OGE-MA). */
const EXAM_GRADES: Partial<Record<ProcedureKind, number>> = { OGE: 9, EGE: 11 };
const SUBJECT_CODES = SUBJECTS.map((s) => s.code);
const KNOWN_SUBJECTS: Record<ProcedureKind, string[]> = {
  VPR: SUBJECT_CODES, OGE: SUBJECT_CODES, EGE: SUBJECT_CODES, KDR: [...SUBJECT_CODES, ...KDR_LABELS.map((s) => s.code)],
};

/** A procedure of a known subject (a КДР also of a literacy label) and a grade the kind has; else null. */
export function makeProcedure(kind: ProcedureKind, subject: string, grade: number | null, level: 'B' | 'P' | null): Procedure | null {
  if (!KNOWN_SUBJECTS[kind].includes(subject)) return null;
  if ((kind === 'VPR' || kind === 'KDR') && grade === null) return null;
  if (kind === 'VPR' && grade !== null && !VPR_GRADES.has(grade)) return null;
  if (kind === 'EGE' && subject === 'MA' && level === null) return null;
  if (kind === 'KDR' && grade !== null && !KDR_GRADES.has(grade)) return null;
  const keepGrade = kind === 'VPR' || kind === 'KDR';
  const parts: (string | number)[] = [kind, subject];
  if (kind === 'EGE' && subject === 'MA' && level) parts.push(level);
  if (keepGrade && grade !== null) parts.push(grade);
  return { code: parts.join('-'), kind, subject, grade: keepGrade ? grade : null, level: kind === 'EGE' && subject === 'MA' ? level : null };
}

const parsed = new Map<string, Procedure | null>();

/** Parses a canonical code or a Russian (or English) name; null when it is not a procedure. */
export function parseProcedure(text: string): Procedure | null {
  let procedure = parsed.get(text);
  if (procedure === undefined) {
    procedure = parseUncached(text);
    parsed.set(text, procedure);
  }
  return procedure;
}

const FIOKO_CODES = new Map(SUBJECTS.flatMap((s) => (s.fiokoCodes ?? []).map((code) => [code, s.code] as const)));

function parseUncached(text: string): Procedure | null {
  const trimmed = text.trim().toUpperCase();
  const code = CODE_PATTERN.exec(trimmed);
  if (code) {
    const [, kind, subject, level, grade] = code;
    const exam = EXAM_GRADES[kind as ProcedureKind];
    if (exam !== undefined && grade !== undefined && Number(grade) !== exam) return null;
    return makeProcedure(kind as ProcedureKind, FIOKO_CODES.get(subject!) ?? subject!, grade ? Number(grade) : null, (level as 'B' | 'P' | undefined) ?? null);
  }
  return parseProcedureName(text);
}

/**
 * A text shaped as a procedure code that names none — an unknown subject («OGE-RUS», «VPR-ZZ-5»),
 * a grade the kind does not have («VPR-MA-13»), ЕГЭ mathematics without its level — with the
 * known codes nearest to it: the subject one letter away (RUS → RU; none when no subject is that
 * near), the nearest grade, each level. Null for a known code or a text of another shape (a
 * Russian name is not a code).
 */
export function unknownProcedureCode(text: string): { nearest: string[]; subjects: string[] } | null {
  const shape = CODE_SHAPE.exec(text.trim().toUpperCase());
  if (!shape || parseProcedure(text) !== null) return null;
  const [, kindText, letters, level, gradeText] = shape;
  const kind = kindText as ProcedureKind;
  const subjects = KNOWN_SUBJECTS[kind];
  const subject = subjects.includes(letters!) ? letters! : (FIOKO_CODES.get(letters!) ?? nearestSubject(letters!, subjects));
  if (subject === null) return { nearest: [], subjects };
  const grade = gradeText === undefined ? null : Number(gradeText);
  const grades = kind === 'VPR' ? nearestGrades(grade, VPR_GRADES) : kind === 'KDR' ? nearestGrades(grade, KDR_GRADES) : [null];
  const levels: ('B' | 'P' | null)[] = kind === 'EGE' && subject === 'MA' ? (level ? [level as 'B' | 'P'] : ['B', 'P']) : [null];
  const nearest = grades.flatMap((g) => levels.map((l) => makeProcedure(kind, subject, g, l)?.code ?? null)).filter((c): c is string => c !== null);
  return { nearest, subjects };
}

/** The known subject one edit from the letters (RUS → RU, MT → MA), the first in the catalogue among equals; null when none is. */
function nearestSubject(letters: string, subjects: string[]): string | null {
  return subjects.find((s) => editDistance(letters, s) === 1) ?? null;
}

/** The grades of the kind nearest to the one given (VPR 9 → 8 and 10); all of them when none is given. */
function nearestGrades(grade: number | null, grades: Set<number>): number[] {
  const all = [...grades];
  if (grade === null) return all;
  const distance = (g: number) => Math.abs(g - grade);
  const best = all.reduce((min, g) => Math.min(min, distance(g)), Infinity);
  return all.filter((g) => distance(g) === best);
}

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A header of the «4 РУ» kind: a grade and a two-to-four-letter subject abbreviation. */
export interface AbbreviatedColumn {
  grade: number;
  letters: string;
  /** The ВПР it names; null when the letters or the grade name no ВПР. */
  procedure: Procedure | null;
}

const ABBREVIATIONS = new Map(SUBJECTS.flatMap((s) => (s.abbreviations ?? []).map((a) => [a, s.code] as const)));

/**
 * A ВПР column as the lists of signs of non-objective results head it: «4 РУ», «5МА», «7 АЯ»,
 * «РУ 4» → VPR-RU-4 …; null for a header of another shape.
 */
export function readVprAbbreviation(text: string): AbbreviatedColumn | null {
  const words = normalizeLabel(text).split(' ').filter((w) => w !== 'кл' && w !== 'класс');
  if (words.length !== 2) return null;
  const [grade, letters] = /^\d{1,2}$/.test(words[0]!) ? words : [words[1]!, words[0]!];
  if (!/^\d{1,2}$/.test(grade!) || !/^\p{L}{2,4}$/u.test(letters!)) return null;
  const subject = ABBREVIATIONS.get(letters!);
  return { grade: Number(grade), letters: letters!, procedure: subject ? makeProcedure('VPR', subject, Number(grade), null) : null };
}

function parseProcedureName(text: string): Procedure | null {
  const words = normalizeLabel(text).split(' ');
  const kind = words.map((w) => KIND_WORDS[w]).find((k) => k !== undefined);
  if (!kind) return null;
  const joined = ` ${words.join(' ')} `;
  const subject = findSubject(joined, kind);
  if (!subject) return null;
  return makeProcedure(kind, subject, findGrade(words), findLevel(joined));
}

function findSubject(text: string, kind: ProcedureKind): string | null {
  const tables = kind === 'KDR' ? [KDR_LABELS, SUBJECTS] : [SUBJECTS];
  for (const table of tables) {
    const hit = table.find((s) => s.stems.some((stem) => stemMatches(text, stem)));
    if (hit) return hit.code;
  }
  return null;
}

function stemMatches(text: string, stem: string): boolean {
  // Short literacy labels (чг, мг) must be whole words; longer stems may start a word.
  return stem.length <= 3 ? text.includes(` ${stem} `) : text.includes(` ${stem}`);
}

function findGrade(words: string[]): number | null {
  const numbers = words.filter((w) => /^\d{1,2}$/.test(w)).map(Number);
  return numbers.find((n) => n >= 1 && n <= 11) ?? null;
}

function findLevel(text: string): 'B' | 'P' | null {
  if (text.includes(' профил') || text.includes(' profil')) return 'P';
  if (text.includes(' баз') || text.includes(' basic') || text.includes(' base')) return 'B';
  return null;
}

/** The names of a procedure's subject (or КДР literacy label) as data/subjects.json gives them; null for one it does not list. */
export function subjectNames(procedure: Procedure): Pick<SubjectEntry, 'ru' | 'en'> | null {
  const table = procedure.kind === 'KDR' ? [...KDR_LABELS, ...SUBJECTS] : SUBJECTS;
  return table.find((s) => s.code === procedure.subject) ?? null;
}

/** Sort key: kind order ВПР, КДР, ОГЭ, ЕГЭ, then grade, then subject. */
export function compareProcedures(a: string, b: string): number {
  const order: ProcedureKind[] = ['VPR', 'KDR', 'OGE', 'EGE'];
  const pa = parseProcedure(a);
  const pb = parseProcedure(b);
  if (!pa || !pb) return a.localeCompare(b);
  return (
    order.indexOf(pa.kind) - order.indexOf(pb.kind) ||
    (pa.grade ?? 0) - (pb.grade ?? 0) ||
    pa.subject.localeCompare(pb.subject) ||
    a.localeCompare(b)
  );
}
