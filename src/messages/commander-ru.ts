/**
 * The parts of `--help` that commander lays out (Russian): section titles, the placeholders of
 * arguments and option values, a flag's default. Part of the messages module.
 */
export const commanderRu = {
  /** By the title commander gives a section. */
  titles: {
    'Usage:': 'Использование:',
    'Options:': 'Параметры:',
    'Global Options:': 'Общие параметры:',
    'Commands:': 'Команды:',
    'Arguments:': 'Аргументы:',
  },
  /** By the name in a flag or an argument: `--year <year>` → `--year <год>`, `[options]` → `[параметры]`. */
  terms: {
    options: 'параметры',
    command: 'команда',
    inputs: 'файлы',
    kind: 'вид',
    file: 'файл',
    dir: 'папка',
    path: 'путь',
    year: 'год',
    id: 'код',
    name: 'название',
    set: 'набор',
    list: 'список',
    n: 'число',
    percent: 'процент',
    part: 'разрез',
    char: 'символ',
    encoding: 'кодировка',
    layout: 'макет',
    level: 'уровень',
    format: 'формат',
    lang: 'язык',
    source: 'источник',
  },
  defaultValue: (value: string) => `по умолчанию ${value}`,
};

export type CommanderMessages = typeof commanderRu;
