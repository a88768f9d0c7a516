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
  '9. Выводы и предложения',
  'Приложение 1. Графики',
  'Приложение 2. Рейтинг: все школы',
  'Приложение 3. Методика и данные',
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
  '9. Conclusions and proposals',
  'Appendix 1. Charts',
  'Appendix 2. Rating: every school',
  'Appendix 3. Method and data',
];
