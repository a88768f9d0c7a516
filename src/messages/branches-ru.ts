/** Texts about branches (филиалы, the --schools parent_id column), Russian; part of the messages module. */
type P = Record<string, string | number>;

const own = 'связь не учтена, школа считается самостоятельным юрлицом';

export const branchesRu = {
  issues: {
    'parent-self': (p: P) => `школа ${p.school} указана филиалом самой себя; ${own}`,
    'parent-unknown': (p: P) => `головной ОО ${p.parent} нет ни в списке школ, ни в результатах; ${own}`,
    'branch-of-branch': (p: P) => `${p.parent} — сама филиал ${p.grandparent}, а филиал филиала не допускается (укажите юрлицо); ${own}`,
    'parent-cycle': (p: P) => `${p.school} и ${p.parent} по цепочке головных ОО указаны филиалами друг друга (цикл); ${own}`,
    'parent-conflict': (p: P) => `для школы ${p.school} уже указана головная ОО ${p.first}; ${p.parent} не учтена`,
  },
  notes: {
    withBranches: (p: { list: string }) =>
      `С учётом филиалов (список составляется по юрлицу: участники и не справившиеся филиалов сложены с результатами ОО): ${p.list}`,
    notAdded: (p: { list: string }) => `Не сложены с результатами ОО — у одной из частей нет числа участников или доли «2», доли не взвесить: ${p.list}`,
    branch: (p: { id: string; name: string | null; results: string }) => `филиал ${p.id}${p.name ? ` «${p.name}»` : ''} — ${p.results}`,
    withBranchesShort: (p: { ids: string }) => `С учётом филиалов: ${p.ids}`,
    notAddedShort: (p: { ids: string }) => `Не сложены результаты филиалов: ${p.ids}`,
  },
};

export type BranchesMessages = typeof branchesRu;
