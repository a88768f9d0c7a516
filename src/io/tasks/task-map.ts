/**
 * Reads a task map (`--map`): a row per task — its number («№ задания»), maximum points
 * («Макс балл»), the checked requirement or skill («Проверяемые требования (умения)»), the content
 * element («Элемент содержания», «Блоки ПООП …») and the level («Уровень»). The work it describes
 * comes from the title rows or the file name, when they name it. A folder holds a map per work.
 */
import { basename } from 'node:path';
import type { CellValue } from '../../model/cells.js';
import type { Issue } from '../../model/issues.js';
import { cellText, parseNumber } from '../../model/numbers.js';
import { normalizeTask, type TaskMap, type TaskSpec } from '../../model/tasks.js';
import { normalizeLabel } from '../../model/text.js';
import { isBlankRow, mapColumns, type ColumnMap } from '../layouts/columns.js';
import { readTitles } from '../layouts/titles.js';
import type { LayoutContext, LayoutMatch } from '../layouts/types.js';
import { readTableFile } from '../read-table.js';
import { expandInputs } from '../source.js';

type MapField = 'task' | 'max' | 'skill' | 'content' | 'level';

/** Exact labels, and starts of the long ones («блоки пооп ноо …», «проверяемые требования …»). */
const EXACT: Record<string, MapField> = {
  'задание': 'task', 'задания': 'task', '№': 'task', '№ задания': 'task', 'номер задания': 'task', 'task': 'task', 'no': 'task',
  'макс балл': 'max', 'максимальный балл': 'max', 'максимальный первичный балл': 'max', 'макс первичный балл': 'max', 'max': 'max', 'балл': 'max',
  'умения': 'skill', 'умение': 'skill', 'проверяемое умение': 'skill', 'проверяемые умения': 'skill', 'skill': 'skill',
  'элемент содержания': 'content', 'элементы содержания': 'content', 'проверяемый элемент содержания': 'content', 'проверяемые элементы содержания': 'content', 'content': 'content',
  'уровень': 'level', 'уровень сложности': 'level', 'level': 'level',
};
const PREFIXES: [string, MapField][] = [['проверяемые требования', 'skill'], ['блоки пооп', 'content'], ['элемент содержания', 'content']];

function fieldOf(header: string): MapField | null {
  const label = header.includes('№') ? header.trim().toLowerCase().replace(/\s+/g, ' ') : normalizeLabel(header);
  return EXACT[label] ?? EXACT[normalizeLabel(header)] ?? PREFIXES.find(([prefix]) => label.startsWith(prefix))?.[1] ?? null;
}

export interface TaskMapLoad {
  map: TaskMap;
  issues: Issue[];
}

export async function loadTaskMap(file: string): Promise<TaskMapLoad> {
  const specs: TaskSpec[] = [];
  const issues: Issue[] = [];
  let work: { procedure: string | null; year: number | null } = { procedure: null, year: null };
  const match = (headers: string[]) => matchMap(headers, (titles) => (work = workOf(titles, file)));
  await readTableFile<TaskSpec>(file, { match, noHeaderCode: 'no-task-map-header', year: null, minScores: {} }, specs, issues);
  return { map: { ...work, tasks: specs, file }, issues };
}

/** Every map of the inputs (files, folders of maps, globs), with the issues of all. */
export async function loadTaskMaps(inputs: string[]): Promise<{ maps: TaskMap[]; issues: Issue[] }> {
  const maps: TaskMap[] = [];
  const issues: Issue[] = [];
  for (const file of await expandInputs(inputs)) {
    const load = await loadTaskMap(file);
    maps.push(load.map);
    issues.push(...load.issues);
  }
  return { maps, issues };
}

/** The title rows first, then the file name («ВПР 2023 Математика 5 класс.xlsx»). */
function workOf(titles: string[], file: string): { procedure: string | null; year: number | null } {
  const title = readTitles(titles);
  const name = readTitles([basename(file).replace(/\.[^.]+$/, '')]);
  return { procedure: title.procedure ?? name.procedure, year: title.year ?? name.year };
}

function matchMap(headers: string[], onTitles: (titles: string[]) => void): LayoutMatch<TaskSpec> | null {
  const map = mapColumns(headers, fieldOf);
  const { fields } = map;
  if (!fields.has('task') || !(fields.has('max') || fields.has('skill'))) return null;
  return {
    layout: 'task-map',
    score: fields.size,
    needsYear: false,
    start: (context, _headerRow, titles = []) => {
      onTitles(titles);
      const seen = new Map<string, number>();
      return { row: (cells, rowNumber) => readSpec(cells, rowNumber, map, context, seen), end() {} };
    },
  };
}

function readSpec(cells: CellValue[], rowNumber: number, map: ColumnMap<MapField>, context: LayoutContext<TaskSpec>, seen: Map<string, number>): void {
  if (isBlankRow(cells)) return;
  const text = (field: MapField) => {
    const index = map.fields.get(field);
    return index === undefined ? null : cellText(cells[index] ?? null);
  };
  const header = (field: MapField) => map.headers[map.fields.get(field)!]!;
  const raw = text('task');
  const task = raw === null ? null : normalizeTask(raw);
  if (task === null) {
    context.report({ row: rowNumber, column: header('task'), code: 'bad-task', params: { value: raw ?? '' } });
    return;
  }
  const first = seen.get(task);
  if (first !== undefined) {
    context.report({ row: rowNumber, column: header('task'), code: 'duplicate-task', params: { task, first } });
    return;
  }
  seen.set(task, rowNumber);
  context.emit({ task, max: readMax(cells, rowNumber, map, context), skill: text('skill'), content: text('content'), level: text('level') });
}

/** A maximum that is not a positive number is reported and left out; the task stays in the map. */
function readMax(cells: CellValue[], rowNumber: number, map: ColumnMap<MapField>, context: LayoutContext<TaskSpec>): number | null {
  const index = map.fields.get('max');
  if (index === undefined) return null;
  const cell = cells[index] ?? null;
  const value = parseNumber(cell);
  if (value === null || (value !== 'invalid' && value > 0)) return value;
  const code = value === 'invalid' ? 'bad-number' : 'negative-count';
  context.report({ row: rowNumber, column: map.headers[index]!, code, params: { value: String(cell) } });
  return null;
}
