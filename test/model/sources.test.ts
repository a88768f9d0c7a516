/**
 * The source registry (data/sources.json, issue 20): every document the data names is in it, with
 * the requisites its opening gives (checked by hand against the documents themselves; test/sources
 * checks the catalogue's quotes), and running text cites a document by its short form.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../src/model/catalog.js';
import { citation, citePassage, SOURCE_DOCUMENTS } from '../../src/model/sources.js';
import { CLUSTERS_SOURCE, CLUSTER_TEXTS } from '../../src/rules/clusters.js';
import { FIOKO_SOURCE } from '../../src/rules/fioko.js';
import { INDICATORS_SOURCE } from '../../src/rules/indicators/registry.js';

const ids = SOURCE_DOCUMENTS.map((d) => d.id);
const byId = (id: string) => SOURCE_DOCUMENTS.find((d) => d.id === id)!;
const catalog = catalogSchema.parse(JSON.parse(readFileSync('data/recommendations.json', 'utf8')));

describe('data/sources.json', () => {
  it('holds the five municipal documents and the federal methodology, none named «seed»', () => {
    expect(ids).toEqual(['fioko-2021', 'rodniki-2021', 'bichura-2021', 'yakovlevsky-2024', 'slavyansk-2022', 'pirov-2022']);
    expect(JSON.stringify(SOURCE_DOCUMENTS)).not.toMatch(/seed/i);
  });

  it('gives the requisites as the documents do', () => {
    // seed 003: «ПРИКАЗ от 12.09.2022 № 1496 г. Славянск-на-Кубани»
    expect(byId('slavyansk-2022').requisites).toBe('от 12.09.2022 № 1496');
    expect(byId('slavyansk-2022').title.ru).toBe(
      'Приказ управления образования администрации муниципального образования Славянский район от 12.09.2022 № 1496 «Об утверждении ' +
        'системы работы со школами с низкими образовательными результатами и школами, функционирующими в сложных социальных условиях, ' +
        'в 2022-2023 учебном году»',
    );
    // seed 001: «ПРИКАЗ от 03.03.2021 г № 44 с.Бичура»
    expect(byId('bichura-2021').requisites).toBe('от 03.03.2021 № 44');
    // seed 002: «РАСПОРЯЖЕНИЕ от 29.02.2024 с. Яковлевка № 229 -ра»
    expect(byId('yakovlevsky-2024').requisites).toBe('от 29.02.2024 № 229-ра');
    // seed 004: «УТВЕРЖДАЮ … «14» июня 2022 года»
    expect(byId('pirov-2022').requisites).toBe('утверждена 14.06.2022');
    expect(byId('pirov-2022').title.ru).toContain('на 2022-2024 годы (МППКО) Пировского муниципального округа');
    // seed 000: «МУНИЦИПАЛЬНЫЙ УПРАВЛЕНЧЕСКИЙ ПРОЕКТ … на 2021-2022 гг. … Родники 2020»
    expect(byId('rodniki-2021').title.ru).toContain('в Родниковском муниципальном районе на 2021-2022 гг.');
    // seed 003 §3.1: «по федеральной методике, разработанной ФИОКО в 2021 году»
    expect(byId('fioko-2021').title.ru).toContain('(ФИОКО) в 2021 году');
  });

  it('an order is cited with its date and number; every Russian title carries its requisites', () => {
    for (const id of ['bichura-2021', 'yakovlevsky-2024', 'slavyansk-2022']) expect(byId(id).cite.ru, id).toContain(byId(id).requisites);
    for (const d of SOURCE_DOCUMENTS) expect(d.title.ru, d.id).toContain(d.requisites);
  });

  it('citation(): the short form in the language asked; a user catalogue\'s own words as they are', () => {
    expect(citation('slavyansk-2022', 'ru')).toBe('приказ УО Славянского района от 12.09.2022 № 1496');
    expect(citation('slavyansk-2022', 'en')).toBe('Slavyansky district education order No. 1496 of 12.09.2022');
    expect(citation('Тестовый каталог', 'ru')).toBe('Тестовый каталог');
    expect(citePassage({ document: 'slavyansk-2022', section: 'п. 3.5' }, 'ru')).toBe('приказ УО Славянского района от 12.09.2022 № 1496, п. 3.5');
    expect(citePassage({ document: 'pirov-2022', section: '' }, 'ru')).toBe('МППКО Пировского муниципального округа на 2022–2024 годы');
  });
});

describe('every document the data names is in the registry', () => {
  it('the catalogue: a registry id, or «shnor» for shnor\'s own measure', () => {
    for (const entry of catalog.entries) {
      if (entry.own) expect(entry.source.document, entry.id).toBe('shnor');
      else expect(ids, entry.id).toContain(entry.source.document);
    }
    // hand-counted: 33 measures from the Pirovsky programme, 18 each from Slavyansk and Rodniki, 10 each from Bichura and Yakovlevsky, 3 own
    const count = (document: string) => catalog.entries.filter((e) => e.source.document === document).length;
    expect(['pirov-2022', 'slavyansk-2022', 'rodniki-2021', 'bichura-2021', 'yakovlevsky-2024', 'shnor'].map(count)).toEqual([33, 18, 18, 10, 10, 3]);
  });

  it('the clusters, the indicators and the FIOKO rule', () => {
    expect(CLUSTERS_SOURCE).toBe('pirov-2022');
    // shnor, official-list, context-risk, low-ior-negative-run, one-low-result, positive-dynamics
    expect([...CLUSTER_TEXTS.values()].map((t) => t.source.document)).toEqual(['pirov-2022', 'pirov-2022', 'pirov-2022', 'slavyansk-2022', 'pirov-2022', 'pirov-2022']);
    expect(INDICATORS_SOURCE).toBe('slavyansk-2022');
    expect(FIOKO_SOURCE).toBe('fioko-2021');
  });

  it('no data file names a document «seed N»', () => {
    for (const file of ['data/recommendations.json', 'data/clusters.json', 'data/indicators.json', 'data/programmes/pirov-2022.json', 'data/sources.json']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/seed/i);
    }
  });
});
