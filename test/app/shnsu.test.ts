/**
 * classify --profile: ШНОР and ШНСУ side by side on the demo district. The profile's «ШНСУ» column
 * says «да» for DM-09 and DM-23 (fixtures/demo/EXPECTED.md); ИСБШ below 50 — DM-03 49,4, DM-13 40,8,
 * DM-17 45,9 — counts only once `shnsu.isbshBelow` is set.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

const DISTRICT = join(ROOT, 'fixtures/demo/district.xlsx');
const ARGS = { inputs: [DISTRICT], profile: join(ROOT, 'fixtures/demo/schools-profile.xlsx'), year: 2025 };

interface ClassifyJson {
  method: { shnsu: string | null };
  schools: { schoolId: string; flagged: boolean; shnsu: boolean | null; shnsuReasons: { source: string; value: unknown; text: string }[] }[];
}

const shnsuIds = (json: ClassifyJson) => json.schools.filter((s) => s.shnsu).map((s) => s.schoolId);

describe('classify --profile: ШНСУ', () => {
  it('threshold unset: only the column decides (DM-09, also ШНОР, and DM-23), and the output says so once', async () => {
    const dir = await tempDir();
    const { result, json } = await runCommandJson<ClassifyJson>('classify', ARGS, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(shnsuIds(json)).toEqual(['DM-09', 'DM-23']);
    const dm09 = json.schools.find((s) => s.schoolId === 'DM-09')!;
    expect(dm09).toMatchObject({ flagged: true, shnsu: true, shnsuReasons: [{ source: 'column', value: true, text: 'профиль: столбец «ШНСУ» — да' }] });
    // DM-13: ИСБШ 40,8 but «нет» in the column and no threshold → not ШНСУ
    expect(json.schools.find((s) => s.schoolId === 'DM-13')!.shnsu).toBe(false);
    expect(json.method.shnsu).toContain('shnsu.isbshBelow');
  });

  it('with shnsu.isbshBelow 50: DM-03, DM-13 and DM-17 join by ИСБШ, with the value and the threshold', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'shnor.config.json', JSON.stringify({ shnsu: { isbshBelow: 50 } }));
    const { result, json } = await runCommandJson<ClassifyJson>('classify', ARGS, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(shnsuIds(json)).toEqual(['DM-03', 'DM-09', 'DM-13', 'DM-17', 'DM-23']);
    expect(json.schools.find((s) => s.schoolId === 'DM-13')!.shnsuReasons.map((r) => r.text)).toEqual(['ИСБШ 40,8 ниже установленного порога 50']);
    expect(json.method.shnsu).toBeNull();
  });

  it('the terminal table: the ШНСУ summary line', async () => {
    const result = await runCommand('classify', ARGS);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('ШНОР: 8; ШНСУ: 2; и ШНОР, и ШНСУ: 1.');
  });

  it('without --profile every school is null, nothing said of ШНСУ in the table', async () => {
    const { json } = await runCommandJson<ClassifyJson>('classify', { inputs: [DISTRICT], year: 2025 });
    expect(new Set(json.schools.map((s) => s.shnsu))).toEqual(new Set([null]));
    expect((await runCommand('classify', { inputs: [DISTRICT], year: 2025 })).stdout).not.toContain('ШНСУ');
  });
});
