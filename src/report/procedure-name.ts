/** A procedure's display name in a renderer's language: the parts from model/procedures.ts, the words from the messages. */
import { messagesOf, type Lang } from '../messages/index.js';
import { parseProcedure, subjectNames } from '../model/procedures.js';

/** «ВПР Математика 5 кл.», «ЕГЭ Математика (профильная)», «OGE Russian»; the text itself when it names no procedure. */
export function procedureName(code: string, lang: Lang): string {
  const p = parseProcedure(code);
  if (!p) return code;
  return messagesOf(lang).labels.procedureName({ kind: p.kind, subject: subjectNames(p)?.[lang] ?? p.subject, level: p.level, grade: p.grade });
}
