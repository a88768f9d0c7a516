/**
 * What `report` tells whoever runs it, on stderr. At a terminal: each step as it starts
 * («Чтение…», «Графики…») and at the end the files written with their sizes. Elsewhere (a script,
 * a scheduled job's log) only the one line naming report.html; with --quiet nothing. The input
 * problems and the sections without data are told whatever the mode: they are not progress.
 */
import { dirname } from 'node:path';
import type { ProgressStep } from '../app/env.js';
import { messagesOf, type Lang } from '../messages/index.js';
import { formatNumber } from '../report/format.js';
import type { WrittenFile } from './report-folder.js';

export type ReportTalk = 'steps' | 'line' | 'none';

export function reportTalk(stderr: { isTTY?: boolean }, quiet: boolean): ReportTalk {
  if (quiet) return 'none';
  return stderr.isTTY ? 'steps' : 'line';
}

/** The steps written as lines, each as it starts. */
export function stepsTo(stream: NodeJS.WritableStream, lang: Lang): (step: ProgressStep) => void {
  const texts = messagesOf(lang).report.progress;
  return (step) => void stream.write(`${texts[step]}\n`);
}

/** «Записано в DIR:», then a line a file — report.* by name, charts/*.svg together — with its size. */
export function writtenSummary(dir: string, files: WrittenFile[], lang: Lang): string {
  const r = messagesOf(lang).report;
  const charts = files.filter((f) => dirname(f.name) !== '.');
  const lines: [string, number][] = files.filter((f) => !charts.includes(f)).map((f) => [f.name, f.bytes]);
  if (charts.length > 0) lines.push([r.charts(charts.length), charts.reduce((sum, f) => sum + f.bytes, 0)]);
  const width = lines.reduce((widest, [name]) => Math.max(widest, name.length), 0);
  return `${r.written(dir)}\n${lines.map(([name, bytes]) => `  ${name.padEnd(width)} — ${sizeText(bytes, lang)}\n`).join('')}`;
}

/** A file's size as a file manager shows it: 1024 bytes a kilobyte, one decimal below 10 («1,2 МБ», «85 КБ», «512 Б»). */
export function sizeText(bytes: number, lang: Lang): string {
  const units = messagesOf(lang).report.sizeUnits;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? formatNumber(Math.round(value), lang) : formatNumber(value, lang, 1);
  return `${shown} ${units[unit]}`;
}
