/**
 * Issue 19: a document is written in the language it is given, whatever the global one
 * (setLang) says. The modules below read their texts from messagesOf(lang), never from msg(),
 * getLang() or setLang(); and a document of each of their commands built for one language while
 * the global is the other comes out the same as with the two agreeing.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { AppEnv, RunResult } from '../../src/app/env.js';
import { makePainter } from '../../src/cli/terminal.js';
import { messagesOf, setLang, type Lang } from '../../src/messages/index.js';
import type { Rendered } from '../../src/report/to/context.js';
import { FORMATS } from '../../src/report/to/index.js';
import { runWith, type CommandName, type CommandOptions } from '../app/run.js';
import { sourceFiles } from '../source-files.js';

/** The global language's functions: none of them may be named in these files. */
const GLOBAL = new Set(['msg', 'getLang', 'setLang']);

/** The modules that take their language as a parameter: a folder and all below it («dir/»), the files of a folder («dir/*.ts»), a file. */
const LANG_GIVEN = [
  'src/report/classify/', 'src/report/cluster/', 'src/report/check/', 'src/report/inspect/', 'src/report/score/', 'src/report/rules/',
  'src/report/to/', 'src/report/document/', 'src/report/*.ts',
  'src/app/classify.ts', 'src/app/cluster.ts', 'src/app/check.ts', 'src/app/inspect.ts', 'src/app/score.ts', 'src/app/rules.ts',
];

function within(file: string, place: string): boolean {
  if (place.endsWith('/')) return file.startsWith(place);
  if (place.endsWith('/*.ts')) return file.startsWith(place.slice(0, -4)) && !file.slice(place.length - 4).includes('/');
  return file === place;
}

/** Each name of the global language's functions a file uses: «file:line name». */
function globalUses(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && GLOBAL.has(node.text)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the language given, not the global one', () => {
  it('finds a use of msg(), getLang() or setLang(), imported or called, but not in a comment or a string', () => {
    const text = "import { msg, type Lang } from '../messages/index.js';\n// msg() in a comment\nconst a = 'getLang()';\nconst t = msg().labels;\nsetLang('en');";
    expect(globalUses('a.ts', text)).toEqual(['a.ts:1 msg', 'a.ts:4 msg', 'a.ts:5 setLang']);
  });

  it('every file named exists', () => {
    const files = sourceFiles().map((f) => f.file);
    expect(LANG_GIVEN.filter((place) => !files.some((file) => within(file, place)))).toEqual([]);
  });

  it('no file of these modules reads or sets the global language', () => {
    const files = sourceFiles().filter(({ file }) => LANG_GIVEN.some((place) => within(file, place)));
    expect(files.flatMap(({ file, text }) => globalUses(file, text))).toEqual([]);
  });
});

const DEMO = 'fixtures/demo';
// classify without --profile: its ШНСУ note is written by shnsuNote of src/app/inputs.ts, which still reads the global language
const RUNS: { [N in CommandName]?: CommandOptions<N> } = {
  classify: { inputs: [`${DEMO}/district.xlsx`] },
  check: { inputs: [`${DEMO}/district.xlsx`] },
  score: { inputs: [`${DEMO}/district.xlsx`], profile: `${DEMO}/schools-profile.xlsx`, reference: `${DEMO}/region-reference.csv` },
  cluster: { inputs: [`${DEMO}/district.xlsx`] },
  inspect: { inputs: [`${DEMO}/district.xlsx`, `${DEMO}/district-cp1251.csv`] },
  rules: {},
};
const TEXT_FORMATS = ['table', 'md', 'csv', 'json', 'html'] as const;

type Run = (options: object, env: AppEnv) => Promise<RunResult<unknown>>;
const COMMANDS: Partial<Record<CommandName, () => Promise<unknown>>> = {
  classify: async () => (await import('../../src/app/classify.js')).runClassify,
  check: async () => (await import('../../src/app/check.js')).runCheck,
  score: async () => (await import('../../src/app/score.js')).runScore,
  cluster: async () => (await import('../../src/app/cluster.js')).runCluster,
  inspect: async () => (await import('../../src/app/inspect.js')).runInspect,
  rules: async () => (await import('../../src/app/rules.js')).runRules,
};

function textOf(content: Rendered): string {
  if (typeof content === 'string') return content;
  if (Buffer.isBuffer(content) || Symbol.asyncIterator in content) throw new Error('a text format gave bytes');
  return [...content].join('');
}

/** A command's document in `lang` while the global language is `global`, in every text format. */
async function rendered(name: CommandName, lang: Lang, global: Lang): Promise<Record<string, string>> {
  const run = (await COMMANDS[name]!()) as Run;
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
    expect(`${title}\n${headers}`).not.toMatch(/\p{Script=Cyrillic}/u);
  });
});
