/** What a verdict says about the significance of the changes it rests on (Russian); part of the messages module. */
export const significanceRu = {
  /** A change a verdict counts though the test does not find it significant (the method's literal reading). */
  chance: (changes: string) => `в пределах случайных колебаний — ${changes}; учтено по методике`,
  /** The schools whose overall direction rests on such changes (the report's proposals). */
  chanceSchools: (ids: string) => `Из них на изменениях в пределах случайных колебаний (учтены по методике): ${ids}.`,
  /** Changes past the margin left out because significance is required. */
  heldBack: (changes: string) => `не учтено как незначимое — ${changes}`,
  /** A change past the margin that verdicts take as stable. */
  notCounted: 'не учтено в выводах: незначимо',
  /** «+10 п.п. к 2022/2023 уч. г. (p = 0,29)». */
  change: (p: { delta: string; year: string; p: string | null }) =>
    `${p.delta} п.п. к ${p.year} (${p.p === null ? 'значимость не проверить: нет числа участников' : `p = ${p.p}`})`,
  /** The sentence of the dynamics' basis: what significance decides. */
  basis: (p: { required: boolean; alpha: string }) =>
    p.required
      ? `В выводах (кластеры, отрицательная динамика подряд, целевые показатели, меры, общая динамика) учитываются только значимые изменения (p < ${p.alpha}); изменение без числа участников не учитывается.`
      : 'Значимость выводов не меняет: изменение учитывается по методике, даже незначимое, и вывод, опирающийся на такое изменение, говорит об этом.',
  help: 'учитывать в выводах (кластеры 2 и 3, отрицательная динамика подряд, целевые показатели 8.x, меры, общая динамика) только значимые изменения (p < dynamics.alpha, по умолчанию 0,05)',
};
