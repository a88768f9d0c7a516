/**
 * Issue 19: a document is written in the language it is given, whatever the global one (setLang)
 * says — a document of each command built for one language while the global is the other comes
 * out the same as with the two agreeing (dynamics, targets, recommend, tasks and the yearly report:
 * test/app/lang-not-global.test.ts; no module of src/report or src/app reads the global: test/layers.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { AppEnv, RunResult } from '../../src/app/env.js';
import { makePainter } from '../../src/cli/terminal.js';
import { messagesOf, setLang, type Lang } from '../../src/messages/index.js';
import type { Rendered } from '../../src/report/to/context.js';
import { FORMATS } from '../../src/report/to/index.js';
import { COMMANDS, runWith, type CommandName, type CommandOptions } from '../app/run.js';

const DEMO = 'fixtures/demo';
const RUNS: { [N in CommandName]?: CommandOptions<N> } = {
  classify: { inputs: [`${DEMO}/district.xlsx`], profile: `${DEMO}/schools-profile.xlsx` },
  check: { inputs: [`${DEMO}/district.xlsx`] },
  score: { inputs: [`${DEMO}/district.xlsx`], profile: `${DEMO}/schools-profile.xlsx`, reference: `${DEMO}/region-reference.csv` },
  cluster: { inputs: [`${DEMO}/district.xlsx`] },
  inspect: { inputs: [`${DEMO}/district.xlsx`, `${DEMO}/district-cp1251.csv`] },
  rules: {},
};
const TEXT_FORMATS = ['table', 'md', 'csv', 'json', 'html'] as const;

type Run = (options: object, env: AppEnv) => Promise<RunResult<unknown>>;

function textOf(content: Rendered): string {
  if (typeof content === 'string') return content;
  if (Buffer.isBuffer(content) || Symbol.asyncIterator in content) throw new Error('a text format gave bytes');
  return [...content].join('');
}

/** A command's document in `lang` while the global language is `global`, in every text format. */
async function rendered(name: CommandName, lang: Lang, global: Lang): Promise<Record<string, string>> {
  const run = (await COMMANDS[name]()) as Run;
  const { value, stderr } = await runWith({ lang }, async (config, env) => {
    setLang(global);
    const { document } = await run({ ...RUNS[name], config }, env);
    const context = { lang, excel: false, paint: makePainter(false), width: 100 };
    return { document, texts: Object.fromEntries(TEXT_FORMATS.map((f) => [f, textOf(FORMATS[f].render(document, context))])) };
  });
  expect(value, stderr).not.toBeNull();
  return { title: value!.document.title ?? '', headers: (value!.document.sheets ?? []).flatMap((s) => [s.name, ...s.headers]).join('\n'), ...value!.texts };
}

describe('a document in the language it is given while the global says the other', () => {
  for (const name of Object.keys(RUNS) as CommandName[]) {
    it(`${name}: the same in every format whatever the global language`, async () => {
      for (const lang of ['en', 'ru'] as const) {
        const other = lang === 'en' ? 'ru' : 'en';
        expect(await rendered(name, lang, other)).toEqual(await rendered(name, lang, lang));
      }
    });
  }

  it('classify --lang en under a Russian global: the English title, not a Cyrillic letter in the title or the headers', async () => {
    const { title, headers, md, table } = await rendered('classify', 'en', 'ru');
    const en = messagesOf('en').labels;
    expect(title).toBe(en.title(en.schoolYear(2025)));
    expect(md).toContain(`# ${title}`);
    expect(table).toContain(en.schoolId);
    // ШНОР and ШНСУ are the programme's own terms, kept in English output as its messages write them
    expect(`${title}\n${headers}`.replace(/ШНОР|ШНСУ/g, '')).not.toMatch(/\p{Script=Cyrillic}/u);
  });
});
