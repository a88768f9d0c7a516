/**
 * shnor objectivity as a user runs it: the built binary on a small per-pupil export of the real shape
 * (ВПР 2021 математика 5 кл.: «3» from 7). One school of 20 pupils: 10 with 7 points and journal «3»
 * (подтвердили), 10 with 12 points and «3» (повысили).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { media, openDocx, paragraphs } from '../report/docx-read.js';
import { cliEnv, runCli, runJson, tempDir, writeIn } from './run-cli.js';

const NAME = 'Проведение работы по математике, 5 класс. ВПР 2021.csv';
const rows = (count: number, total: number) =>
  Array.from({ length: count }, (_, i) => `sch220001;город Барнаул;${50001 + i};3;а;1;${total};${Math.min(total, 10)};${total - Math.min(total, 10)}`);
const EXPORT = ['логин школы;регион;код обучающегося;отметка за предыдущую четверть/триместр;класс;вариант;всего баллов;балл за 1;балл за 2', ...rows(10, 7), ...rows(10, 12)].join('\n');

describe('shnor objectivity (binary)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, NAME, EXPORT);
  });

  it('exit 0; the JSON gives 0 / 10 / 10 of 20', async () => {
    const { result, json } = await runJson<{ works: { groups: { journal: { compared: number; confirmed: { count: number }; raised: { count: number } } }[] }[] }>(
      ['objectivity', NAME, '--format', 'json'], { cwd: dir },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(json.works[0]!.groups[0]!.journal).toMatchObject({ compared: 20, confirmed: { count: 10 }, raised: { count: 10 } });
  });

  it('--by teacher: exit 2 naming the one value it takes', async () => {
    const result = await runCli(['objectivity', NAME, '--by', 'teacher'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--by');
    expect(result.stderr).toContain('class');
  });

  it('-o x.html: the journal chart and the school\'s score histogram drawn inline as SVG, with the «3» boundary', async () => {
    const result = await runCli(['objectivity', NAME, '-o', 'o.html'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(join(dir, 'o.html'), 'utf8');
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain('Отметки ВПР и отметки по журналу: ВПР Математика 5 кл., 2020/2021 уч. г.');
    expect(html).toContain('Первичные баллы: sch220001, ВПР Математика 5 кл., 2020/2021 уч. г.');
  });

  it('-o x.docx without Chromium: exit 0, the document written, a note in place of each chart and a warning', async () => {
    const result = await runCli(['objectivity', NAME, '-o', 'o.docx'], { cwd: dir, env: cliEnv({ SHNOR_CHROMIUM: '/nonexistent' }) });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('SHNOR_CHROMIUM=/nonexistent');
    expect(result.stderr).toContain('o.docx');
    const docx = await openDocx(readFileSync(join(dir, 'o.docx')));
    expect(media(docx, 'png')).toHaveLength(0);
    const notes = paragraphs(docx.xml).filter((p) => p.text.includes('График не вставлен (нет Chromium): он есть в выводе HTML.'));
    expect(notes).toHaveLength(2);
    expect(paragraphs(docx.xml).some((p) => p.text === 'Сравнение отметок ВПР с отметками по журналу')).toBe(true);
  });

  it('-o x.md: no chart links (a single file has no charts folder), the tables all there', async () => {
    const result = await runCli(['objectivity', NAME, '-o', 'o.md'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const md = readFileSync(join(dir, 'o.md'), 'utf8');
    expect(md).not.toContain('charts/');
    expect(md).toContain('## Распределение первичных баллов');
  });
});
