/** Texts of «успеваемость» and «качество знаний» from counts of marks (Russian); part of the messages module. */
export const qualityRu = {
  sheet: 'Успеваемость и качество',
  success: 'Успеваемость, %',
  quality: 'Качество знаний, %',
  marked: 'С отметкой',
  mark: (p: { mark: number }) => `«${p.mark}»`,
  level: 'Уровень',
  school: 'школа',
  municipality: 'муниципалитет',
  schools: 'Школ',
  /** The first row of the sheet: what the shares are and why the region is absent. */
  basis: 'Успеваемость — доля «3», «4» и «5», качество знаний — доля «4» и «5» среди участников с отметкой; муниципалитет — все школы входных данных; регион не показан: справочные значения не содержат отметок.',
  noMarks: 'Во входных данных нет числа отметок «2»–«5»: успеваемость и качество знаний не рассчитаны.',
};

export type QualityMessages = typeof qualityRu;
