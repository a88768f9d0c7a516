/** Texts of `shnor inspect` (Russian); part of the messages module. */
export const inspectRu = {
  file: (p: { file: string; format: string; encoding: string; delimiter: string }) =>
    `Файл ${p.file} — ${p.format.toUpperCase()}${p.encoding ? `, кодировка ${p.encoding}` : ''}${p.delimiter ? `, разделитель «${p.delimiter}»` : ''}`,
  sheet: (p: { sheet: string; header: string; layout: string; records: number; rejected: number; warnings: number }) =>
    `  Лист ${p.sheet}: ${p.header}, макет ${p.layout}; записей ${p.records}; отклонено строк ${p.rejected}; предупреждений ${p.warnings}`,
  headerAt: (row: number) => `заголовок в строке ${row}`,
  noHeader: 'заголовок не найден',
  noSheet: '—',
  found: (p: { procedures: string; years: string }) => `    Процедуры: ${p.procedures || '—'}; годы: ${p.years || '—'}`,
  columns: 'Столбцы',
  unused: 'не используется',
  reproduce: 'Повторить без угадывания',
  headers: ['Файл', 'Формат', 'Кодировка', 'Разделитель', 'Лист', 'Строка заголовка', 'Макет', 'Записей', 'Отклонено', 'Предупреждений', 'Процедуры', 'Годы', 'Повторить'],
  help: 'что shnor видит в файле: кодировка, разделитель, листы, строка заголовка, макет, столбцы, процедуры и годы, строки — и флаги, повторяющие чтение без угадывания',
  examples: ['shnor inspect vpr-ma5-2023.xlsx', 'shnor inspect exports/ --format json'],
};

export type InspectMessages = typeof inspectRu;
