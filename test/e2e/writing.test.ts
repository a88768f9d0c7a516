/**
 * Where results go when the target is not a plain file: stdout on a full disk or /dev/full, a
 * closed stderr, -o onto a FIFO, a character device, a folder or a symbolic link.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cliEnv, csv, listDir, runCli, STACK_LINE, tempDir } from './run-cli.js';

// 300 schools: a JSON list of some 200 KB, far more than the few KiB the full-disk run allows
const ROWS: (string | number)[][] = [['school_id', 'school_name', 'year', 'procedure', 'participants', 'fail_count']];
for (let i = 0; i < 300; i++) ROWS.push([`s${i}`, `Школа ${i}`, 2021, 'VPR-MA-5', 10, i % 10], [`s${i}`, `Школа ${i}`, 2021, 'VPR-RU-5', 10, (i * 3) % 10]);
const INPUT = csv(ROWS);

const posix = process.platform !== 'win32';
const root = process.getuid?.() === 0;

interface Run {
  code: number | null;
  signal: string | null;
  stderr: string;
}

/** Runs the CLI with stdout on an open file descriptor (a file, /dev/full). */
function runToFd(args: string[], cwd: string, fd: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cliEnv(), stdio: ['ignore', fd, 'pipe'], timeout: 25_000 });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe.runIf(posix)('stdout that cannot take the output', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    writeFileSync(join(dir, 'in.csv'), INPUT);
  });

  it('/dev/full: exit 2 and a message saying stdout could not be written, no stack trace', async () => {
    const fd = openSync('/dev/full', 'w');
    const run = await runToFd(['classify', 'in.csv', '--format', 'json'], dir, fd).finally(() => closeSync(fd));
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('стандартный вывод');
    expect(run.stderr).toContain('ENOSPC');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('a file that fills up (a file size limit): exit 2, not a silently cut file with exit 0', () => {
    // `ulimit -f 4` lets a file grow to 4 blocks (of 512 bytes or 1 KiB, as the shell counts); Node ignores
    // SIGXFSZ, so the system writes one short write up to the limit, then fails the next with EFBIG
    const run = spawnSync('sh', ['-c', `ulimit -f 4; exec "${process.execPath}" "${BIN}" classify in.csv --format json > out.json`], { cwd: dir, env: cliEnv(), encoding: 'utf8' });
    expect(statSync(join(dir, 'out.json')).size).toBeLessThanOrEqual(4096);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain('стандартный вывод');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('a regular file with room: the whole output, exit 0', async () => {
    const path = join(dir, 'whole.json');
    const fd = openSync(path, 'w');
    const run = await runToFd(['classify', 'in.csv', '--format', 'json'], dir, fd).finally(() => closeSync(fd));
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(readFileSync(path, 'utf8')) as { schools: unknown[] }).schools).toHaveLength(300);
  });
});

describe('a closed stderr', () => {
  it('costs the messages, not the run: exit 0 and the list written', async () => {
    const dir = await tempDir();
    // a row with 11 «2» of 10 participants: an input problem printed on stderr, then «Записан list.csv»
    writeFileSync(join(dir, 'in.csv'), csv([...ROWS, ['bad', 'Школа', 2021, 'VPR-MA-5', 10, 11]]));
    const run = await new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'classify', 'in.csv', '-o', 'list.csv'], { cwd: dir, env: cliEnv(), stdio: ['ignore', 'ignore', 'pipe'], timeout: 25_000 });
      child.stderr.destroy(); // the reader of stderr is gone before the first message
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal, stderr: '' }));
    });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'list.csv'), 'utf8').split('\n').filter(Boolean)).toHaveLength(301);
  });
});

describe('-o onto what is not a regular file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    writeFileSync(join(dir, 'in.csv'), INPUT);
  });

  it.runIf(posix)('a FIFO: the reader gets the list, and the FIFO stays a FIFO', async () => {
    const fifo = join(dir, 'pipe.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = new Promise<string>((resolve, reject) => {
      const cat = spawn('cat', [fifo]);
      let text = '';
      cat.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      cat.on('error', reject);
      cat.on('close', () => resolve(text));
    });
    const result = await runCli(['classify', 'in.csv', '-o', fifo], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect((await reader).split('\n').filter(Boolean)).toHaveLength(301); // a header and 300 schools
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect((await listDir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  // a character device of our own (as /dev/null is: major 1, minor 3), never the system's
  it.runIf(posix && root)('a character device: written to, and still a device', async () => {
    const device = join(dir, 'null');
    const made = spawnSync('mknod', [device, 'c', '1', '3']);
    if (made.status !== 0) return; // a container without the right to make device nodes
    const result = await runCli(['classify', 'in.csv', '--format', 'json', '-o', device], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('a folder: exit 2, the folder named, nothing written in it', async () => {
    mkdirSync(join(dir, 'folder.csv'));
    const result = await runCli(['classify', 'in.csv', '-o', 'folder.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('folder.csv — папка');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(await listDir(join(dir, 'folder.csv'))).toEqual([]);
  });

  it.runIf(posix)('a symbolic link to a file: the link stays, the file it points to gets the list', async () => {
    writeFileSync(join(dir, 'target.csv'), 'old');
    symlinkSync('target.csv', join(dir, 'link.csv'));
    const result = await runCli(['classify', 'in.csv', '-o', 'link.csv'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.csv'))).toBe('target.csv');
    expect(readFileSync(join(dir, 'target.csv'), 'utf8').split('\n').filter(Boolean)).toHaveLength(301);
  });
});
