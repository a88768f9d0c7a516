/**
 * Column fields of the long and students layouts and the headers that name them (English
 * names and the Russian headers analysts write). Aliases are compared after normalizeLabel.
 */
import { normalizeLabel } from './text.js';

export const FIELD_ALIASES = {
  schoolId: ['school_id', 'school id', 'код оо', 'код', 'код школы', 'код организации', 'логин', 'логин оо', 'логин школы', 'login', 'id', 'id оо'],
  schoolName: [
    'school_name', 'наименование оо', 'наименование', 'название оо', 'название', 'название школы',
    'наименование образовательной организации', 'полное наименование оо', 'краткое наименование оо',
  ],
  /** A column that names the school without saying whether it is a code or a name. */
  school: ['school', 'школа', 'школы', 'оо', 'оу', 'образовательная организация', 'образовательная организация (школа)', 'общеобразовательная организация'],
  municipality: [
    'municipality', 'муниципалитет', 'муниципальное образование', 'мо', 'район', 'муниципальный район',
    'муниципальный округ', 'городской округ', 'ато',
  ],
  /**
   * ФИС ОКО calls the municipality a pupil's «регион» (the per-pupil export: «Зональный
   * муниципальный район»; a region's school list: «г. Алейск»): read as the municipality where no
   * municipality column stands beside it (the protocol form has both, «Регион» being the region).
   */
  region: ['region', 'регион'],
  schoolType: ['school_type', 'school type', 'вид оо', 'тип оо', 'вид', 'тип', 'тип школы'],
  /** The legal entity a branch (филиал) belongs to; read by the --schools list only. */
  parentId: [
    'parent_id', 'parent id', 'код юрлица', 'код юр. лица', 'код юридического лица', 'юрлицо', 'головная оо',
    'код головной оо', 'головная организация', 'код головной организации',
  ],
  year: ['year', 'год', 'учебный год', 'год проведения', 'уч год'],
  procedure: ['procedure', 'процедура', 'оценочная процедура', 'предмет', 'работа', 'код процедуры', 'наименование процедуры'],
  participants: [
    'participants', 'кол-во участников', 'количество участников', 'участников', 'участники', 'число участников',
    'кол-во писавших', 'писали', 'n',
  ],
  failCount: ['fail_count', 'fail count', 'не справились', 'кол-во не справившихся', 'кол-во неуспешных', 'неуспешных', 'кол-во не преодолевших'],
  failPct: [
    'fail_pct', 'fail pct', '% неуспешности', 'процент неуспешности', '% не преодолевших', 'доля не преодолевших',
    '% не справившихся', 'доля неуспешных', 'не преодолевших %',
  ],
  belowMinCount: [
    'below_min_count', 'below min count', 'не преодолели мин. порог', 'не преодолели минимальный порог',
    'ниже минимального порога', 'ниже мин. порога', 'ниже минимального балла',
  ],
  mark2: ['mark2', 'mark 2', '2', '«2»', 'отметка «2»', 'кол-во «2»', 'количество «2»'],
  mark3: ['mark3', 'mark 3', '3', '«3»', 'отметка «3»', 'кол-во «3»', 'количество «3»'],
  mark4: ['mark4', 'mark 4', '4', '«4»', 'отметка «4»', 'кол-во «4»', 'количество «4»'],
  mark5: ['mark5', 'mark 5', '5', '«5»', 'отметка «5»', 'кол-во «5»', 'количество «5»'],
  pct2: ['pct2', 'pct 2', '% «2»', '«2» %', 'доля «2»', 'доля «2», %', 'процент «2»'],
  pct3: ['pct3', 'pct 3', '% «3»', '«3» %', 'доля «3»', 'доля «3», %', 'процент «3»'],
  pct4: ['pct4', 'pct 4', '% «4»', '«4» %', 'доля «4»', 'доля «4», %', 'процент «4»'],
  pct5: ['pct5', 'pct 5', '% «5»', '«5» %', 'доля «5»', 'доля «5», %', 'процент «5»'],
  /** On the scale the source writes: a test score (ЕГЭ), a primary score, or a mean mark 2–5 (seeds 000, 002). */
  meanScore: [
    'mean_score', 'mean score', 'средний балл', 'ср. балл', 'средний тестовый балл', 'средний первичный балл', 'средняя отметка',
    'средняя оценка', 'средняя оценка по школе', 'средний балл по школе',
  ],
  highCount: ['high_count', 'high count', '80-100 баллов', 'от 80 до 100 баллов', 'высокобалльники', 'кол-во высокобалльников'],
  mark: ['mark', 'отметка', 'оценка'],
  score: ['score', 'балл', 'тестовый балл', 'итоговый балл'],
  studentId: ['student_id', 'student id', 'код участника', 'id участника', 'участник'],
} as const satisfies Record<string, readonly string[]>;

export type Field = keyof typeof FIELD_ALIASES;

const FIELD_BY_LABEL = new Map<string, Field>(
  (Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [normalizeLabel(alias), field] as [string, Field]),
  ),
);

/** The field a header names, or null. */
export function fieldOfHeader(header: string): Field | null {
  return FIELD_BY_LABEL.get(normalizeLabel(header)) ?? null;
}
