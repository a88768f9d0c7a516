import { describe, expect, it } from 'vitest';
import { SCHOOL_LOGIN, SCHOOL_LOGIN_IN_TEXT } from '../../src/model/school-name.js';

describe('SCHOOL_LOGIN', () => {
  it('reads sch… and edu… logins with the name after them (ФИС ОКО writes both; the protocol form puts «|» between)', () => {
    expect(SCHOOL_LOGIN.exec('sch233007 МБОУ СОШ № 7')?.slice(1)).toEqual(['sch233007', 'МБОУ СОШ № 7']);
    expect(SCHOOL_LOGIN.exec('edu223017 | МБОУ "Вавилонская СОШ"')?.slice(1)).toEqual(['edu223017', 'МБОУ "Вавилонская СОШ"']);
    expect(SCHOOL_LOGIN.exec('edu220093')?.slice(1)).toEqual(['edu220093', '']);
  });

  it('is not a login inside a word or a municipality code', () => {
    expect(SCHOOL_LOGIN.exec('reg22_m001 | Алейский муниципальный район')).toBeNull();
    expect(SCHOOL_LOGIN.exec('Школа sch1')).toBeNull();
  });
});

describe('SCHOOL_LOGIN_IN_TEXT', () => {
  it('finds a login in a title or a file name, not one glued to other letters', () => {
    expect(SCHOOL_LOGIN_IN_TEXT.exec('Протокол edu223017 ВПР 2022')?.[1]).toBe('edu223017');
    expect(SCHOOL_LOGIN_IN_TEXT.exec('protocol-sch240101.csv')?.[1]).toBe('sch240101');
    expect(SCHOOL_LOGIN_IN_TEXT.exec('xedu223017')).toBeNull();
  });
});
