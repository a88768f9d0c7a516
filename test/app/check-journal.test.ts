/**
 * `shnor check --journal`: the ФИС ОКО export «Сравнение отметок с отметками по журналу» built
 * here with exceljs — title rows, header, «Вся выборка», region, municipality, two schools. A
 * school with «Повысили» 22,5% gets the `journal-raised` warning; one with 4% gets nothing;
 * warnings alone leave exit 0. A journal without the header is exit 2.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csv, STACK_LINE, tempDir, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

interface CheckJson {
  dataChecks: { code: string; level: string; schoolId: string | null; procedure: string | null; year: number | null; message: string }[];
}

let dir: string;
let data: string;
let journal: string;

beforeAll(async () => {
  dir = await tempDir();
  data = await writeIn(
    dir,
    'data.csv',
    csv([
      ['school_id', 'school_name', 'year', 'procedure', 'participants', 'fail_count'],
      ['sch100001', 'МБОУ СОШ № 1', 2023, 'VPR-MA-5', 40, 4],
      ['sch100002', 'МБОУ СОШ № 2', 2023, 'VPR-MA-5', 50, 5],
    ]),
  );
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Сравнение');
  sheet.addRow(['Сравнение отметок с отметками по журналу']);
  sheet.addRow(['ВПР 2023. Математика 5 класс']);
  sheet.addRow([]);
  sheet.addRow([
    'Группы участников', 'Кол-во участников', 'Понизили (Отметка < Отметка по журналу) %',
    'Подтвердили (Отметка = Отметке по журналу) %', 'Повысили (Отметка > Отметка по журналу) %',
  ]);
  sheet.addRow(['Вся выборка', 1200000, 20.1, 72.4, 7.5]);
  sheet.addRow(['Энская область', 30000, 18.2, 74.3, 7.5]);
  sheet.addRow(['Энский муниципальный район', 900, 15, 77, 8]);
  sheet.addRow(['sch100001 МБОУ СОШ № 1', 40, '10,0', '67,5', '22,5']);
  sheet.addRow(['sch100002 МБОУ СОШ № 2', 50, 16, 80, 4]);
  journal = join(dir, 'j.xlsx');
  await workbook.xlsx.writeFile(journal);
});

describe('shnor check --journal', () => {
  it('warns of «Повысили» at or above the threshold, names school, procedure, share, threshold; exit 0', async () => {
    const { result, json } = await runCommandJson<CheckJson>('check', { inputs: [data], journal });
    expect(result.code, result.stderr).toBe(0);
    const raised = json.dataChecks.filter((c) => c.code === 'journal-raised');
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ code: 'journal-raised', level: 'warning', schoolId: 'sch100001', procedure: 'VPR-MA-5', year: 2023 });
    expect(raised[0]!.message).toContain('ВПР Математика 5 кл.');
    expect(raised[0]!.message).toMatch(/22,5\s?%/);
    expect(raised[0]!.message).toMatch(/15\s?%/);
    expect(raised[0]!.message).toContain('проверить');
    expect(json.dataChecks.some((c) => c.schoolId === 'sch100002')).toBe(false);
  });

  it('exits 2 for a journal with no recognisable header', async () => {
    const bad = await writeIn(dir, 'j-bad.csv', csv([['что', 'где'], ['sch1', 'да']]));
    const result = await runCommand('check', { inputs: [data], journal: bad });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('не найдена строка заголовка выгрузки «Сравнение отметок с отметками по журналу»');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stdout).toBe('');
  });
});
