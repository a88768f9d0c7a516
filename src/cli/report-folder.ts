/**
 * report -o DIR. The files are written into a new folder beside DIR, which takes DIR's place only
 * when every file is written: a report that fails partway leaves DIR as it was and nothing
 * half-written. An existing DIR is replaced whole when it holds an earlier report (or nothing);
 * a folder holding anything else is refused before anything is written — a report never deletes
 * what it did not write. Every file's path is checked to stay inside the folder.
 */
import { mkdir, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Rendered } from '../report/to/context.js';
import { writeFailed, writeInto } from './output.js';

/** What a report folder holds: the files report writes, charts/*.svg, and what a file manager leaves. */
const REPORT_FILES = new Set(['report.md', 'report.html', 'report.xlsx', 'report.docx', 'report.pdf']);
const CHARTS = 'charts';
const LEFT_BY_FILE_MANAGERS = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** The folder's real path when it exists (an earlier report, or empty); null when it does not; else refused. */
export async function assertReportFolder(dir: string): Promise<string | null> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw writeFailed(dir, error);
  }
  if (!(await stat(real)).isDirectory()) throw new UsageError('report-folder-not-folder', { path: dir });
  const foreign = await foreignEntry(real);
  if (foreign !== null) throw new UsageError('report-folder-foreign', { path: dir, entry: foreign });
  return real;
}

async function foreignEntry(folder: string): Promise<string | null> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (LEFT_BY_FILE_MANAGERS.has(entry.name)) continue;
    if (entry.isFile() && REPORT_FILES.has(entry.name)) continue;
    if (entry.isDirectory() && entry.name === CHARTS) {
      const chart = (await readdir(join(folder, CHARTS), { withFileTypes: true }))
        .find((e) => !LEFT_BY_FILE_MANAGERS.has(e.name) && !(e.isFile() && extname(e.name) === '.svg'));
      if (chart === undefined) continue;
      return join(CHARTS, chart.name);
    }
    return entry.name;
  }
  return null;
}

/** A file of the folder as written: its name inside the folder and its size. */
export interface WrittenFile {
  name: string;
  bytes: number;
}

/** Writes [name inside the folder, content] pairs as the folder DIR; the files as written, in order. */
export async function writeReportFolder(dir: string, files: [string, Rendered][]): Promise<WrittenFile[]> {
  const existing = await assertReportFolder(dir);
  const target = existing ?? resolve(dir);
  const temp = join(dirname(target), `.${basename(target)}-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await mkdir(temp);
  } catch (error) {
    throw writeFailed(dir, error);
  }
  const written: WrittenFile[] = [];
  try {
    for (const [name, content] of files) written.push({ name, bytes: await writeInside(temp, name, content, dir) });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  try {
    await putInPlace(temp, target, existing !== null);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw writeFailed(dir, error);
  }
  return written;
}

/** The file written; its size in bytes. */
async function writeInside(folder: string, name: string, content: Rendered, shown: string): Promise<number> {
  const path = join(folder, name);
  if (!isInside(folder, path)) throw new UsageError('outside-output-folder', { path: join(shown, name), folder: shown });
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeInto(path, content);
    return (await stat(path)).size;
  } catch (error) {
    throw writeFailed(join(shown, name), error);
  }
}

/** The new folder renamed into place; an earlier one moved aside first, and back if that fails. */
async function putInPlace(temp: string, target: string, replacing: boolean): Promise<void> {
  if (!replacing) {
    await rename(temp, target);
    return;
  }
  const old = `${temp}-old`;
  await rename(target, old);
  try {
    await rename(temp, target);
  } catch (error) {
    await rename(old, target);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/** The path is the folder or lies under it («..» and absolute paths do not). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
