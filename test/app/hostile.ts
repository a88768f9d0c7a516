/** School codes and names that are markup, a path or a formula, and the checks that none of it is live in an output. */
import Papa from 'papaparse';

export const SCRIPT_CODE = 'x"><img src=x onerror=alert(1)><b a="';
export const SCRIPT_NAME = 'Школа </table><b>жирная</b> | труба & Co';
export const PATH_CODE = 'a/../../../../victim-dir/logo';
export const PATH_NAME = '<script>alert(2)</script>';
const FORMULA_CODE = '=1+2';
const FORMULA_NAME = '@SUM(A1)';
const LINK_CODE = 'link';
const LINK_NAME = '[жми](javascript:alert(5))';
export const SCHOOLS: [string, string][] = [[SCRIPT_CODE, SCRIPT_NAME], [PATH_CODE, PATH_NAME], [FORMULA_CODE, FORMULA_NAME], [LINK_CODE, LINK_NAME]];

// Every school 8/20 = 40% «2» in both procedures of 2024 and 2025: low four times, flagged (A and B),
// so each has a dynamics chart named for its code.
export const RESULTS = Papa.unparse([
  ['school_id', 'school_name', 'year', 'procedure', 'participants', 'fail_count'],
  ...SCHOOLS.flatMap(([code, name]) => [2024, 2025].flatMap((year) => ['VPR-MA-5', 'VPR-RU-5'].map((p) => [code, name, year, p, 20, 8]))),
], { newline: '\n' });

/** Markup the data would bring if it were written raw: a tag of its own, or an event handler. */
export const LIVE = /<(img|script|b)[\s>]/i;

/**
 * The elements of an HTML text, each tag's name and attribute names: a value that closed its
 * quotes early would show as attributes named by the data («><img», «onerror»).
 */
export function elementsOf(html: string): { tag: string; attributes: string[] }[] {
  const tag = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
  return [...html.matchAll(tag)].map((m) => ({
    tag: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(/\s+([^\s=>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g)].map((a) => a[1]!.toLowerCase()),
  }));
}

/** A Markdown link of the data: «[» not escaped, then «](javascript:». */
export const LINK = /(^|[^\\])\[[^\]\\]*\]\(javascript:/m;

/** The tags of a Markdown text outside its code spans (where «<» is not markup). */
export const tagsOf = (text: string) => [...new Set([...withoutCode(text).matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase()))];
export const withoutCode = (text: string) => text.replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, '');
