/**
 * A small ФИС ОКО per-pupil export of the real shape («Проведение работы по математике, 5 класс. ВПР
 * 2021», all cells text), scale ВПР 2021 математика 5 кл.: «3» from 7, «4» from 11, «5» from 15. The
 * pupils, by hand:
 * - sch220001 (город Барнаул), 25 pupils: class а — 8 with 7 points and journal «4» (понизили), 5 with 15
 *   and «5» (подтвердили); class б — 11 with 15 and «4» (повысили), 1 with 15 and «нет отметки»;
 * - sch220002 (Алейский район), 190: 2 with 7 and «3», 188 with 12 and «4» (подтвердили);
 * - sch220003 (город Барнаул), 25: 2 with 7 and «3», 23 with 12 and «4»; one more pupil absent.
 * The region: 240 pupils with a score, 12 at 7–8 points (5%); 239 with a journal mark: 8 / 220 / 11.
 * sch220001: повысили 11 of 24 against 11/239 — P(X ≥ 11 | 24, 11/239) = 2,8·10⁻⁹; 8 of 25 at the
 * boundary against 5% — P(X ≥ 8 | 25, 0,05) = 1,958·10⁻⁵. sch220003: 2 of 25 (p = 0,36) — no sign.
 */
export const PUPIL_EXPORT_NAME = 'Проведение работы по математике, 5 класс. ВПР 2021.csv';
export const HEADER = 'логин школы;регион;номер обучающегося;код обучающегося;отметка за предыдущую четверть/триместр;пол;класс;вариант;всего баллов;балл за 1;балл за 2';

/** `count` pupils alike: school, municipality, journal mark, class, total (split over two tasks). */
export function pupils(count: number, school: string, municipality: string, journal: string, className: string, total: number): string[] {
  const first = Math.min(total, 10);
  return Array.from({ length: count }, (_, i) => `${school};${municipality};${i + 1};${50001 + i};${journal};ж;${className};1;${total};${first};${total - first}`);
}

export const PUPIL_EXPORT = [
  HEADER,
  ...pupils(8, 'sch220001', 'город Барнаул', '4', 'а', 7),
  ...pupils(5, 'sch220001', 'город Барнаул', '5', 'а', 15),
  ...pupils(11, 'sch220001', 'город Барнаул', '4', 'б', 15),
  ...pupils(1, 'sch220001', 'город Барнаул', 'нет отметки', 'б', 15),
  ...pupils(2, 'sch220002', 'Алейский район', '3', 'нет', 7),
  ...pupils(188, 'sch220002', 'Алейский район', '4', 'нет', 12),
  ...pupils(2, 'sch220003', 'город Барнаул', '3', 'НЕТ', 7),
  ...pupils(23, 'sch220003', 'город Барнаул', '4', 'НЕТ', 12),
  'sch220003;город Барнаул;26;50026;4;м;НЕТ;отсутствовал;;;',
].join('\n');
