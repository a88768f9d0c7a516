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
    expect(map.tasks[1]).toEqual({ task: '2', max: 1, skill: 'Владение понятием «дробь»', content: 'Обыкновенные дроби', level: 'Б' });
  });

  it('takes the work from the file name when no title names it; reports bad and repeated task numbers', async () => {
    const file = await writeTemp('ВПР 2024 Русский язык 6 класс.csv', [
      'Задание;Максимальный балл;Проверяемое умение;Блоки ПООП обучающийся научится',
      '1;2;орфография;Правописание',
      'первое;1;x;y',
      '1;3;пунктуация;Синтаксис',
    ].join('\n'));
    const { map, issues } = await loadTaskMap(file);
    expect(map).toMatchObject({ procedure: 'VPR-RU-6', year: 2024 });
    expect(map.tasks).toEqual([{ task: '1', max: 2, skill: 'орфография', content: 'Правописание', level: null }]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, 'Задание', 'bad-task'],
      [4, 'Задание', 'duplicate-task'],
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
