import { describe, expect, it } from 'vitest';
import { compareProcedures, parseProcedure, readVprAbbreviation, subjectNames, unknownProcedureCode } from '../../src/model/procedures.js';

const code = (text: string) => parseProcedure(text)?.code ?? null;

describe('parseProcedure', () => {
  it('reads canonical codes', () => {
    expect(code('VPR-MA-5')).toBe('VPR-MA-5');
    expect(code('oge-ru')).toBe('OGE-RU');
    expect(code('EGE-MA-P')).toBe('EGE-MA-P');
    expect(code('KDR-RL-4')).toBe('KDR-RL-4');
  });

  it('reads Russian names as analysts write them', () => {
    expect(code('ВПР Математика 5 кл.')).toBe('VPR-MA-5');
    expect(code('ВПР Русский 6 класс')).toBe('VPR-RU-6');
    expect(code('ОГЭ русский язык')).toBe('OGE-RU');
    expect(code('ОГЭ- математика')).toBe('OGE-MA');
    expect(code('ЕГЭ Математика (профильный уровень)')).toBe('EGE-MA-P');
    expect(code('ЕГЭ математика базовая')).toBe('EGE-MA-B');
    expect(code('ЕГЭ Русский язык')).toBe('EGE-RU');
    expect(code('ВПР Окружающий мир 4 кл')).toBe('VPR-OK-4');
    expect(code('ВПР 2023. Математика 5 класс')).toBe('VPR-MA-5');
  });

  it('reads the КДР labels of seed 004 (КДР4ЧГ, КДР7МГ, КДР8ЕНГ)', () => {
    expect(code('КДР4ЧГ')).toBe('KDR-RL-4');
    expect(code('КДР7МГ')).toBe('KDR-ML-7');
    expect(code('КДР8ЕНГ')).toBe('KDR-SL-8');
    expect(code('КДР математика 6 кл.')).toBe('KDR-MA-6');
  });

  it('refuses what is not a procedure or is incomplete', () => {
    expect(code('Средний балл')).toBeNull();
    expect(code('ВПР Математика')).toBeNull(); // ВПР needs a grade
    expect(code('ВПР Математика 9 кл.')).toBeNull(); // no ВПР in grade 9
    expect(code('ЕГЭ Математика')).toBeNull(); // базовая or профильная?
  });

  it('refuses a code whose subject or grade is unknown (issue 18): a typo is no new procedure', () => {
    expect(code('OGE-RUS')).toBeNull();
    expect(code('VPR-ZZ-5')).toBeNull();
    expect(code('VPR-MA-13')).toBeNull();
    expect(code('VPR-MA-9')).toBeNull(); // no ВПР in grade 9
    expect(code('KDR-RL-12')).toBeNull();
    expect(code('EGE-RU-10')).toBeNull(); // ЕГЭ is grade 11
  });

  it('reads FIOKO\'s own subject codes, the КДР labels and an exam code with its own grade', () => {
    expect(['VPR-FI-7', 'VPR-GG-6', 'VPR-IS-5', 'VPR-OB-8', 'VPR-OKR-4', 'VPR-XI-8'].map(code)).toEqual([
      'VPR-PH-7', 'VPR-GE-6', 'VPR-HI-5', 'VPR-SO-8', 'VPR-OK-4', 'VPR-CH-8',
    ]);
    expect(['KDR-RL-4', 'KDR-ML-7', 'KDR-SL-8', 'KDR-FL-9', 'KDR-GL-10', 'KDR-CT-11', 'KDR-MA-6'].map(code)).toEqual([
      'KDR-RL-4', 'KDR-ML-7', 'KDR-SL-8', 'KDR-FL-9', 'KDR-GL-10', 'KDR-CT-11', 'KDR-MA-6',
    ]);
    expect(code('OGE-MA-9')).toBe('OGE-MA');
    expect(code('EGE-MA-P-11')).toBe('EGE-MA-P');
  });
});

describe('unknownProcedureCode', () => {
  const nearest = (text: string) => unknownProcedureCode(text)?.nearest ?? null;

  it('names the known code one letter away, the nearest grade, each level', () => {
    expect(nearest('OGE-RUS')).toEqual(['OGE-RU']); // one letter more than RU
    expect(nearest('ege-mat')).toEqual(['EGE-MA-B', 'EGE-MA-P']); // MAT → MA, and ЕГЭ mathematics has two levels
    expect(nearest('EGE-MAT-P')).toEqual(['EGE-MA-P']);
    expect(nearest('EGE-MA')).toEqual(['EGE-MA-B', 'EGE-MA-P']);
    expect(nearest('VPR-MA-13')).toEqual(['VPR-MA-11']); // |13 − 11| = 2 < |13 − 10| = 3
    expect(nearest('VPR-MA-9')).toEqual(['VPR-MA-8', 'VPR-MA-10']); // both one grade away
    expect(nearest('VPR-FI-3')).toEqual(['VPR-PH-4']); // FIOKO's FI is physics
    expect(nearest('KDR-RL-12')).toEqual(['KDR-RL-11']);
    expect(nearest('EGE-RU-10')).toEqual(['EGE-RU']);
  });

  it('names no code when no subject is one letter away, and lists the subjects instead', () => {
    expect(unknownProcedureCode('VPR-QQ-5')).toEqual({ nearest: [], subjects: expect.arrayContaining(['RU', 'MA', 'ZH']) });
    expect(unknownProcedureCode('KDR-QQQ-5')?.subjects).toEqual(expect.arrayContaining(['RL', 'CT', 'MA']));
  });

  it('is null for a known code and for a text that is not code-shaped', () => {
    expect(unknownProcedureCode('OGE-RU')).toBeNull();
    expect(unknownProcedureCode('VPR-OKR-4')).toBeNull();
    expect(unknownProcedureCode('ОГЭ Руский')).toBeNull();
    expect(unknownProcedureCode('Средний балл')).toBeNull();
  });
});

describe('subject names and order', () => {
  it('gives the names data/subjects.json has for a subject, a КДР literacy label, none for a subject it does not list', () => {
    expect(subjectNames(parseProcedure('OGE-RU')!)).toMatchObject({ ru: 'Русский язык', en: 'Russian' });
    expect(subjectNames({ code: 'VPR-ZZ-5', kind: 'VPR', subject: 'ZZ', grade: 5, level: null })).toBeNull();
  });

  it('orders ВПР by grade, then КДР, ОГЭ, ЕГЭ', () => {
    const sorted = ['EGE-MA-B', 'OGE-RU', 'VPR-RU-6', 'KDR-RL-4', 'VPR-MA-5'].sort(compareProcedures);
    expect(sorted).toEqual(['VPR-MA-5', 'VPR-RU-6', 'KDR-RL-4', 'OGE-RU', 'EGE-MA-B']);
  });
});

describe('readVprAbbreviation', () => {
  const read = (text: string) => readVprAbbreviation(text);

  it('reads the grade-and-subject headers of the lists of signs of non-objective results', () => {
    // the four columns of the Dagestan list, then the other subjects of the table in data/subjects.json
    expect(['4 РУ', '4 МА', '5 РУ', '5 МА'].map((h) => read(h)?.procedure?.code)).toEqual(['VPR-RU-4', 'VPR-MA-4', 'VPR-RU-5', 'VPR-MA-5']);
    expect(['4 ОМ', '4ОКР', '5 БИ', '6 ИС', '7 ГГ', '6 ГЕ', '8 ОБ', '7 ФИ', '8 ХИ', '7 АЯ', '7 НЯ', '7 ФЯ'].map((h) => read(h)?.procedure?.code)).toEqual([
      'VPR-OK-4', 'VPR-OK-4', 'VPR-BI-5', 'VPR-HI-6', 'VPR-GE-7', 'VPR-GE-6', 'VPR-SO-8', 'VPR-PH-7', 'VPR-CH-8', 'VPR-EN-7', 'VPR-DE-7', 'VPR-FR-7',
    ]);
  });

  it('takes the subject first, no space, or «кл.» between', () => {
    expect(read('РУ 4')?.procedure?.code).toBe('VPR-RU-4');
    expect(read('5МА')?.procedure?.code).toBe('VPR-MA-5');
    expect(read('5 кл. МА')?.procedure?.code).toBe('VPR-MA-5');
  });

  it('knows the shape without the procedure: unknown letters or a grade with no ВПР', () => {
    expect(read('4 ЗЗ')).toEqual({ grade: 4, letters: 'зз', procedure: null });
    expect(read('9 РУ')).toEqual({ grade: 9, letters: 'ру', procedure: null });
  });

  it('is null for headers of another shape', () => {
    for (const header of ['Год', 'Логин', 'ОО', 'Количество маркеров', '4', 'ВПР Русский язык 4 кл.', '2023 РУ']) expect(read(header)).toBeNull();
  });
});

describe('FIOKO\'s subject codes', () => {
  it('read as shnor\'s: VPR-FI-7 physics, VPR-GG-8 geography, VPR-IS-5 history, VPR-OB-6 social studies, VPR-OKR-4 the world around, VPR-XI-8 chemistry', () => {
    expect(['VPR-FI-7', 'VPR-GG-8', 'VPR-IS-5', 'VPR-OB-6', 'VPR-OKR-4', 'VPR-XI-8'].map((code) => parseProcedure(code)?.code))
      .toEqual(['VPR-PH-7', 'VPR-GE-8', 'VPR-HI-5', 'VPR-SO-6', 'VPR-OK-4', 'VPR-CH-8']);
  });
});
