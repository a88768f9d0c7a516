/** An input issue as a sentence: «файл a.xlsx, лист «2021», строка 12, столбец «2»: …». */
import { messagesOf, type Lang } from '../messages/index.js';
import type { Issue } from '../model/issues.js';
import type { ErrorCode, ErrorParams, ErrorTexts, Location } from '../errors.js';

export function issueMessage(issue: Issue, lang: Lang): string {
  const t = messagesOf(lang);
  return t.issues[issue.code](issue.params);
}

/** An error's sentence (src/errors.ts: the code and parameters of a ShnorError). */
export function errorMessage<K extends ErrorCode>(code: K, params: ErrorParams[K], lang: Lang): string {
  const texts: ErrorTexts = messagesOf(lang).errors;
  return texts[code](params);
}

export function locationText(location: Location, lang: Lang): string {
  const t = messagesOf(lang);
  const l = t.location;
  const parts = [l.file(location.file)];
  if (location.sheet) parts.push(l.sheet(location.sheet));
  if (location.row != null) parts.push(l.row(location.row));
  if (location.column) parts.push(l.column(location.column));
  return parts.join(', ');
}

/** An issue of no file (a section of the report without data) is its sentence alone. */
export function issueLine(issue: Issue, lang: Lang): string {
  if (issue.file === '') return issueMessage(issue, lang);
  return `${locationText(issue, lang)}: ${issueMessage(issue, lang)}`;
}
