/**
 * School codes and names that are markup, a path or a formula, through `report` built and run as
 * the binary: chart files stay inside the report folder, the HTML report runs no script, Markdown
 * passes no HTML, XLSX and DOCX keep the text as it is. The other commands' renderers, in-process:
 * test/app/hostile-output.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { elementsOf, LINK, LIVE, RESULTS, SCHOOLS, tagsOf } from '../app/hostile.js';
import { openDocx, paragraphs } from '../report/docx-read.js';
import { cliEnv, runCli, STACK_LINE, tempDir } from './run-cli.js';

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
    expect(html.match(/<table[ >]/g)?.length).toBe(html.match(/<\/table>/g)?.length);
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
