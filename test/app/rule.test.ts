/**
 * The FIOKO rule through `classify`, run in-process: the inclusive 30% boundary decided on whole
 * pupils, criterion B with and without --same-procedure, and a school with data only in Y−1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { school, sortedLow, sortLow, type JsonReport } from './classify-json.js';
import { csv, tempDir, writeIn } from './files.js';
import { runCommandJson } from './run.js';

const HEADER = ['school_id', 'year', 'procedure', 'participants', 'fail_count'];

describe('the 30% boundary from counts (long layout)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    // Each school has one clearly low result (50%) in 2021 and one boundary result in 2021:
    // with no 2020 data, the school is flagged (criterion A) exactly when the boundary result is low.
    await writeIn(
      dir,
      'boundary.csv',
      csv([
        HEADER,
        ['b3of10', 2021, 'VPR-MA-5', 10, 3], //   3*100 = 300 >= 30*10 = 300 → low (exactly 30%)
        ['b3of10', 2021, 'VPR-RU-5', 10, 5], //   5/10 = 50% → low
        ['b21of70', 2021, 'OGE-MA', 70, 21], //   21*100 = 2100 >= 30*70 = 2100 → low (exactly 30%)
        ['b21of70', 2021, 'OGE-RU', 70, 35], //   35/70 = 50% → low
        ['b33of110', 2021, 'EGE-MA-B', 110, 33], // 33*100 = 3300 >= 30*110 = 3300 → low (exactly 30%)
        ['b33of110', 2021, 'VPR-MA-6', 110, 55], // 55/110 = 50% → low
        ['b29of100', 2021, 'VPR-RU-6', 100, 29], // 29*100 = 2900 < 30*100 = 3000 → NOT low (29%)
        ['b29of100', 2021, 'VPR-MA-5', 100, 50], // 50% → low; only 1 low in 2021 → not flagged
      ]),
    );
    // Shares only (no counts): the percentage itself is compared, inclusively.
    await writeIn(
      dir,
      'shares.csv',
      csv([
        ['school_id', 'year', 'procedure', 'fail_pct'],
        ['p30', 2021, 'VPR-MA-5', 30], //      30 >= 30 → low
        ['p30', 2021, 'VPR-RU-5', 40], //      40 >= 30 → low → 2 low → A
        ['p2999', 2021, 'VPR-MA-5', 29.99], // 29.99 < 30 → not low
        ['p2999', 2021, 'VPR-RU-5', 40], //    low; only 1 → not flagged
      ]),
    );
  });

  it('3/10, 21/70 and 33/110 are low (exactly 30%), 29/100 is not', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['boundary.csv'], year: 2021 }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.issues).toEqual([]);

    const b3 = school(json, 'b3of10');
    expect(b3.flagged).toBe(true);
    expect(b3.criteria).toEqual(['A']);
    expect(sortedLow(b3)).toEqual(
      sortLow([
        { year: 2021, procedure: 'VPR-MA-5', participants: 10, failed: 3, failShare: 30 }, // 3/10 = 30.00%
        { year: 2021, procedure: 'VPR-RU-5', participants: 10, failed: 5, failShare: 50 }, // 5/10 = 50.00%
      ]),
    );

    const b21 = school(json, 'b21of70');
    expect(b21.flagged).toBe(true);
    expect(b21.criteria).toEqual(['A']);
    expect(sortedLow(b21)).toEqual(
      sortLow([
        { year: 2021, procedure: 'OGE-MA', participants: 70, failed: 21, failShare: 30 }, // 21/70 = 30.00%
        { year: 2021, procedure: 'OGE-RU', participants: 70, failed: 35, failShare: 50 }, // 35/70 = 50.00%
      ]),
    );

    const b33 = school(json, 'b33of110');
    expect(b33.flagged).toBe(true);
    expect(b33.criteria).toEqual(['A']);
    expect(sortedLow(b33)).toEqual(
      sortLow([
        { year: 2021, procedure: 'EGE-MA-B', participants: 110, failed: 33, failShare: 30 }, // 33/110 = 30.00%
        { year: 2021, procedure: 'VPR-MA-6', participants: 110, failed: 55, failShare: 50 }, // 55/110 = 50.00%
      ]),
    );

    const b29 = school(json, 'b29of100');
    expect(b29.flagged).toBe(false);
    expect(b29.criteria).toEqual([]);
    // only the 50/100 result is low; 29/100 = 29.00% is not listed
    expect(b29.lowResults).toEqual([{ year: 2021, procedure: 'VPR-MA-5', participants: 100, failed: 50, failShare: 50 }]);
    expect(b29.notes.length).toBeGreaterThan(0);
  });

  it('a share given as a percentage: 30 is low, 29.99 is not', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['shares.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2021); // the latest year in the data
    const p30 = school(json, 'p30');
    expect(p30.flagged).toBe(true);
    expect(p30.criteria).toEqual(['A']);
    expect(sortedLow(p30)).toEqual(
      sortLow([
        { year: 2021, procedure: 'VPR-MA-5', participants: null, failed: null, failShare: 30 },
        { year: 2021, procedure: 'VPR-RU-5', participants: null, failed: null, failShare: 40 },
      ]),
    );
    const p2999 = school(json, 'p2999');
    expect(p2999.flagged).toBe(false);
    expect(p2999.lowResults).toEqual([{ year: 2021, procedure: 'VPR-RU-5', participants: null, failed: null, failShare: 40 }]);
  });

  it('--threshold moves the boundary: at 50, 5/10 is low and 3/10 is not', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['boundary.csv'], threshold: 50 }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.method.threshold).toBe(50);
    // b3of10: 3/10 = 30% < 50 (not low), 5/10 = 50% >= 50 (low) → 1 low → not flagged
    const b3 = school(json, 'b3of10');
    expect(b3.flagged).toBe(false);
    expect(b3.lowResults).toEqual([{ year: 2021, procedure: 'VPR-RU-5', participants: 10, failed: 5, failShare: 50 }]);
  });
});

describe('criterion B and --same-procedure', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    // Target year Y = 2021 («2020-2021»); Y−1 = 2020 («2019/2020»).
    await writeIn(
      dir,
      'two-years.csv',
      csv([
        HEADER,
        // diff: one low in Y (VPR-MA-5 5/10 = 50%) and one low in Y−1 in ANOTHER procedure (VPR-RU-5 4/10 = 40%)
        ['diff', '2020-2021', 'VPR-MA-5', 10, 5],
        ['diff', '2020-2021', 'OGE-MA', 10, 1], //  1/10 = 10% → not low
        ['diff', '2019/2020', 'VPR-RU-5', 10, 4],
        // same: OGE-RU low in both years (40/100 = 40%, 35/100 = 35%)
        ['same', '2020-2021', 'OGE-RU', 100, 40],
        ['same', '2019/2020', 'OGE-RU', 100, 35],
        // prevonly: two low results, but only in Y−1 (5/10 = 50% each) → nothing in Y
        ['prevonly', '2019/2020', 'VPR-MA-5', 10, 5],
        ['prevonly', '2019/2020', 'VPR-RU-5', 10, 5],
      ]),
    );
  });

  it('without --same-procedure: low in Y and low in Y−1 in different procedures → B', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['two-years.csv'], year: 2021 }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2021);
    expect(json.method.sameProcedure).toBe(false);

    const diff = school(json, 'diff');
    expect(diff.flagged).toBe(true);
    expect(diff.criteria).toEqual(['B']); // 1 low in Y is not enough for A
    expect(sortedLow(diff)).toEqual(
      sortLow([
        { year: 2021, procedure: 'VPR-MA-5', participants: 10, failed: 5, failShare: 50 },
        { year: 2020, procedure: 'VPR-RU-5', participants: 10, failed: 4, failShare: 40 },
      ]),
    );

    const same = school(json, 'same');
    expect(same.flagged).toBe(true);
    expect(same.criteria).toEqual(['B']);
    expect(sortedLow(same)).toEqual(
      sortLow([
        { year: 2021, procedure: 'OGE-RU', participants: 100, failed: 40, failShare: 40 },
        { year: 2020, procedure: 'OGE-RU', participants: 100, failed: 35, failShare: 35 },
      ]),
    );
  });

  it('with --same-procedure: different procedures → not flagged; the same procedure → still B', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['two-years.csv'], year: 2021, sameProcedure: true }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.method.sameProcedure).toBe(true);

    const diff = school(json, 'diff');
    expect(diff.flagged).toBe(false);
    expect(diff.criteria).toEqual([]);
    expect(diff.notes.length).toBeGreaterThan(0);

    const same = school(json, 'same');
    expect(same.flagged).toBe(true);
    expect(same.criteria).toEqual(['B']);
  });

  it('a school with results only in Y−1 is not flagged and gets a note naming 2020/2021 (ru)', async () => {
    for (const extra of [{}, { sameProcedure: true }]) {
      const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['two-years.csv'], year: 2021, ...extra }, { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      const prev = school(json, 'prevonly');
      expect(prev.flagged).toBe(false);
      expect(prev.criteria).toEqual([]);
      expect(prev.notes.length).toBeGreaterThan(0);
      expect(prev.notes.some((n) => n.includes('2020/2021')), prev.notes.join(' | ')).toBe(true);
      expect(prev.notes.join(' ')).toMatch(/[а-яё]/i); // Russian by default
    }
  });

  it('the same note in English with --lang en', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['two-years.csv'], year: 2021 }, { cwd: dir, lang: 'en' });
    expect(result.code, result.stderr).toBe(0);
    const prev = school(json, 'prevonly');
    expect(prev.flagged).toBe(false);
    expect(prev.notes.length).toBeGreaterThan(0);
    expect(prev.notes.some((n) => n.includes('2020/2021')), prev.notes.join(' | ')).toBe(true);
    const text = prev.notes.join(' ');
    expect(text).toMatch(/\b(no|not)\b/i);
    expect(text).not.toMatch(/[а-яё]/i); // no Russian words left in the English notes
  });

  it('the target year defaults to the latest year in the data (2021)', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['two-years.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2021);
    expect(school(json, 'diff').criteria).toEqual(['B']);
  });
});

describe('the notes read as Russian', () => {
  /** The Russian plural of «результат» after a number: 1 результат, 2–4 результата, 5–20 результатов. */
  function resultWord(n: number): string {
    const last = n % 10;
    const lastTwo = n % 100;
    if (last === 1 && lastTwo !== 11) return 'результат';
    if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 'результата';
    return 'результатов';
  }

  it('«N низких результатов» agrees with N (2, 4, 5 and 8 low results)', async () => {
    const dir = await tempDir();
    const procedures = ['VPR-MA-5', 'VPR-MA-6', 'VPR-RU-5', 'VPR-RU-6', 'OGE-MA', 'OGE-RU', 'EGE-MA-B', 'EGE-MA-P'];
    const rows: (string | number)[][] = [HEADER];
    // school «lowN» has N results of 5/10 = 50% (all low) in 2021 → criterion A with N low results
    for (const n of [2, 4, 5, 8]) for (const procedure of procedures.slice(0, n)) rows.push([`low${n}`, 2021, procedure, 10, 5]);
    await writeIn(dir, 'many.csv', csv(rows));
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['many.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    for (const n of [2, 4, 5, 8]) {
      const s = school(json, `low${n}`);
      expect(s.criteria).toEqual(['A']);
      expect(s.lowResults).toHaveLength(n);
      const text = s.notes.join('\n');
      const counted = [...text.matchAll(/(\d+) низк\S* (результат[а-я]*)/g)];
      expect(counted.length, text).toBeGreaterThan(0);
      for (const [, number, word] of counted) expect(word, `«${number} … ${word}» in: ${text}`).toBe(resultWord(Number(number)));
    }
  });
});
