import { describe, expect, it } from 'vitest';
import { decodedAddress, shortAddress, shortAddresses } from '../../src/report/web-address.js';

describe('web addresses on the page', () => {
  it('decodes a percent-encoded address; a malformed one stays as it is', () => {
    expect(decodedAddress('https://school.ru/%D0%BF%D0%BB%D0%B0%D0%BD.pdf')).toBe('https://school.ru/план.pdf');
    expect(decodedAddress('https://school.ru/%E0%A4%A')).toBe('https://school.ru/%E0%A4%A');
  });

  it('cuts an address to its host and «…»; a bare host stays whole', () => {
    expect(shortAddress('https://sch5.edu.ru/docs/%D0%BF%D0%BB%D0%B0%D0%BD.pdf')).toBe('sch5.edu.ru…');
    expect(shortAddress('http://sch5.edu.ru/')).toBe('sch5.edu.ru');
    expect(shortAddress('https://sch5.edu.ru?id=3')).toBe('sch5.edu.ru…');
  });

  it('shortens every address in a text and keeps the punctuation after it', () => {
    expect(shortAddresses('Приказ: https://a.ru/x/y.pdf, план: http://b.ru/p%ZZ.')).toBe('Приказ: a.ru…, план: b.ru….');
    expect(shortAddresses('без адреса')).toBe('без адреса');
  });
});
