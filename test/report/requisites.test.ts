/**
 * report.requisites: what the config accepts, and the lines every renderer lays out — the values
 * set, blanks for those not set, and never a date the user did not give.
 */
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { requisitesSchema } from '../../src/model/requisites.js';
import { requisiteLines } from '../../src/report/document/requisites.js';

const BLANK = '______________________________';

describe('requisiteLines', () => {
  it('lays out every requisite that is set', () => {
    const lines = requisiteLines(requisitesSchema.parse({
      organisation: 'Управление образования',
      approver: { position: 'Начальник управления', name: 'И. И. Иванова' },
      number: '01-12/345',
      date: '15.09.2025',
      place: 'г. Демидов',
      executor: { name: 'Петрова А. С.', position: 'главный специалист', phone: '8 (86146) 4-12-34', email: 'petrova@example.ru' },
    }), 'ru');
    expect(lines).toEqual({
      organisation: 'Управление образования',
      approval: ['УТВЕРЖДАЮ', 'Начальник управления', '_____________ И. И. Иванова', '15.09.2025'],
      registration: ['15.09.2025 № 01-12/345', 'г. Демидов'],
      executor: ['Исполнитель: Петрова А. С.', 'главный специалист', 'тел. 8 (86146) 4-12-34, e-mail: petrova@example.ru'],
    });
  });

  it('leaves a blank for each requisite not set (absent, empty or spaces): no name, no date is made up', () => {
    const lines = requisiteLines(requisitesSchema.parse({ approver: { name: '  ' }, number: '' }), 'ru');
    expect(lines).toEqual({
      organisation: BLANK,
      approval: ['УТВЕРЖДАЮ', BLANK, '_____________ _______________', '«___» ______________ 20___ г.'],
      registration: ['«___» ______________ 20___ г. № __________', BLANK],
      executor: [`Исполнитель: ${BLANK}`, BLANK, `тел. ${BLANK}, e-mail: ${BLANK}`],
    });
  });

  it('speaks English with --lang en', () => {
    const lines = requisiteLines(requisitesSchema.parse({ approver: { name: 'J. Smith' }, date: '15 September 2025', number: '7' }), 'en');
    expect(lines.approval).toEqual(['APPROVED', BLANK, '_____________ J. Smith', '15 September 2025']);
    expect(lines.registration[0]).toBe('15 September 2025 No. 7');
    expect(lines.executor[0]).toBe(`Prepared by: ${BLANK}`);
  });
});

describe('report.requisites in shnor.config.json', () => {
  it('defaults to nothing set', () => {
    const config = configSchema.parse({});
    expect(config.report.requisites.approver.name).toBeUndefined();
    expect(config.report.requisites.date).toBeUndefined();
  });

  it('trims values and refuses unknown keys and non-strings', () => {
    expect(configSchema.parse({ report: { requisites: { approver: { name: ' И. И. Иванова ' } } } }).report.requisites.approver.name).toBe('И. И. Иванова');
    const bad = configSchema.safeParse({ report: { requisites: { approver: { nam: 'x' }, date: 2025 } } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['report.requisites.approver', 'report.requisites.date']);
  });
});
