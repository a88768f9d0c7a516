/** Texts about branches (филиалы, the --schools parent_id column), English; the shape of branches-ru.ts. */
import type { BranchesMessages } from './branches-ru.js';

type P = Record<string, string | number>;

const own = 'link not used; the school counts as a legal entity of its own';

export const branchesEn: BranchesMessages = {
  issues: {
    'parent-self': (p: P) => `school ${p.school} is named a branch of itself; ${own}`,
    'parent-unknown': (p: P) => `the legal entity ${p.parent} is neither in the school list nor in the results; ${own}`,
    'branch-of-branch': (p: P) => `${p.parent} is itself a branch of ${p.grandparent}, and a branch of a branch is not allowed (name the legal entity); ${own}`,
    'parent-cycle': (p: P) => `${p.school} and ${p.parent} are branches of each other along the chain of legal entities (a cycle); ${own}`,
    'parent-conflict': (p: P) => `school ${p.school} already has the legal entity ${p.first}; ${p.parent} not used`,
  },
  notes: {
    withBranches: (p) => `Including branches (the list is made per legal entity: their participants and failing pupils are added to the school's results): ${p.list}`,
    notAdded: (p) => `Not added to the school's results — a part has no participant count or no share of «2», the shares cannot be weighed: ${p.list}`,
    branch: (p) => `branch ${p.id}${p.name ? ` «${p.name}»` : ''} — ${p.results}`,
    withBranchesShort: (p) => `Including branches: ${p.ids}`,
    notAddedShort: (p) => `Branch results not added: ${p.ids}`,
  },
};
