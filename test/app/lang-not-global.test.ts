/**
 * A document is written in the language its command is given (env.lang), whatever the global
 * language of src/messages says (issue 19): dynamics, targets, recommend and tasks build the same
 * document for 'en' under setLang('ru') as under setLang('en') — and the same for 'ru' under 'en' —
 * and the yearly report its title and sections. The use cases run in-process with an AppEnv whose
 * lang differs from the global.
 *
 * Left out while they still read the global (helper modules of src/report outside these commands):
 * the issue sheet every command ends with (issueTable, src/report/table-model.ts), and in the
 * yearly report the cells of the list, ШНСУ and cluster tables and the requisites (classify/,
 * cluster/, document/requisites.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppEnv, RunResult } from '../../src/app/env.js';
import { runDynamics } from '../../src/app/dynamics.js';
import { runRecommend } from '../../src/app/recommend.js';
import { runReport } from '../../src/app/report.js';
import { runTargets } from '../../src/app/targets.js';
import { runTasks } from '../../src/app/tasks.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { getLang, messagesOf, setLang, type Lang } from '../../src/messages/index.js';
import type { Document } from '../../src/report/document/model.js';
import { ROOT } from './files.js';
import { testEnv } from './test-env.js';

const DEMO = join(ROOT, 'fixtures/demo/district.xlsx');
const PROFILE = join(ROOT, 'fixtures/demo/schools-profile.xlsx');
const TASKS = join(ROOT, 'fixtures/tasks/vpr-ma5-2023-zadaniya.xlsx');
const PROTOCOL = join(ROOT, 'fixtures/tasks/protocol-sch240101.csv');
const MAP = join(ROOT, 'fixtures/tasks/map-vpr-ma5-2023.csv');
const config = DEFAULT_CONFIG;

const CYRILLIC = /[А-Яа-яЁё]/;

const COMMANDS: Record<string, (env: AppEnv) => Promise<RunResult<unknown>>> = {
  dynamics: (env) => runDynamics({ inputs: [DEMO], config }, env),
  targets: (env) => runTargets({ inputs: [DEMO], profile: PROFILE, config }, env),
  recommend: (env) => runRecommend({ inputs: [DEMO], profile: PROFILE, config, tasks: [TASKS], map: [MAP] }, env),
  tasks: (env) => runTasks({ inputs: [PROTOCOL], map: [MAP], by: 'class', config }, env),
};

/** The document a use case builds for `lang` while the global language is `global`. */
async function documentOf(run: (env: AppEnv) => Promise<RunResult<unknown>>, lang: Lang, global: Lang): Promise<Document> {
  const before = getLang();
  setLang(global);
  try {
    return (await run({ ...testEnv(), lang })).document;
  } finally {
    setLang(before);
  }
}

/** Everything a document says, its JSON included (pieces joined); the issue sheet (the last) left out. */
function contentOf(document: Document): unknown {
  const { json, sheets, ...rest } = document;
  const value = json && ('value' in json ? json.value : [...json.pieces()].join(''));
  return { ...rest, sheets: sheets?.slice(0, -1), json: value };
}

describe('a command writes its document in the language it is given, not the global one', () => {
  for (const [name, run] of Object.entries(COMMANDS)) {
    it(`${name}: the same document for 'en' under setLang('ru') as under setLang('en'), and for 'ru' under 'en' as under 'ru'`, async () => {
      for (const [lang, other] of [['en', 'ru'], ['ru', 'en']] as const) {
        expect(contentOf(await documentOf(run, lang, other))).toEqual(contentOf(await documentOf(run, lang, lang)));
      }
    });
  }

  it("dynamics for 'en' under setLang('ru'): the English title, no Cyrillic in the title nor in the sheets' names and headers", async () => {
    const document = await documentOf(COMMANDS.dynamics!, 'en', 'ru');
    const d = messagesOf('en').dynamics;
    expect(document.title).toBe(d.title('2022/2023 — 2024/2025'));
    const sheets = document.sheets!.slice(0, -1);
    expect(sheets.map((s) => s.name)).toEqual([d.sheetDynamics, d.sheetList, d.sheetTargets]);
    for (const text of [document.title!, ...sheets.flatMap((s) => [s.name, ...s.headers])]) expect(text).not.toMatch(CYRILLIC);
  });

  it("the yearly report for 'en' under setLang('ru'): the English title and section titles, the same as under setLang('en')", async () => {
    const run = (env: AppEnv) => runReport({ inputs: [DEMO], profile: PROFILE, config }, env);
    const outline = (document: Document) => ({ title: document.title, subtitle: document.subtitle, sections: document.sections.map((s) => s.title) });
    const mixed = outline(await documentOf(run, 'en', 'ru'));
    expect(mixed).toEqual(outline(await documentOf(run, 'en', 'en')));
    const y = messagesOf('en').yearly;
    expect(mixed.title).toBe(y.title('2024/2025'));
    expect(mixed.sections).toContain(y.sections.summary);
    expect(outline(await documentOf(run, 'ru', 'en'))).toEqual(outline(await documentOf(run, 'ru', 'ru')));
  });
});
