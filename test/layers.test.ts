/**
 * The layers of src/ import one way (issue 19). Data flows io → model → rules → report → app → cli;
 * imports follow that order, with model at the bottom: the records, codes and schemas io produces
 * and every later layer reads live in model/, so io imports model, never the other way round.
 * Where the two that are not steps of the flow sit:
 * - messages/ is text only: it imports no layer (a procedure's name or a number comes in as a
 *   parameter, already formatted) but the types of src/errors.ts — each error code and the
 *   parameters its sentence is made of (ErrorTexts) — and report, config, app and cli read it;
 * - config/ is the configuration file's schema and loader: it draws its defaults from model, io
 *   (the XLSX limits) and rules, and is read by app and cli — never by report (a renderer is given
 *   its data, e.g. the document's requisites, which are model/requisites.ts);
 * - src/errors.ts (the typed errors) imports nothing and is read by messages (its types), io,
 *   report, config, app, cli;
 * - rules/ are pure: model only (no io, no text).
 * The scan reads every import of every file with TypeScript's parser — `import`, `import type`,
 * `export … from` and `import()` — so a path in a string or a comment does not count.
 */
import { posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files.js';

/** Each layer, from the bottom up, with the layers below it that it may import (its own always). */
const MAY_IMPORT: Record<string, string[]> = {
  model: [],
  errors: [],
  messages: ['errors'],
  io: ['model', 'errors'],
  rules: ['model'],
  report: ['model', 'errors', 'messages', 'io', 'rules'],
  config: ['model', 'errors', 'messages', 'io', 'rules'],
  app: ['model', 'errors', 'messages', 'io', 'rules', 'report', 'config'],
  cli: ['model', 'errors', 'messages', 'io', 'rules', 'report', 'config', 'app'],
};

/** Packages only some modules may import. */
const ONLY_IN: Record<string, string[]> = {
  commander: ['src/cli/'],
  // the terminal rendering modules (to be gathered into one terminal renderer)
  chalk: ['src/cli/terminal.ts'],
  'cli-table3': ['src/report/terminal-table.ts'],
};

/** Every module a file names in an import, a re-export or a dynamic import. */
export function importsOf(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The layer of a path relative to the root: src/<layer>/…, src/errors.ts; null outside src/ (data/, package.json). */
export function layerOf(path: string): string | null {
  const parts = path.split('/');
  if (parts[0] !== 'src') return null;
  return parts.length === 2 ? parts[1]!.replace(/\.ts$/, '') : parts[1]!;
}

/** `file → module` for every import against the direction, and every package imported where it may not be. */
export function violations(file: string, imports: string[]): string[] {
  const from = layerOf(file)!;
  return imports.flatMap((module) => {
    if (!module.startsWith('.')) {
      const only = ONLY_IN[module];
      return only && !only.some((place) => file.startsWith(place)) ? [`${file} → ${module}`] : [];
    }
    const target = posix.normalize(posix.join(posix.dirname(file), module)).replace(/\.js$/, '.ts');
    const to = layerOf(target);
    if (to === null || to === from) return [];
    return MAY_IMPORT[from]?.includes(to) ? [] : [`${file} → ${target}`];
  });
}

describe('the direction of imports', () => {
  const files = sourceFiles().map(({ file, text }) => ({ file, imports: importsOf(file, text) }));

  it('reads imports, re-exports and dynamic imports, not strings or comments', () => {
    const text = "import a from './a.js'; import type { B } from '../b.js'; export { c } from './c.js'; const d = await import('./d.js'); type E = import('./e.js').E; const s = './s.js'; // import x from './x.js'";
    expect(importsOf('a.ts', text)).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js']);
  });

  it('finds an import against the direction, a layer nobody may import, and a package out of place', () => {
    expect(violations('src/io/draft-list.ts', ['../rules/check.js', '../model/cells.js', '../errors.js'])).toEqual(['src/io/draft-list.ts → src/rules/check.ts']);
    expect(violations('src/rules/tasks.ts', ['../messages/index.js', '../io/load.js', 'zod'])).toEqual([
      'src/rules/tasks.ts → src/messages/index.ts', 'src/rules/tasks.ts → src/io/load.ts',
    ]);
    expect(violations('src/report/terminal-table.ts', ['cli-table3', 'chalk', '../../data/x.json'])).toEqual(['src/report/terminal-table.ts → chalk']);
    expect(violations('src/report/score/document.ts', ['cli-table3'])).toEqual(['src/report/score/document.ts → cli-table3']);
    expect(violations('src/cli/commands/score.ts', ['commander', '../../app/score.js'])).toEqual([]);
  });

  it('the table runs one way: a layer imports only layers above it in the table', () => {
    const order = Object.keys(MAY_IMPORT);
    const backwards = order.flatMap((layer) => MAY_IMPORT[layer]!.filter((to) => order.indexOf(to) >= order.indexOf(layer)).map((to) => `${layer} → ${to}`));
    expect(backwards).toEqual([]);
  });

  it('every file of src/ sits in a known layer', () => {
    expect(files.map((f) => f.file).filter((file) => !(layerOf(file)! in MAY_IMPORT))).toEqual([]);
  });

  it('no import runs against the direction', () => {
    expect(files.flatMap((f) => violations(f.file, f.imports))).toEqual([]);
  });

  it('each module named for a package still imports it (an entry goes when its import does)', () => {
    const named = Object.entries(ONLY_IN).flatMap(([module, places]) => places.filter((p) => p.endsWith('.ts')).map((place) => ({ module, place })));
    const stale = named.filter(({ module, place }) => !files.some((f) => f.file === place && f.imports.includes(module)));
    expect(stale).toEqual([]);
  });
});

/**
 * The layers that take their language from their caller (a `lang` or the texts `t`), never from
 * the global of src/messages (issue 19): no call of msg(), getLang() or setLang(). The command
 * line sets the global once it knows the language and passes it on (env.lang).
 */
const NO_GLOBAL_LANGUAGE = ['src/report/', 'src/app/'];

/** The calls of the global language's functions in a file: `name:line`. */
export function globalLanguageCalls(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['msg', 'getLang', 'setLang'].includes(node.expression.text)) {
      found.push(`${node.expression.text}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the language is passed, not read from a global', () => {
  it('finds the calls, not the words in strings or comments', () => {
    const text = "const a = msg().labels;\n// msg() in a comment\nconst b = 'getLang()';\nsetLang(b); const c = messagesOf(getLang());";
    expect(globalLanguageCalls('a.ts', text)).toEqual(['msg:1', 'setLang:4', 'getLang:4']);
  });

  it('the modules given their language call no msg(), getLang() nor setLang()', () => {
    const files = sourceFiles().filter(({ file }) => NO_GLOBAL_LANGUAGE.some((place) => file.startsWith(place)));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(({ file, text }) => globalLanguageCalls(file, text).map((call) => `${file} ${call}`))).toEqual([]);
  });
});
