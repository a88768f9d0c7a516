/** The section titles of src/messages/yearly-ru.ts and yearly-en.ts. */
export const SECTIONS_RU = [
  '1. Общие сведения',
  '2. Список ШНОР',
  '3. Школы в сложных социальных условиях (ШНСУ)',
  '4. Динамика результатов',
  '5. Целевые показатели программы',
  '6. Рейтинг по муниципальным показателям',
  '7. Кластеры',
  '8. Адресные рекомендации',
  'Приложение 1. Графики',
  'Приложение 2. Методика и данные',
];
export const SECTIONS_EN = [
  '1. Summary',
  '2. The list of low-result schools',
  '3. Schools in difficult social conditions (ШНСУ)',
  '4. Dynamics',
  '5. Programme target indicators',
  '6. Municipal indicator rating',
  '7. Clusters',
  '8. Targeted recommendations',
  'Appendix 1. Charts',
  'Appendix 2. Method and data',
];
