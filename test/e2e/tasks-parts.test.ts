/**
 * A protocol read in parts on worker threads (io/tasks/parts.ts) gives what one read of the whole
 * file gives: the same records, the same issues on the same rows. A worker thread runs JavaScript,
 * so these tests bundle the reading modules and their worker with the build's own esbuild setup.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../scripts/bundle.mjs';
import type { Issue } from '../../src/model/issues.js';
import { runCli, STACK_LINE, tempDir, writeIn } from './run-cli.js';

const built = await tempDir('shnor-parts-build-');
await bundle({ parts: 'src/io/tasks/parts.ts', load: 'src/io/tasks/load.ts', 'part-worker': 'src/io/tasks/part-worker.ts' }, built);
const { readInParts } = (await import(join(built, 'parts.js'))) as typeof import('../../src/io/tasks/parts.js');
const { loadTaskResults } = (await import(join(built, 'load.js'))) as typeof import('../../src/io/tasks/load.js');

const PUPILS = 3000;
const OPTIONS = { maps: [] };
const FOUR_THREADS = { threads: 4, fromBytes: 0 };

/**
 * 20 schools × 150 pupils, three classes and teachers each. Row 1 the title, 2 the header, 3 the
 * «Макс балл» row, pupil p at row p + 3. Bad cells far into the file, so in a later part: row
 * 2503 (p = 2500) 3 points on the 2-point task 3; row 2703 a class «5» without a letter; row 2803
 * «два» in task 1; «н» (0 points) on every 97th pupil; an «Итого» row at the end.
 */
function protocol(quoteAt: number | null = null, quoted = (id: string) => `"${id}"`): string {
  const lines = ['ВПР 2023. Математика 5 класс', 'school_id,student_id,class,teacher,1,2,3,4(1),4(2)', 'Макс балл,,,,1,1,2,1,1'];
  for (let p = 1; p <= PUPILS; p++) {
    const school = `S${String(Math.ceil(p / 150)).padStart(2, '0')}`;
    const letter = 'АБВ'[p % 3]!;
    const points = [p % 2, (p >> 1) % 2, p % 3, (p >> 2) % 2, p % 97 === 0 ? 'н' : (p >> 3) % 2];
    if (p === 2500) points[2] = 3;
    if (p === 2800) points[0] = 'два';
    const className = p === 2700 ? '5' : `5${letter}`;
    const id = p === quoteAt ? quoted(`p${p}`) : `p${p}`;
    lines.push([school, id, className, `Учитель ${letter}`, ...points].join(','));
  }
  lines.push('Итого,,,,,,,,');
  return `${lines.join('\n')}\n`;
}

const byPlace = (a: Issue, b: Issue) => (a.row ?? 0) - (b.row ?? 0) || String(a.column).localeCompare(String(b.column));

describe('a protocol read in parts', async () => {
  const dir = await tempDir('shnor-parts-');
  const path = await writeIn(dir, 'protocol.csv', protocol());
  const whole = await loadTaskResults([path], OPTIONS);

  it('gives the records of one read: 20 schools, each with its classes and teachers', async () => {
    const parts = await readInParts(path, OPTIONS, FOUR_THREADS);
    expect(parts).not.toBeNull();
    // 20 schools × (school + 3 classes + 3 teachers)
    expect(whole.records).toHaveLength(140);
    expect(parts!.records).toEqual(whole.records);
    // S17 holds pupils 2401–2550: p 2500's row is left out for its 3 points on task 3 → 149 participants, 149 answers
    const s17 = parts!.records.find((r) => r.schoolId === 'S17' && r.className === null && r.teacher === null)!;
    expect([s17.participants, s17.tasks[2]!.answered]).toEqual([149, 149]);
  });

  it('reports the same issues on the same rows as one read', async () => {
    const parts = await readInParts(path, OPTIONS, FOUR_THREADS);
    const issues = [...parts!.issues].sort(byPlace);
    expect(issues).toEqual([...whole.issues].sort(byPlace));
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      // no mark column and no scale of ВПР 2023: said once, for the file
      [null, null, 'no-scale'],
      [2503, '3', 'points-above-max'],
      [2703, 'class', 'class-without-letter'],
      [2803, '1', 'bad-points'],
      [3004, 'school_id', 'ignored-total-row'],
    ]);
  });

  it('gives up on a file whose first quote comes after its head; loadTaskResults then reads it whole', async () => {
    const quoted = await writeIn(dir, 'quoted.csv', protocol(2900));
    expect(await readInParts(quoted, OPTIONS, FOUR_THREADS)).toBeNull();
    const read = await loadTaskResults([quoted], { ...OPTIONS, parallel: FOUR_THREADS });
    expect(read.records).toEqual((await loadTaskResults([quoted], OPTIONS)).records);
  });

  it('a stray quote in a later part: the whole read keeps every other pupil and reports the row', async () => {
    // «"p2900» opens a quote on row 2903 that nothing closes: before, it swallowed rows 2904–3004
    const stray = await writeIn(dir, 'stray.csv', protocol(2900, (id) => `"${id}`));
    expect(await readInParts(stray, OPTIONS, FOUR_THREADS)).toBeNull();
    const read = await loadTaskResults([stray], { ...OPTIONS, parallel: FOUR_THREADS });
    // S20 holds pupils 2851–3000: 150, less p 2900's row
    const s20 = read.records.find((r) => r.schoolId === 'S20' && r.className === null && r.teacher === null)!;
    expect(s20.participants).toBe(149);
    expect(read.issues.filter((i) => i.code === 'stray-quote').map((i) => [i.row, i.column, i.params])).toEqual([[2903, 'student_id', { end: 3004, closes: 0 }]]);
  });

  it('a bad byte in a later part: the whole read names it once', async () => {
    // row 2903 (p 2900): «p2900» with the byte 0xFF after it
    const text = protocol();
    const at = Buffer.byteLength(text.slice(0, text.indexOf('p2900,') + 5));
    const bytes = Buffer.from(text);
    const bad = await writeIn(dir, 'bad-byte.csv', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    expect(await readInParts(bad, OPTIONS, FOUR_THREADS)).toBeNull();
    const read = await loadTaskResults([bad], { ...OPTIONS, parallel: FOUR_THREADS });
    expect(read.issues.filter((i) => i.code.startsWith('replaced-bytes')).map((i) => [i.row, i.column, i.params.value])).toEqual([[2903, 'student_id', 'p2900\uFFFD']]);
  });

  it('a missing file is the input error of any read: exit 2 naming the file, no stack trace', async () => {
    const result = await runCli(['tasks', 'missing.csv', '--procedure', 'VPR-MA-5', '--year', '2023'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.csv');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('is not tried below read.parallelFromMiB or with one thread', async () => {
    expect(await readInParts(path, OPTIONS, { threads: 4, fromBytes: 2 ** 20 })).toBeNull();
    expect(await readInParts(path, OPTIONS, { threads: 1, fromBytes: 0 })).toBeNull();
  });

  it('shnor tasks prints the same JSON with read.threads 4 as with 1', async () => {
    const run = async (threads: number) => {
      await writeFile(join(dir, 'shnor.config.json'), JSON.stringify({ read: { threads, parallelFromMiB: 0 } }));
      return runCli(['tasks', 'protocol.csv', '--by', 'teacher', '--format', 'json'], { cwd: dir });
    };
    const [one, four] = [await run(1), await run(4)];
    expect(one.code).toBe(0);
    expect(four.code).toBe(0);
    expect(four.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).schools).toHaveLength(20);
  });
});
