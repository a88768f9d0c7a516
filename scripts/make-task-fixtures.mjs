#!/usr/bin/env node
/**
 * Small fixtures of task-level results (issue 9), written to fixtures/tasks/:
 *   vpr-ma5-2023-zadaniya.xlsx  a «Выполнение заданий» export: title rows, task header, «Макс балл»,
 *                               «Вся выборка», the region, two municipalities with their schools
 *   protocol-sch240101.csv      a protocol of one school: 10 pupils of 5А and 5Б, UTF-8 with BOM, `;`
 *   map-vpr-ma5-2023.csv        the task map of the work
 * The values are hand-worked in test/io/tasks/*.test.ts. Deterministic: no clock, no randomness.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tasks');
const TITLE = 'ВПР 2023. Математика 5 класс';
const TASKS = ['1', '2', '3', '4(1)', '4(2)', '5'];
const MAX = [1, 1, 2, 1, 1, 2];

/** Region 62 % on task 2 where sch240201 has 40 %; region 60 % on 4(1) where sch240202 has 55 %. */
const GROUPS = [
  ['Вся выборка', 41000, 1300000, 70, 65, 55, 60, 48, 30],
  ['Красноярский край', 950, 30000, 72, 62, 58, 60, 50, 32],
  ['г. Красноярск', 120, 9000, 75, 64, 60, 63, 52, 35],
  ['sch240201 МАОУ СОШ № 2', 1, 25, 80, 40, 62, 70, 55, 30],
  ['sch240202 МБОУ СОШ № 3', 1, 30, 73, 66, 59, 55, 50, 33],
  ['Ачинский район', 20, 1200, 68, 58, 54, 57, 47, 28],
  ['sch240301 МБОУ Ачинская СОШ', 1, 18, 66, 61, 50, 56, 44, 22],
  ['sch240302 МКОУ Малиновская ООШ', 1, 7, 71, 57, 64, 57, 57, 36],
  ['sch240303 МБОУ Причулымская СОШ', 1, 12, 58, 50, 42, 50, 33, 17],
];

/** student, class as written, teacher, variant, points of 1, 2, 3, 4(1), 4(2), 5 (nobody answered 5). */
const PUPILS = [
  ['p01', '5А', 'Иванова А. С.', 1, [1, 1, 2, 1, 0, '-']],
  ['p02', '5А', 'Иванова А. С.', 2, [1, 0, 1, 1, 1, '']],
  ['p03', '5 А', 'Иванова А. С.', 1, [0, 1, 0, 'Н', 0, '']],
  ['p04', '5А', 'Иванова А. С.', 2, [1, 1, 2, 1, 1, '-']],
  ['p05', '5а', 'Иванова А. С.', 1, [1, '-', 1, 0, 0, '']],
  ['p06', '5 «Б»', 'Петров И. И.', 2, [0, 0, 0, 0, 0, '']],
  ['p07', '5 «Б»', 'Петров И. И.', 1, [1, 1, 2, 1, 1, '']],
  ['p08', '5б', 'Петров И. И.', 2, [1, 0, '-', 1, 0, 'N']],
  ['p09', '5Б', 'Петров И. И.', 1, [0, 1, 1, '', 1, '']],
  ['p10', '5-Б', 'Петров И. И.', 2, [1, 1, 2, 1, 0, '']],
];

const MAP = [
  ['1', 1, 'Развитие представлений о числе и числовых системах от натуральных до действительных чисел', 'Натуральные числа', 'Б'],
  ['2', 1, 'Владение понятием «дробь»', 'Обыкновенные дроби', 'Б'],
  ['3', 2, 'Умение решать текстовые задачи на движение', 'Текстовые задачи', 'Б'],
  ['4(1)', 1, 'Умение читать информацию, представленную в виде таблицы', 'Таблицы', 'Б'],
  ['4(2)', 1, 'Умение извлекать информацию из диаграммы', 'Диаграммы', 'Б'],
  ['5', 2, 'Умение решать задачи разных типов', 'Решение логических задач', 'П'],
];

const csv = (rows) => '\ufeff' + rows.map((row) => row.join(';')).join('\r\n') + '\r\n';

function protocol() {
  const header = ['school_id', 'student_id', 'Класс', 'Учитель', 'Вариант', ...TASKS, 'Сумма баллов', 'Отметка'];
  const rows = PUPILS.map(([student, cls, teacher, variant, points]) => {
    const sum = points.reduce((a, p) => a + (typeof p === 'number' ? p : 0), 0);
    const mark = sum >= 6 ? 4 : sum >= 3 ? 3 : 2;
    return ['sch240101', student, cls, teacher, variant, ...points, sum, mark];
  });
  return csv([[TITLE], [], header, ...rows]);
}

function taskMap() {
  const header = ['№ задания', 'Макс балл', 'Проверяемые требования (умения)', 'Элемент содержания', 'Уровень'];
  return csv([[`Карта заданий. ${TITLE}`], header, ...MAP]);
}

async function groupExport(path) {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2023, 5, 1));
  const sheet = workbook.addWorksheet('Выполнение заданий');
  const rows = [
    [TITLE],
    ['Выполнение заданий (в % от максимального балла)'],
    [],
    ['Группы участников', 'Кол-во ОО', 'Кол-во участников', ...TASKS],
    ['Макс балл', null, null, ...MAX],
    ...GROUPS,
  ];
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((value, j) => {
      if (value !== null) row.getCell(j + 1).value = value;
    });
    row.commit();
  });
  sheet.mergeCells('A1:I1');
  sheet.mergeCells('A2:I2');
  await workbook.xlsx.writeFile(path);
}

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, 'protocol-sch240101.csv'), protocol());
writeFileSync(join(OUT_DIR, 'map-vpr-ma5-2023.csv'), taskMap());
await groupExport(join(OUT_DIR, 'vpr-ma5-2023-zadaniya.xlsx'));
console.log(`wrote ${OUT_DIR}`);
