/** The output format: --format first, then -o's extension; an extension no renderer writes is a usage error (issue 19). */
import { describe, expect, it } from 'vitest';
import { chooseFormat } from '../../src/cli/emit.js';

describe('chooseFormat', () => {
  it('takes --format, else the extension of -o, else the terminal table', () => {
    expect(chooseFormat({})).toBe('table');
    expect(chooseFormat({ output: 'list.xlsx' })).toBe('xlsx');
    expect(chooseFormat({ output: 'list.MD' })).toBe('md');
    expect(chooseFormat({ output: 'list.html' })).toBe('html');
    expect(chooseFormat({ output: 'list.csv', format: 'json' })).toBe('json');
    expect(chooseFormat({ output: 'list.txt', format: 'table' })).toBe('table');
  });

  it('refuses an -o whose extension no renderer writes, naming the extensions it knows', () => {
    for (const output of ['list.pdf', 'list.txt', 'list']) {
      expect(() => chooseFormat({ output })).toThrow(expect.objectContaining({ code: 'bad-option', params: expect.objectContaining({ option: '-o', value: output }) }));
    }
    expect(() => chooseFormat({ output: 'list.pdf' })).toThrow(expect.objectContaining({ params: expect.objectContaining({ expected: expect.stringContaining('.csv, .md, .markdown, .json, .xlsx, .html, .htm') }) }));
  });
});
