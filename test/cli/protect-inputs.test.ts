import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { INPUT_OPTIONS, OUTPUT_OPTIONS } from '../../src/cli/protect-inputs.js';

describe('the options that name files', () => {
  const program = buildProgram({ exitCode: 0 });

  it('every option taking a file, a path or a folder is an input or an output, so no output can overwrite an input', () => {
    const known = new Set<string>([...INPUT_OPTIONS, ...Object.keys(OUTPUT_OPTIONS)]);
    const unclassified = program.commands.flatMap((command) =>
      command.options.filter((o) => /<(file|path|dir)>/.test(o.flags) && !known.has(o.attributeName())).map((o) => `${command.name()} ${o.long}`),
    );
    expect(unclassified).toEqual([]);
  });

  it('every input option is one some command has (the list names no flag that is gone)', () => {
    const names = new Set(program.commands.flatMap((command) => command.options.map((o) => o.attributeName())));
    expect(INPUT_OPTIONS.filter((name) => !names.has(name))).toEqual([]);
  });

  it('the files a command reads by argument are its <inputs...>', () => {
    const fileArguments = program.commands.flatMap((command) => command.registeredArguments.map((a) => `${command.name()} ${a.name()}`));
    // template's first argument is the kind of template, not a file
    expect(fileArguments.filter((a) => !a.endsWith(' inputs'))).toEqual(['template kind']);
  });
});
