/**
 * The profile workbook of `shnor template profile` in either language: sheets, headers, notes and
 * dropdowns in that language (the texts from the vocabulary and t.profileTemplate), and a row
 * filled in it read back by shnor's own profile reader.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../../src/io/profile.js';
import { en } from '../../../src/messages/en.js';
import { ru } from '../../../src/messages/ru.js';
import { PROFILE_FIELDS, PROFILE_NOTES_SHEET, PROFILE_SHEET, riskTitle, type ProfileKey } from '../../../src/model/profile-fields.js';
import { renderProfileTemplate } from '../../../src/report/templates/profile-template.js';

/** What a user types in each language: the dropdowns' words, worked out from CHOICES by hand. */
const TYPED = {
  ru: { yesNoValues: 'да / нет', yesNo: '"да,нет"', contest: '"нет,участники,победители"', significance: '"высокая,средняя,низкая"', yes: 'да', winners: 'победители', high: 'высокая' },
  en: { yesNoValues: 'yes / no', yesNo: '"yes,no"', contest: '"none,participants,winners"', significance: '"high,medium,low"', yes: 'yes', winners: 'winners', high: 'high' },
};

const columnOf = (key: ProfileKey) => PROFILE_FIELDS.findIndex((f) => f.key === key) + 1;

describe.each([['ru', ru], ['en', en]] as const)('template profile, %s', (lang, t) => {
  const typed = TYPED[lang];
  let dir: string;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shnor-profile-'));
    await writeFile(join(dir, 'template.xlsx'), await renderProfileTemplate(lang));
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'template.xlsx'));
  });

  it('has its sheets and headers in the language', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([PROFILE_SHEET[lang], PROFILE_NOTES_SHEET[lang]]);
    const headers = (workbook.getWorksheet(PROFILE_SHEET[lang])!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(PROFILE_FIELDS.map((f) => f.headers[lang]));
  });

  it('notes sheet: the headers, each column\'s note and what it holds, from t.profileTemplate', () => {
    const notes = workbook.getWorksheet(PROFILE_NOTES_SHEET[lang])!;
    const p = t.profileTemplate;
    expect((notes.getRow(1).values as unknown[]).slice(1)).toEqual([p.notesHeaders.column, p.notesHeaders.enter, p.notesHeaders.allowed, p.notesHeaders.indicator]);
    const row = (key: ProfileKey) => notes.getRow(columnOf(key) + 1);
    expect(row('teachersTrained').getCell(2).value).toBe(p.notes.teachersTrained);
    expect(row('teachersTrained').getCell(3).value).toBe(p.values.count);
    expect(row('teachersTrained').getCell(4).value).toBe('2.1');
    expect(row('risks.motivation').getCell(2).value).toBe(p.riskNote(riskTitle('motivation')[lang]));
    expect(row('smallSchool').getCell(3).value).toBe(typed.yesNoValues);
  });

  it('dropdowns offer the language\'s words; the validation titles fit Excel\'s 32 characters', () => {
    const sheet = workbook.getWorksheet(PROFILE_SHEET[lang])!;
    const validation = (key: ProfileKey) => sheet.getCell(2, columnOf(key)).dataValidation;
    expect(validation('smallSchool')).toMatchObject({ type: 'list', formulae: [typed.yesNo], errorTitle: t.profileTemplate.notListedTitle });
    expect(validation('contests')?.formulae).toEqual([typed.contest]);
    expect(validation('risks.staffDeficit')?.formulae).toEqual([typed.significance]);
    expect(validation('teachersTotal')).toMatchObject({ type: 'whole', error: t.profileTemplate.enterCount, errorTitle: t.profileTemplate.invalidTitle });
    for (const title of [t.profileTemplate.invalidTitle, t.profileTemplate.notListedTitle]) expect(title.length).toBeLessThanOrEqual(32);
  });

  it('a row filled in it is read back by the profile reader, no issues', async () => {
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(join(dir, 'template.xlsx'));
    const row = filled.getWorksheet(PROFILE_SHEET[lang])!.getRow(2);
    row.getCell(columnOf('schoolId')).value = '007';
    row.getCell(columnOf('teachersTotal')).value = 30;
    row.getCell(columnOf('contests')).value = typed.winners;
    row.getCell(columnOf('federalList')).value = typed.yes;
    row.getCell(columnOf('failingShare')).value = 12.5;
    row.getCell(columnOf('risks.motivation')).value = typed.high;
    const file = join(dir, 'schools.xlsx');
    await filled.xlsx.writeFile(file);

    const { profiles, issues } = await loadProfile(file, {});
    expect(issues).toEqual([]);
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({ schoolId: '007', teachersTotal: 30, contests: 'winners', federalList: true, failingShare: 12.5, smallSchool: null });
    expect(profiles[0]!.risks).toEqual({ motivation: 'high' });
  });
});
