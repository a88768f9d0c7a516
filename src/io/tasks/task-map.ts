/**
 * Reads a task map (`--map`): a row per task — its number («№ задания», «№ по КИМу»), its position
 * in the work («№» beside «№ по КИМу»), maximum points («Макс балл», «Максимальный балл за
 * выполнение задания»), the checked requirement or skill («Проверяемые требования (умения)», «Умения,
 * виды деятельности …»), the content element («Элемент содержания», «Блоки ПООП …») and the level
 * («Уровень сложности»); FIOKO's description of a work gives several rows to one task (merged). The
 * work it describes comes from the title rows or the file name, when they name it. A folder holds a
 * map per work.
 */
import type { CellValue } from '../../model/cells.js';
import type { Issue } from '../../model/issues.js';
import { cellText, parseNumber } from '../../model/numbers.js';
import { normalizeTask, type TaskMap, type TaskSpec } from '../../model/tasks.js';
import { normalizeLabel } from '../../model/text.js';
import { isBlankRow, mapColumns, type ColumnMap } from '../layouts/columns.js';
import { readFileName, readTitles } from '../layouts/titles.js';
import type { LayoutContext, LayoutMatch, RowMapper } from '../layouts/types.js';
import { readTableFile } from '../read-table.js';
import { expandInputs } from '../source.js';
import { append } from '../../model/arrays.js';
import { TASK_MAP_EXACT_HEADERS, TASK_MAP_HEADER_PREFIXES } from '../vocabulary/headers.js';

export type MapField = 'task' | 'kim' | 'position' | 'max' | 'skill' | 'content' | 'level';

function fieldOf(header: string): MapField | null {
  const label = header.includes('№') ? header.trim().toLowerCase().replace(/\s+/g, ' ') : normalizeLabel(header);
  const normal = normalizeLabel(header);
  return TASK_MAP_EXACT_HEADERS[label] ?? TASK_MAP_EXACT_HEADERS[normal] ?? TASK_MAP_HEADER_PREFIXES.find(([prefix]) => normal.startsWith(prefix))?.[1] ?? null;
}

/**
 * The map's columns: beside «№ по КИМу» (the task's number in the work, «11.1»), a «№» is the
 * task's position (1…N, as an export's «балл за N» counts the task columns), not its number.
 */
function mapHeaders(headers: string[]): ColumnMap<MapField> {
  const map = mapColumns(headers, fieldOf);
  const kim = map.fields.get('kim');
  if (kim === undefined) return map;
  const fields = new Map(map.fields);
  const plain = fields.get('task');
  fields.delete('kim');
  fields.set('task', kim);
  if (plain === undefined) fields.delete('position');
  else fields.set('position', plain);
  return { ...map, fields };
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
    append(issues, load.issues);
  }
  return { maps, issues };
}

/** The title rows first, then the file name («ВПР 2023 Математика 5 класс.xlsx»). */
function workOf(titles: string[], file: string): { procedure: string | null; year: number | null } {
  const title = readTitles(titles);
  const name = readFileName(file);
  return { procedure: title.procedure ?? name.procedure, year: title.year ?? name.year };
}

function matchMap(headers: string[], onTitles: (titles: string[]) => void): LayoutMatch<TaskSpec> | null {
  const map = mapHeaders(headers);
  const { fields } = map;
  if (!fields.has('task') || !(fields.has('max') || fields.has('skill'))) return null;
  return {
    layout: 'task-map',
    score: fields.size,
    needsYear: false,
    start: (context, _headerRow, titles = []) => {
      onTitles(titles);
      return new MapReader(map, context);
    },
  };
}

/** A task as the map's rows give it: the first row's maximum and position, the texts of all its rows. */
interface MapEntry {
  task: string;
  row: number;
  position: number | null;
  max: number | null;
  texts: Record<'skill' | 'content' | 'level', string[]>;
}

/**
 * The rows of a sheet of the map, merged by task: a description of the work gives a task a row per
 * element of content and skill it checks (task 4 of ВПР математика 5 кл. has four), so the rows of
 * one task make one task, its skills, elements and levels joined, each once, in order. A maximum that
 * differs between the rows of one task is reported (the first row's stands); a position that differs,
 * or a position another task holds, leaves the row out.
 */
class MapReader implements RowMapper {
  private readonly tasks = new Map<string, MapEntry>();
  private readonly positions = new Map<number, MapEntry>();

  constructor(
    private readonly map: ColumnMap<MapField>,
    private readonly context: LayoutContext<TaskSpec>,
  ) {}

  row(cells: CellValue[], rowNumber: number): void {
    if (isBlankRow(cells)) return;
    const raw = this.text(cells, 'task');
    const task = raw === null ? null : normalizeTask(raw);
    if (task === null) {
      this.report(rowNumber, 'task', 'bad-task', { value: raw ?? '' });
      return;
    }
    const position = this.readPosition(cells, rowNumber);
    if (position === undefined) return;
    const max = this.readMax(cells, rowNumber);
    const known = this.tasks.get(task);
    if (known !== undefined && known.position !== position) {
      this.report(rowNumber, 'position', 'duplicate-task', { task, first: known.row, position: known.position ?? '' });
      return;
    }
    const holder = position === null ? undefined : this.positions.get(position);
    if (holder !== undefined && holder.task !== task) {
      this.report(rowNumber, 'position', 'duplicate-position', { position: position!, task: holder.task, first: holder.row });
      return;
    }
    const entry = known ?? this.add(task, position, max, rowNumber);
    if (max !== null && entry.max !== null && max !== entry.max) {
      this.report(rowNumber, 'max', 'task-max-differs', { task, max, first: entry.max, row: entry.row });
    }
    entry.max ??= max;
    for (const field of ['skill', 'content', 'level'] as const) {
      const text = this.text(cells, field);
      if (text !== null && !entry.texts[field].includes(text)) entry.texts[field].push(text);
    }
  }

  end(): void {
    for (const entry of this.tasks.values()) {
      const joined = (field: keyof MapEntry['texts']) => (entry.texts[field].length === 0 ? null : entry.texts[field].join('; '));
      this.context.emit({ task: entry.task, position: entry.position, max: entry.max, skill: joined('skill'), content: joined('content'), level: joined('level') });
    }
  }

  private add(task: string, position: number | null, max: number | null, row: number): MapEntry {
    const entry: MapEntry = { task, row, position, max, texts: { skill: [], content: [], level: [] } };
    this.tasks.set(task, entry);
    if (position !== null) this.positions.set(position, entry);
    return entry;
  }

  private text(cells: CellValue[], field: MapField): string | null {
    const index = this.map.fields.get(field);
    return index === undefined ? null : cellText(cells[index] ?? null);
  }

  /** The position 1, 2 …; null when the map has none; undefined (reported) when it is not a whole number from 1. */
  private readPosition(cells: CellValue[], rowNumber: number): number | null | undefined {
    const index = this.map.fields.get('position');
    if (index === undefined) return null;
    const value = parseNumber(cells[index] ?? null);
    if (value === null) return null;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
    this.report(rowNumber, 'position', 'bad-task', { value: String(cells[index]) });
    return undefined;
  }

  /** A maximum that is not a positive number is reported and left out; the task stays in the map. */
  private readMax(cells: CellValue[], rowNumber: number): number | null {
    const index = this.map.fields.get('max');
    if (index === undefined) return null;
    const cell = cells[index] ?? null;
    const value = parseNumber(cell);
    if (value === null || (value !== 'invalid' && value > 0)) return value;
    this.report(rowNumber, 'max', value === 'invalid' ? 'bad-number' : 'negative-count', { value: String(cell) });
    return null;
  }

  private report(row: number, field: MapField, code: 'bad-task' | 'duplicate-task' | 'duplicate-position' | 'task-max-differs' | 'bad-number' | 'negative-count', params: Record<string, string | number>): void {
    this.context.report({ row, column: this.map.headers[this.map.fields.get(field)!]!, code, params });
  }
}
