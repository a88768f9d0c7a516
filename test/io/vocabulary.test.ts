/**
 * The words shnor recognises in input files live in src/io/vocabulary/ (issue 19): outside it, a
 * Russian word in a string or a regex of src/io is one of the few a parser keeps with its logic,
 * each named below with the reason it stays. The scan reads the syntax tree (TypeScript's parser),
 * so words in comments do not count.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../source-files.js';

/** `file: literal` → why the word stays beside the code that reads it. */
const KEPT_WITH_THE_PARSER: Record<string, string> = {
  'src/io/layouts/ege-form-header.ts: `ЕГЭ ${': 'a subject header is read as «ЕГЭ <subject>» by the procedure parser (model/procedures.ts)',
  "src/io/layouts/pupils.ts: 'код'": 'the bare «Код» is the pupil\'s beside a school login, else not the school\'s: a choice between columns',
  "src/io/layouts/pupils.ts: 'логин'": 'a login column names the school (and wins over a name): a choice between columns',
  "src/io/layouts/pupils.ts: 'школа'": '«Школа» («edu223017 | МБОУ …») is a school login column: a choice between columns',
  "src/io/layouts/pupils.ts: 'регион'": 'ФИС ОКО\'s «регион» is the municipality only where no municipality column stands beside it',
  'src/io/profile.ts: /[,;/]|\\s+и\\s+/': 'the separators of a multiple choice («победители, призёры и лауреаты»)',
  'src/io/tasks/columns.ts: /^нет$/i': 'part of the class-name parser: «нет» is no letter',
  'src/io/tasks/columns.ts: /^[а-яё]$/iu': 'part of the class-name parser: a letter alone',
  'src/io/tasks/columns.ts: /^(\\d{1,2})([а-яёa-z]{1,4})$/iu': 'part of the class-name parser: a grade and its letters',
};

const CYRILLIC = /[а-яё]/i;

/** Every string, template or regex literal with a Russian letter, as `file: literal`. */
function russianLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const literal = ts.isStringLiteral(node) || ts.isRegularExpressionLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node);
    if (literal && CYRILLIC.test(node.getText(source))) found.push(`${file}: ${node.getText(source)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the input vocabulary', () => {
  const outside = sourceFiles()
    .filter(({ file }) => file.startsWith('src/io/') && !file.startsWith('src/io/vocabulary/'))
    .flatMap(({ file, text }) => russianLiterals(file, text));

  it('is found in strings and regexes, not in comments', () => {
    expect(russianLiterals('a.ts', "// «итого»\nconst a = ['итого', 'total']; const b = /всего/; f(`по ${x}`);")).toEqual([
      "a.ts: 'итого'", 'a.ts: /всего/', 'a.ts: `по ${',
    ]);
  });

  it('stays in src/io/vocabulary/, but for the words the parsers named here keep', () => {
    expect([...new Set(outside)].filter((literal) => !(literal in KEPT_WITH_THE_PARSER))).toEqual([]);
  });

  it('names no kept word that is gone', () => {
    expect(Object.keys(KEPT_WITH_THE_PARSER).filter((literal) => !outside.includes(literal))).toEqual([]);
  });
});
