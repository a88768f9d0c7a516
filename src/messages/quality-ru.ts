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
  municipalitySuccess: 'Успеваемость по муниципалитету, %',
  municipalityQuality: 'Качество знаний по муниципалитету, %',
  regionSuccess: 'Успеваемость по региону, %',
  regionQuality: 'Качество знаний по региону, %',
  /** dynamics' page: the column of the last year, and its cell «90,8% / 47,1% (муниципалитет 93,8% / 54,0%; регион 90% / 50%)». */
  column: (p: { year: string }) => `Успеваемость / качество знаний, ${p.year}`,
  cell: (p: { success: string; quality: string; municipality: string | null; region: string | null }) => {
    const around = [p.municipality && `муниципалитет ${p.municipality}`, p.region && `регион ${p.region}`].filter(Boolean);
    return `${p.success} / ${p.quality}` + (around.length > 0 ? ` (${around.join('; ')})` : '');
  },
  region: 'регион',
  /** The last row of the sheet: what the shares are, and where the region comes from or why it is absent. */
  basis: (p: { region: boolean }) =>
    'Успеваемость — доля «3», «4» и «5», качество знаний — доля «4» и «5» среди участников с отметкой; муниципалитет — все школы входных данных; ' +
    (p.region
      ? 'регион — по долям отметок справочного файла (в столбцах «2»–«5» — доли, %): успеваемость = 100 − доля «2», качество знаний = доля «4» + доля «5».'
      : 'регион не показан: в справочных значениях нет долей всех четырёх отметок «2»–«5».'),
  noMarks: 'Во входных данных нет числа отметок «2»–«5»: успеваемость и качество знаний не рассчитаны.',
};

export type QualityMessages = typeof qualityRu;
