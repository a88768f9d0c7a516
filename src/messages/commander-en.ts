/** The parts of `--help` that commander lays out (English); the shape of commander-ru.ts. */
import type { CommanderMessages } from './commander-ru.js';

export const commanderEn: CommanderMessages = {
  titles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Global Options:': 'Global Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
  },
  terms: {
    options: 'options',
    command: 'command',
    inputs: 'inputs',
    kind: 'kind',
    file: 'file',
    dir: 'dir',
    path: 'path',
    year: 'year',
    id: 'id',
    name: 'name',
    set: 'set',
    list: 'list',
    n: 'n',
    percent: 'percent',
    part: 'part',
    char: 'char',
    encoding: 'encoding',
    layout: 'layout',
    level: 'level',
    format: 'format',
    lang: 'lang',
    source: 'source',
  },
  defaultValue: (value: string) => `default ${value}`,
};
