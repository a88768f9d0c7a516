/**
 * Settles the branch links of the --schools list against the list and the data: a parent must be
 * a school of the list or of the results, not the school itself, and not a branch in turn (lists
 * are made per legal entity, and a legal entity is no one's branch). A link that fails is not
 * used — the school then counts as a legal entity of its own — and is reported at its cell.
 */
import type { BranchMap, ParentLink } from '../model/branches.js';
import type { Issue, RowErrorCode } from '../model/issues.js';
import type { ResultRecord } from '../model/records.js';
import type { SchoolEntry } from './identity.js';

export function settleBranches(entries: SchoolEntry[], records: ResultRecord[]): { branches: BranchMap; issues: Issue[] } {
  const branches = new Map<string, string>();
  const issues: Issue[] = [];
  const linked = entries.filter((e): e is SchoolEntry & { parent: ParentLink } => e.parent !== undefined);
  if (linked.length === 0) return { branches, issues };
  const known = new Set([...entries.map((e) => e.schoolId), ...records.map((r) => r.schoolId)]);
  const parentOf = new Map(linked.map((e) => [e.schoolId, e.parent.parentId]));
  for (const { schoolId, parent } of linked) {
    const problem = linkProblem(schoolId, parent.parentId, parentOf, known);
    if (problem) issues.push(linkIssue(schoolId, parent, problem, parentOf));
    else branches.set(schoolId, parent.parentId);
  }
  return { branches, issues };
}

function linkProblem(school: string, parent: string, parentOf: Map<string, string>, known: Set<string>): RowErrorCode | null {
  if (parent === school) return 'parent-self';
  if (!known.has(parent)) return 'parent-unknown';
  if (!parentOf.has(parent)) return null;
  return leadsBack(school, parent, parentOf) ? 'parent-cycle' : 'branch-of-branch';
}

/** True when following the parents from `start` comes back to `school`. */
function leadsBack(school: string, start: string, parentOf: Map<string, string>): boolean {
  const seen = new Set<string>();
  for (let id: string | undefined = start; id !== undefined && !seen.has(id); id = parentOf.get(id)) {
    if (id === school) return true;
    seen.add(id);
  }
  return false;
}

function linkIssue(school: string, link: ParentLink, code: RowErrorCode, parentOf: Map<string, string>): Issue {
  const { file, sheet, row } = link.source;
  const params = { school, parent: link.parentId, grandparent: parentOf.get(link.parentId) ?? '' };
  return { file, sheet, row, column: link.column, code, params };
}
