import { describe, expect, it } from 'vitest';
import { loadTaskMap, loadTaskMaps } from '../../../src/io/tasks/load.js';
import { removeTempDirs, tempDir, writeTemp } from '../helpers.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll } from 'vitest';

afterAll(removeTempDirs);

describe('task maps', () => {
  it('reads the map of ВПР 2023 математика 5 класс: maximums, skills, content elements, levels', async () => {
    const { map, issues } = await loadTaskMap('fixtures/tasks/map-vpr-ma5-2023.csv');
    expect(issues).toEqual([]);
    expect(map).toMatchObject({ procedure: 'VPR-MA-5', year: 2023, file: 'fixtures/tasks/map-vpr-ma5-2023.csv' });
    expect(map.tasks.map((t) => [t.task, t.max])).toEqual([['1', 1], ['2', 1], ['3', 2], ['4(1)', 1], ['4(2)', 1], ['5', 2]]);
    expect(map.tasks[1]).toEqual({ task: '2', position: null, max: 1, skill: 'Владение понятием «дробь»', content: 'Обыкновенные дроби', level: 'Б' });
  });

  it('takes the work from the file name when no title names it; merges the rows of one task, reporting a maximum they disagree on', async () => {
    const file = await writeTemp('ВПР 2024 Русский язык 6 класс.csv', [
      'Задание;Максимальный балл;Проверяемое умение;Блоки ПООП обучающийся научится',
      '1;2;орфография;Правописание',
      'первое;1;x;y',
      '1;3;пунктуация;Синтаксис',
    ].join('\n'));
    const { map, issues } = await loadTaskMap(file);
    expect(map).toMatchObject({ procedure: 'VPR-RU-6', year: 2024 });
    // rows 2 and 4 are task 1: its skills and elements joined; the first row's maximum stands
    expect(map.tasks).toEqual([{ task: '1', position: null, max: 2, skill: 'орфография; пунктуация', content: 'Правописание; Синтаксис', level: null }]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, 'Задание', 'bad-task'],
      [4, 'Максимальный балл', 'task-max-differs'],
    ]);
    expect(issues[1]!.params).toEqual({ task: '1', max: 3, first: 2, row: 2 });
  });

  it('reads FIOKO\'s description of a work: «№ по КИМу» the task, «№» its position, a row per element merged into one task', async () => {
    // the headers of the ВПР 2021 математика 5 кл. description; tasks 1, 4 (two rows), 11.1, 11.2 (positions 11, 12), 14 (position 16)
    const header = '№ по КИМу;№;Умения, виды деятельности (в соответствии с ФГОС);Блоки ПООП НОО: выпускник научится / получит возможность научиться;' +
      'Уровень сложности;Код КЭС;Код КТ;Максимальный балл за выполнение задания;Примерное время выполнения задания обучающимся (в минутах)';
    const file = await writeTemp('description.csv', [
      header,
      '1;1;Числа;Натуральное число;Б;1;1;1;2',
      '4;4;Числа;Части числа;Б;1;1;1;4',
      '4;4;Числа;Части числа;Б;3;2;1;4',
      '11.1;11;Таблицы;Читать таблицу;Б;4;4;1;2',
      '11.2;12;Таблицы;Читать диаграмму;Б;4;4;1;3',
      '14;16;Логика;Задачи повышенной трудности;П;1;1;2;9',
      '14;16;Логика;Задачи повышенной трудности;П;3;6;2;9',
      '12.1;12;Геометрия;Расстояния;Б;5;5;1;4', // position 12 is task 11.2's
      '4;5;Числа;Части числа;Б;1;1;1;4', // task 4 at another position
    ].join('\n'));
    const { map, issues } = await loadTaskMap(file);
    expect(map).toMatchObject({ procedure: null, year: null });
    expect(map.tasks.map((t) => [t.task, t.position, t.max, t.skill, t.content, t.level])).toEqual([
      ['1', 1, 1, 'Числа', 'Натуральное число', 'Б'],
      ['4', 4, 1, 'Числа', 'Части числа', 'Б'],
      ['11.1', 11, 1, 'Таблицы', 'Читать таблицу', 'Б'],
      ['11.2', 12, 1, 'Таблицы', 'Читать диаграмму', 'Б'],
      ['14', 16, 2, 'Логика', 'Задачи повышенной трудности', 'П'],
    ]);
    expect(issues.map((i) => [i.row, i.column, i.code, i.params])).toEqual([
      [9, '№', 'duplicate-position', { position: 12, task: '11.2', first: 6 }],
      [10, '№', 'duplicate-task', { task: '4', first: 3, position: 4 }],
    ]);
  });

  it('reads a folder of maps, one per work', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.csv'), 'ВПР 2023. Математика 5 класс\n№;Макс балл\n1;1\n');
    await writeFile(join(dir, 'b.csv'), 'ВПР 2023. Математика 6 класс\n№;Макс балл\n1;2\n');
    const { maps } = await loadTaskMaps([dir]);
    expect(maps.map((m) => [m.procedure, m.tasks[0]!.max])).toEqual([['VPR-MA-5', 1], ['VPR-MA-6', 2]]);
  });
});
