/** inspect's JSON: the report as data, with the sentences a reader of the JSON needs beside the codes. */
import type { Lang } from '../../messages/index.js';
import { issueMessage } from '../issue-text.js';
import { failureText, fitVerdict, needText } from './diagnosis.js';
import type { InspectReport } from './document.js';

export function inspectJson(report: InspectReport, lang: Lang) {
  return {
    files: report.files.map((f) => ({
      ...f,
      error: f.error && { ...f.error, message: failureText(f, lang) },
      sheets: f.sheets.map((s) => ({
        ...s,
        diagnosis: s.diagnosis && {
          row: s.diagnosis.row,
          nearest: s.diagnosis.layouts[0]?.layout ?? null,
          layouts: s.diagnosis.layouts.map((fit) => ({
            ...fit,
            verdict: fitVerdict(fit, lang),
            needs: fit.needs.map((need) => ({ ...need, text: needText(need.code, lang) })),
          })),
        },
      })),
    })),
    issues: report.issues.map(({ params: _params, ...rest }) => ({ ...rest, message: issueMessage({ ...rest, params: _params }, lang) })),
  };
}
