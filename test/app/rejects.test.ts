/** --rejects FILE: the rows left out, each with its place and reason (never over an input: test/e2e/inputs-protected.test.ts). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csv, tempDir, writeIn } from './files.js';
import { runCommand } from './run.js';

describe('--rejects', () => {
  it('writes every row left out with file, row, column and reason, in the Excel dialect', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'in.csv', csv([
      ['school_id', 'year', 'procedure', 'participants', 'fail_count'],
      ['A', 2021, 'VPR-MA-5', 10, 3], // row 2: fine
      ['B', 2021, 'VPR-MA-5', 10, 11], // row 3: 11 failing of 10 — left out
      ['Итого', 2021, 'VPR-MA-5', 20, 14], // row 4: a total row — skipped
    ]));
    const result = await runCommand('classify', { inputs: ['in.csv'], rejects: 'left-out.csv' }, { cwd: dir, format: 'json' });
    expect(result.code, result.stderr).toBe(0);
    const text = (await readFile(join(dir, 'left-out.csv'), 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3); // header + rows 3 and 4
    expect(lines[1]).toMatch(/^in\.csv;;3;fail_count;fail-exceeds-participants;/);
    expect(lines[2]).toMatch(/^in\.csv;;4;school_id;ignored-total-row;/);
  });

  it('lists both rows of a conflicting repeat, and a count over read.maxParticipants unless the config raises it (issue 18)', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'in.csv', csv([
      ['school_id', 'year', 'procedure', 'participants', 'fail_count'],
      ['A', 2021, 'VPR-MA-5', 10, 3], // row 2: fine
      ['D', 2021, 'OGE-MA', 10, 1], // row 3: D's OGE-MA says 1 of 10 …
      ['D', 2021, 'OGE-MA', 10, 2], // row 4: … and 2 of 10: neither is used, both are listed
      ['A', 2021, 'VPR-MA-5', 10, 3], // row 5: equal to row 2, merged into it (used)
      ['E', 2021, 'OGE-RU', 20000, 3], // row 6: more pupils than read.maxParticipants (10,000)
    ]));
    const rejected = async (config?: string) => {
      const result = await runCommand('classify', { inputs: ['in.csv'], rejects: 'left-out.csv' }, { cwd: dir, format: 'json', config });
      expect(result.code, result.stderr).toBe(0);
      const lines = (await readFile(join(dir, 'left-out.csv'), 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1);
      return lines.map((line) => line.split(';').slice(2, 5).join(';'));
    };
    expect(await rejected()).toEqual(['3;;duplicate-conflict', '4;;duplicate-conflict', '6;participants;implausible-count']);
    // 5 rows = 1 used (row 2) + 1 merged (row 5) + 3 listed
    await writeIn(dir, 'big.json', JSON.stringify({ read: { maxParticipants: 50000 } }));
    expect(await rejected('big.json')).toEqual(['3;;duplicate-conflict', '4;;duplicate-conflict']);
  });
});
