/**
 * The file `shnor init` writes is generated from the config schema: read back, it is the schema's
 * defaults, in either language; its «//» notes are the messages' configFile notes, each one
 * written once at the key it names.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfigText } from '../../src/config/default-file.js';
import { loadConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { en } from '../../src/messages/en.js';
import { ru } from '../../src/messages/ru.js';

type Node = { [key: string]: unknown };

/** Every note of the file by the dotted path of what it explains: «//» inside a section, «// key» before a value. */
function notesOf(node: Node, path = ''): Record<string, unknown> {
  const notes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const at = (name: string) => (path === '' ? name : `${path}.${name}`);
    if (key === '//') notes[path] = value;
    else if (key.startsWith('// ')) notes[at(key.slice(3))] = value;
    else if (value !== null && typeof value === 'object') Object.assign(notes, notesOf(value as Node, at(key)));
  }
  return notes;
}

function readBack(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'shnor-init-'));
  writeFileSync(join(dir, 'shnor.config.json'), text);
  return loadConfig(undefined, dir);
}

describe('the file shnor init writes', () => {
  it.each([['ru', ru], ['en', en]] as const)('%s: reads back as the schema defaults', (_lang, t) => {
    expect(readBack(defaultConfigText(t))).toEqual(DEFAULT_CONFIG);
  });

  it.each([['ru', ru], ['en', en]] as const)('%s: carries every note of t.configFile at its key, and no other', (_lang, t) => {
    expect(notesOf(JSON.parse(defaultConfigText(t)) as Node)).toEqual(t.configFile);
  });

  it('English notes with --lang en: the same keys and values, only the notes differ', () => {
    const english = JSON.parse(defaultConfigText(en)) as Node;
    const russian = JSON.parse(defaultConfigText(ru)) as Node;
    expect(english['//']).toBe(en.configFile['']);
    expect((english.classify as Node)['// threshold']).toBe(en.configFile['classify.threshold']);
    expect((english.report as Node)['//']).toBe(en.configFile.report);
    const withoutNotes = (text: string) => text.split('\n').filter((line) => !line.trimStart().startsWith('"//')).join('\n');
    expect(withoutNotes(JSON.stringify(english, null, 2))).toBe(withoutNotes(JSON.stringify(russian, null, 2)));
  });

  it('writes the defaults the schema gives: threshold 30, fioko, report.teachers false, every requisite ""', () => {
    const file = JSON.parse(defaultConfigText(ru)) as { classify: Node; report: { teachers: boolean; requisites: Node }; shnsu: Node };
    expect(file.classify).toMatchObject({ threshold: 30, sameProcedure: false, procedures: 'fioko', minParticipants: 1, smallSample: 10 });
    expect(file.shnsu.isbshBelow).toBeNull();
    expect(file.report.teachers).toBe(false);
    expect(file.report.requisites).toMatchObject({ organisation: '', number: '', date: '', place: '' });
    expect(file.report.requisites.approver).toMatchObject({ position: '', name: '' });
  });
});
