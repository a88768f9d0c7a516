/**
 * Branches (филиалы) from the --schools list's parent_id column (issue #8): a branch is listed
 * under its legal entity (юрлицо), and the ШНОР list is made per legal entity.
 */
import type { SourceRef } from './records.js';

/** Branch id → the id of its legal entity; only links that passed the checks (no branch of a branch). */
export type BranchMap = ReadonlyMap<string, string>;

/** A parent_id cell as read from the --schools list: the legal entity it names, and where. */
export interface ParentLink {
  parentId: string;
  source: SourceRef;
  /** The header of the parent_id column. */
  column: string;
}
