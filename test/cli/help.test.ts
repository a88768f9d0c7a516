/**
 * `shnor <command> --help` in Russian carries none of commander's own English: section titles,
 * `[options]`, `(default: …)` and the names of arguments and option values come from the messages
 * (t.commander); in English the same parts read as commander wrote them, the default through t too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { en } from '../../src/messages/en.js';
import { setLang, type Lang } from '../../src/messages/index.js';
import { ru } from '../../src/messages/ru.js';

/** The help of the program and of each command, as `--help` prints it, in one language. */
function helps(lang: Lang): Map<string, string> {
  setLang(lang);
  const program = buildProgram({ exitCode: 0 });
  return new Map([['shnor', program.helpInformation()], ...program.commands.map((c): [string, string] => [c.name(), c.helpInformation()])]);
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

afterAll(() => setLang('ru'));

describe('Russian help', () => {
  const all = helps('ru');

  it('covers the program and every command', () => {
    expect([...all.keys()]).toEqual(expect.arrayContaining(['shnor', 'classify', 'check', 'report', 'rules', 'template', 'init']));
  });

  it.each([...all])('%s: no «default:», «choices:», «[options]» or English section title', (_name, help) => {
    for (const english of ['default', 'choices:', 'preset:', 'env:', '[options]', 'Usage:', 'Options:', 'Arguments:', 'Commands:']) {
      expect(help).not.toContain(english);
    }
  });

  it.each([...all])('%s: no argument or value name in Latin letters (<inputs...>, [command], <file>)', (_name, help) => {
    expect(help.match(/[<[][a-z]+(\.\.\.)?[>\]]/gi) ?? []).toEqual([]);
    // the «Аргументы:» list names each argument in Russian
    for (const [, term] of help.matchAll(/^  (\S+) {2,}/gm)) if (!term.startsWith('-')) expect(term).not.toMatch(/^[a-z]+$/);
  });

  it.each([...all])('%s: no line wider than 80 columns (the command list\'s descriptions wrapped too)', (_name, help) => {
    for (const line of help.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('names the arguments and flags\' values with t.commander.terms', () => {
    const template = all.get('template')!;
    const { terms, titles } = ru.commander;
    expect(template).toContain(`${titles['Arguments:']}\n  ${terms.kind} `);
    expect(template).toContain(`\n  ${terms.inputs} `);
    expect(template).toContain(`[${terms.options}] <${terms.kind}> [${terms.inputs}...]`);
    expect(template).toContain(`--year <${terms.year}>`);
    expect(all.get('shnor')).toContain(`help [${terms.command}]`);
  });

  it('a flag\'s default once, in Russian: init -o, report -o', () => {
    expect(flat(all.get('init')!)).toContain(`${ru.help.output} (${ru.commander.defaultValue('shnor.config.json')})`);
    expect(flat(all.get('report')!)).toContain(`${ru.help.reportDir} (${ru.commander.defaultValue('report')})`);
  });
});

describe('English help', () => {
  const all = helps('en');

  it('keeps commander\'s layout words and gives a default once, through t.commander', () => {
    const template = all.get('template')!;
    expect(template).toContain('Arguments:\n  kind ');
    expect(template).toContain('--year <year>');
    expect(flat(all.get('report')!)).toContain(`${en.help.reportDir} (${en.commander.defaultValue('report')})`);
    expect(all.get('report')).not.toContain('"report"');
  });
});
