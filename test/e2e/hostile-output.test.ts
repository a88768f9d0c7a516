/**
 * School codes and names that are markup, a path or a formula, through every renderer: the HTML
 * report runs no script, Markdown passes no HTML, chart files stay inside the report folder, XLSX
 * and DOCX keep the text as it is, CSV neutralises formulas and keeps the rest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDocx, paragraphs } from '../report/docx-read.js';
import { cliEnv, runCli, STACK_LINE, tempDir } from './run-cli.js';

const SCRIPT_CODE = 'x"><img src=x onerror=alert(1)><b a="';
const SCRIPT_NAME = 'Школа </table><b>жирная</b> | труба & Co';
const PATH_CODE = 'a/../../../../victim-dir/logo';
const PATH_NAME = '<script>alert(2)</script>';
const FORMULA_CODE = '=1+2';
const FORMULA_NAME = '@SUM(A1)';
const LINK_CODE = 'link';
const LINK_NAME = '[жми](javascript:alert(5))';
const SCHOOLS: [string, string][] = [[SCRIPT_CODE, SCRIPT_NAME], [PATH_CODE, PATH_NAME], [FORMULA_CODE, FORMULA_NAME], [LINK_CODE, LINK_NAME]];

// Every school 8/20 = 40% «2» in both procedures of 2024 and 2025: low four times, flagged (A and B),
// so each has a dynamics chart named for its code.
const RESULTS = Papa.unparse([
  ['school_id', 'school_name', 'year', 'procedure', 'participants', 'fail_count'],
  ...SCHOOLS.flatMap(([code, name]) => [2024, 2025].flatMap((year) => ['VPR-MA-5', 'VPR-RU-5'].map((p) => [code, name, year, p, 20, 8]))),
], { newline: '\n' });

/** Markup the data would bring if it were written raw: a tag of its own, or an event handler. */
const LIVE = /<(img|script|b)[\s>]/i;

/**
 * The elements of an HTML text, each tag's name and attribute names: a value that closed its
 * quotes early would show as attributes named by the data («><img», «onerror»).
 */
function elementsOf(html: string): { tag: string; attributes: string[] }[] {
  const tag = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
  return [...html.matchAll(tag)].map((m) => ({
    tag: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(/\s+([^\s=>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g)].map((a) => a[1]!.toLowerCase()),
  }));
}

/** A Markdown link of the data: «[» not escaped, then «](javascript:». */
const LINK = /(^|[^\\])\[[^\]\\]*\]\(javascript:/m;

/** The tags of a Markdown text outside its code spans (where «<» is not markup). */
const tagsOf = (text: string) => [...new Set([...withoutCode(text).matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase()))];
const withoutCode = (text: string) => text.replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, '');

describe('hostile codes and names through `report`', () => {
  let root: string;
  let out: string;
  let stderr: string;
  let code: number | null;

  beforeAll(async () => {
    root = await tempDir();
    out = join(root, 'deep', 'er', 'out');
    await mkdir(join(root, 'deep', 'er'), { recursive: true });
    await writeFile(join(root, 'results.csv'), RESULTS);
    const result = await runCli(['report', 'results.csv', '--docx', '-o', out], { cwd: root, env: cliEnv({ SHNOR_CHROMIUM: '/nonexistent' }), timeoutMs: 120_000 });
    ({ stderr, code } = result);
  }, 180_000);

  it('exits 0 and writes nothing outside the report folder', () => {
    expect(code, stderr).toBe(0);
    expect(stderr).not.toMatch(STACK_LINE);
    // «charts/a/../../../../victim-dir/logo.svg» would land in root/deep/victim-dir or beside it
    for (const dir of [root, join(root, 'deep'), join(root, 'deep', 'er')]) expect(existsSync(join(dir, 'victim-dir')), dir).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['deep', 'results.csv']);
    expect(readdirSync(join(root, 'deep', 'er'))).toEqual(['out']);
  });

  it('names each chart file by a slug of the code: letters, digits, «-», «_»', () => {
    const charts = readdirSync(join(out, 'charts')).sort();
    for (const chart of charts) expect(chart).toMatch(/^[\p{L}\p{N}_-]+\.svg$/u);
    // «years-» + the code with every run of other characters made one «-», ends trimmed
    expect(charts).toContain('years-a-victim-dir-logo.svg');
    expect(charts).toContain('years-x-img-src-x-onerror-alert-1-b-a.svg');
    expect(charts).toContain('years-1-2.svg');
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const chart of charts) {
      expect(md).toContain(`(charts/${chart})`);
      expect(html).toContain(`data-chart="${chart.replace(/\.svg$/, '')}"`);
    }
  });

  it('report.html: the codes and names are text, no element or handler of theirs', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toMatch(LIVE);
    const elements = elementsOf(html);
    expect(elements.length).toBeGreaterThan(100);
    for (const { tag, attributes } of elements) {
      expect(['img', 'script', 'b', 'iframe']).not.toContain(tag);
      for (const name of attributes) expect(name, `<${tag} ${name}=…>`).toMatch(/^[a-z][a-z0-9:-]*$/);
      expect(attributes.filter((a) => a.startsWith('on')), tag).toEqual([]);
    }
    expect(html.match(/<table>/g)?.length).toBe(html.match(/<\/table>/g)?.length);
    expect(html).toContain('x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;b a=&quot;');
    expect(html).toContain('Школа &lt;/table&gt;&lt;b&gt;жирная&lt;/b&gt; | труба &amp; Co');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('report.md: no HTML but its own line breaks, and every table row keeps its cells', () => {
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    for (const tag of tagsOf(md)) expect(tag).toBe('br');
    expect(md).not.toMatch(LINK);
    expect(md).toContain('\\[жми\\](javascript:alert(5))');
    expect(md).toContain('Школа &lt;/table&gt;&lt;b&gt;жирная&lt;/b&gt; \\| труба &amp; Co');
    // in each table, every row has as many cells (unescaped «|») as its header
    for (const block of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const counts = block.split('\n').map((line) => line.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size, block).toBe(1);
    }
  });

  it('report.xlsx and report.docx keep the codes and names as they are, formulas as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'report.xlsx'));
    const strings: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === 'string') strings.push(cell.value);
    })));
    for (const [code, name] of SCHOOLS) {
      expect(strings).toContain(code);
      expect(strings).toContain(name);
    }
    const docx = await openDocx(readFileSync(join(out, 'report.docx')));
    expect(() => new SaxesParser().write(docx.xml).close()).not.toThrow();
    const texts = paragraphs(docx.xml).map((p) => p.text);
    for (const [code, name] of SCHOOLS) {
      expect(texts).toContain(code);
      expect(texts).toContain(name);
    }
  });
});

describe('hostile codes and names through the other commands', () => {
  // the file's name is markup too: it shows in every issue line (the row 21/20 below is one)
  const FILE = '<img src=x onerror=alert(3)>.csv';
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeFile(join(dir, FILE), `${RESULTS}\n<b>bad</b>,Школа,2025,VPR-MA-5,20,21\n`);
    await writeFile(join(dir, 'draft.csv'), 'Код ОО;Наименование ОО\n<b>нет такой</b>;<script>alert(4)</script>\n');
  });

  // recommend and targets list no input problems, so show no file name
  for (const [command, named, ...more] of [
    ['classify', 'named'], ['score', 'named'], ['cluster', 'named'], ['dynamics', 'named'], ['recommend', ''], ['check', '', '--list', 'draft.csv'],
    ['targets', ''], ['inspect', 'named'],
  ] as string[][]) {
    it(`${command} --format md: no HTML but line breaks`, async () => {
      const result = await runCli([command!, FILE, ...more, '--format', 'md'], { cwd: dir });
      expect([0, 1], result.stderr).toContain(result.code);
      if (named) expect(result.stdout).toContain('&lt;img src=x onerror=alert(3)&gt;.csv');
      if (command === 'check') expect(result.stdout).toContain('&lt;b&gt;нет такой&lt;/b&gt; — &lt;script&gt;alert(4)&lt;/script&gt;');
      expect(withoutCode(result.stdout)).not.toMatch(LIVE);
      expect(withoutCode(result.stdout)).not.toMatch(LINK);
      for (const tag of tagsOf(result.stdout)) expect(tag).toBe('br');
    });
  }

  it('classify --format md: the codes and names escaped in their cells', async () => {
    const result = await runCli(['classify', FILE, '--format', 'md'], { cwd: dir });
    const rows = result.stdout.split('\n').filter((line) => line.startsWith('| '));
    expect(rows.some((r) => r.startsWith('| x"&gt;&lt;img src=x onerror=alert(1)&gt;&lt;b a=" | Школа &lt;/table&gt;&lt;b&gt;жирная&lt;/b&gt; \\| труба &amp; Co |'))).toBe(true);
    expect(rows.some((r) => r.startsWith('| a/../../../../victim-dir/logo | &lt;script&gt;alert(2)&lt;/script&gt; |'))).toBe(true);
  });

  it('classify -o list.csv: formulas neutralised with «\'», everything else as it is', async () => {
    const result = await runCli(['classify', FILE, '-o', 'list.csv'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const rows = Papa.parse<string[]>(readFileSync(join(dir, 'list.csv'), 'utf8'), { skipEmptyLines: true }).data;
    const cells = rows.slice(1).map((r) => [r[0], r[1]]);
    expect(cells).toEqual(expect.arrayContaining([[SCRIPT_CODE, SCRIPT_NAME], [PATH_CODE, PATH_NAME], ["'=1+2", "'@SUM(A1)"]]));
  });

  it('classify -o list.xlsx: every code and name stored as it is, a string, never a formula', async () => {
    const result = await runCli(['classify', FILE, '-o', 'list.xlsx'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'list.xlsx'));
    const sheet = workbook.worksheets[0]!;
    const cells: [unknown, unknown][] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
      cells.push([row.getCell(1).value, row.getCell(2).value]);
    });
    expect(cells).toEqual(expect.arrayContaining(SCHOOLS));
  });
});
