/**
 * Inputs for the command tests, in-process or through the binary: temp folders removed when the
 * test file is done, files written into them, CSV text and Windows-1251 bytes.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A stack trace line as Node prints it: never shown to a user for an expected error. */
export const STACK_LINE = /\n\s{4}at /;

const created: string[] = [];

/** A fresh folder under the OS temp dir, removed when the test file is done (test/setup.ts). */
export async function tempDir(prefix = 'shnor-e2e-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes the folders tempDir made: after each test file, which may share this module with others. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Writes a file into a folder and returns its full path. */
export async function writeIn(dir: string, name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

export async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/**
 * Windows-1251 bytes of a text: ASCII as is, А–я → 0xC0–0xFF, Ё 0xA8, ё 0xB8, « 0xAB, » 0xBB,
 * № 0xB9 (Node has no 1251 encoder). Any other character is a mistake in the test.
 */
export function cp1251(text: string): Buffer {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '№': 0xb9 };
  const bytes = [...text].map((char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const byte = special[char];
    if (byte === undefined) throw new Error(`no cp1251 byte for ${char}`);
    return byte;
  });
  return Buffer.from(bytes);
}

/** CSV text from rows (no quoting: the tests' cells hold no delimiter). */
export function csv(rows: (string | number)[][], delimiter = ',', newline = '\n'): string {
  return rows.map((row) => row.join(delimiter)).join(newline) + newline;
}

/** A workbook read back from its bytes (an xlsx rendered in-process). */
export async function workbookFrom(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  // exceljs declares its own Buffer (an ArrayBuffer) and reads Node's as well
  await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
  return book;
}

/** A long table's Russian header and the procedure names the hand-worked districts use. */
export const RU_HEADER = ['Код ОО', 'Наименование ОО', 'Учебный год', 'Процедура', 'Кол-во участников', '«2»'];
export const VPR_MA = 'ВПР Математика 5 кл.';
export const VPR_RU = 'ВПР Русский язык 5 кл.';
export const OGE_MA = 'ОГЭ Математика';
export const OGE_RU = 'ОГЭ Русский язык';
