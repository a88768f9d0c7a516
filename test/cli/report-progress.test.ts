/**
 * What `report` says on stderr (src/cli/report-progress.ts): when it says its steps, the steps'
 * lines, the list of files written and their sizes — each size worked out by hand from the bytes.
 * The binary at a terminal and through a pipe: test/e2e/report-progress.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { reportTalk, sizeText, stepsTo, writtenSummary } from '../../src/cli/report-progress.js';

describe('sizeText', () => {
  it('bytes below 1000 as bytes; 1024 bytes a kilobyte; one decimal below 10, whole numbers from 10', () => {
    expect(sizeText(0, 'ru')).toBe('0 Б');
    expect(sizeText(512, 'ru')).toBe('512 Б');
    expect(sizeText(999, 'ru')).toBe('999 Б');
    // 1000 / 1024 = 0,98 → «1 КБ», never «1000 Б»
    expect(sizeText(1000, 'ru')).toBe('1 КБ');
    // 1536 / 1024 = 1,5
    expect(sizeText(1536, 'ru')).toBe('1,5 КБ');
    // 85 × 1024 = 87 040
    expect(sizeText(87_040, 'ru')).toBe('85 КБ');
    // 1,2 × 1024² = 1 258 291,2
    expect(sizeText(1_258_291, 'ru')).toBe('1,2 МБ');
    expect(sizeText(10 * 1024 * 1024, 'ru')).toBe('10 МБ');
    // 3 × 1024³
    expect(sizeText(3 * 1024 ** 3, 'ru')).toBe('3 ГБ');
  });

  it('in English with a decimal point', () => {
    expect(sizeText(1_258_291, 'en')).toBe('1.2 MB');
    expect(sizeText(512, 'en')).toBe('512 B');
    expect(sizeText(87_040, 'en')).toBe('85 KB');
  });
});

describe('writtenSummary', () => {
  const files = [
    { name: 'report.md', bytes: 87_040 },
    { name: 'report.html', bytes: 1_258_291 },
    { name: 'charts/a.svg', bytes: 1024 },
    { name: 'charts/b.svg', bytes: 2048 },
    { name: 'report.pdf', bytes: 512 },
  ];

  it('the folder, then each report.* file in the order written and the charts on one line, names padded to one width', () => {
    expect(writtenSummary('out', files, 'ru')).toBe([
      'Записано в out:',
      '  report.md        — 85 КБ',
      '  report.html      — 1,2 МБ',
      '  report.pdf       — 512 Б',
      '  charts/*.svg (2) — 3 КБ',
      '',
    ].join('\n'));
  });

  it('in English', () => {
    expect(writtenSummary('out', files, 'en').split('\n')[0]).toBe('Written to out:');
    expect(writtenSummary('out', files, 'en')).toContain('  report.html      — 1.2 MB\n');
  });

  it('no charts line without charts', () => {
    expect(writtenSummary('out', [{ name: 'report.md', bytes: 10 }], 'ru')).toBe('Записано в out:\n  report.md — 10 Б\n');
  });
});

describe('reportTalk and stepsTo', () => {
  it('steps at a terminal; one line through a pipe or into a file; nothing with --quiet, terminal or not', () => {
    expect(reportTalk({ isTTY: true }, false)).toBe('steps');
    expect(reportTalk({ isTTY: false }, false)).toBe('line');
    expect(reportTalk({}, false)).toBe('line');
    expect(reportTalk({ isTTY: true }, true)).toBe('none');
    expect(reportTalk({}, true)).toBe('none');
  });

  it('a step is its line, in the language given', () => {
    const lines: string[] = [];
    const stream = { write: (chunk: string) => lines.push(chunk) > 0 } as unknown as NodeJS.WritableStream;
    stepsTo(stream, 'ru')('read');
    stepsTo(stream, 'ru')('pdf');
    stepsTo(stream, 'en')('charts');
    expect(lines).toEqual(['Чтение…\n', 'PDF…\n', 'Charts…\n']);
  });
});
