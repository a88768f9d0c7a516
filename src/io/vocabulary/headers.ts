/**
 * The column headers shnor recognises in input files, by the reader that reads them (issue 19: the
 * input vocabulary in one place). Each list keeps the words and order its reader had; two lists
 * that differ even slightly stay two lists. Compared after normalizeLabel (model/text.ts) unless
 * a comment says otherwise. Row labels are in rows.ts, cell and title words in cells.ts.
 * In model, not here, because model's own code reads them too: the result fields' aliases
 * (FIELD_ALIASES, model/fields.ts), the profile's columns and choice words (model/profile-fields.ts),
 * procedure and subject names (model/procedures.ts), the task header grammar «6 (2б)» (model/tasks.ts)
 * and the task cell words «Н», «не пройд.», «отсутствовал» (model/task-cells.ts).
 */
import { FIELD_ALIASES } from '../../model/fields.js';
import type { ValueField } from '../../model/result-schema.js';
import type { Metric } from '../layouts/ege-form-header.js';
import type { ShareField } from '../journal.js';
import type { ScaleField } from '../scales.js';
import type { MapField } from '../tasks/task-map.js';

// ── Result tables (layouts/) ────────────────────────────────────────────────────────────────

/**
 * Metric phrases of the wide layout's «<procedure> <metric>» headers (analysts' tables, seed 003
 * §3.2: «ВПР Русский 5 кл. % «2»»), most specific first, matched on the normalised header.
 */
export const WIDE_METRICS: { pattern: RegExp; field: ValueField }[] = [
  { pattern: /(кол во|количество|число) 2\b/, field: 'failCount' },
  { pattern: /(кол во|количество|число) (не преодолевших|неуспешных|не справившихся)/, field: 'failCount' },
  { pattern: /(кол во |количество |число )?участник\S*/, field: 'participants' },
  { pattern: /(% |доля |процент )2\b( %)?/, field: 'failPct' },
  { pattern: /(% |доля |процент )3\b( %)?/, field: 'pct3' },
  { pattern: /(% |доля |процент )4\b( %)?/, field: 'pct4' },
  { pattern: /(% |доля |процент )5\b( %)?/, field: 'pct5' },
  { pattern: /(% |доля )?(не преодолевших|не преодолели|неуспешност\S*|неуспешных|не справившихся)( %)?/, field: 'failPct' },
  { pattern: /(средний|ср) (тестовый |первичный )?балл|средняя (отметка|оценка)/, field: 'meanScore' },
];

/**
 * A wide header naming the district's or the region's value beside the school's («Средняя оценка
 * по району», seed 000; «Край», seed 002): not the school's result.
 */
export const WIDE_COMPARISON = /(^| )(район[ауе]?|кра[йяюе]|регион[ауе]?|област[ьи]|округ[ауе]?|муниципалитет[ауе]?|рф|росси[яи])( |$)/;

/** The primary score column of ФИС ОКО's per-pupil ВПР export and a school's protocol form (layouts/pupils.ts). */
export const PUPILS_TOTAL_HEADERS = new Set(['всего баллов', 'итого баллов', 'сумма баллов', 'первичный балл', 'итого', 'всего']);
/** The pupil's code column of the same forms (layouts/pupils.ts). */
export const PUPILS_PUPIL_HEADERS = new Set(['код обучающегося', 'номер обучающегося', 'код участника', 'номер участника', 'код ученика']);
/** Columns of the same published forms the pupils layout knows and does not need (no «unknown column» for them). */
export const PUPILS_KNOWN_HEADERS = [
  /^пол$/, /^класс( |$)/, /^наименование класса$/, /^отметка за предыдущ/, /^учебник$/, /^др уч/, /^пользователь$/,
  /^код региона$/, /^дата загрузки$/,
];
/** The journal mark for the previous term in the same forms (pupil-marks.ts, for objectivity). */
export const PUPILS_JOURNAL_HEADER = /^отметка (за предыдущ|по журналу)/;
/** The class of the same forms: «класс» (a letter), «наименование класса», «буква (цифра) класса» (pupil-marks.ts). */
export const PUPILS_CLASS_HEADER = /^(класс( |$)|наименование класса|буква)/;
/** The variant column of the same forms, by its start: «Вариант», «Вариант часть 1» (layouts/pupils.ts). */
export const PUPILS_VARIANT_PREFIX = 'вариант';

/**
 * «Группы участников»: the group column of ФИС ОКО's nested exports — «Статистика по отметкам»
 * (layouts/fisoko.ts), «Выполнение заданий» (tasks/group-export.ts), «Сравнение отметок с
 * отметками по журналу» (journal.ts).
 */
export const GROUP_HEADER = /^групп\S* участник\S*$/;
/** «Кол-во участников» of «Статистика по отметкам» (layouts/fisoko.ts) and of the journal comparison (journal.ts). */
export const PARTICIPANTS_HEADER = /^(кол во|количество|число) участник\S*$/;
/** «Кол-во участников» of «Выполнение заданий» (tasks/group-export.ts), which may also write «Кол-во уч.». */
export const GROUP_EXPORT_PARTICIPANTS_HEADER = /^(кол во|количество|число) (участник\S*|уч)$/;
/** «Кол-во ОО» of «Статистика по отметкам» (layouts/fisoko.ts) and «Выполнение заданий» (tasks/group-export.ts). */
export const SCHOOL_COUNT_HEADER = /^(кол во|количество|число) (оо|школ\S*|организаций)$/;
/** «Распределение групп баллов в %» merged over the marks of «Статистика по отметкам», by its start (layouts/fisoko.ts). */
export const DISTRIBUTION_PREFIX = 'распределение';
/** The school's login column a «Выполнение заданий» export may have beside its groups (tasks/group-export.ts). */
export const GROUP_EXPORT_LOGIN_HEADERS = ['логин', 'логин оо', 'код оо', 'login', 'school id'];

/**
 * The metric row of a region's per-school ЕГЭ form («приняло участие | не преодолен min порог |
 * высокобалльники (80-99 баллов) | получили 100 баллов | средний балл», layouts/ege-form-header.ts),
 * matched on the normalised text in this order (the failing label may also say «участников»).
 */
export const EGE_FORM_METRICS: { pattern: RegExp; metric: Metric }[] = [
  { pattern: /\b80 100\b/, metric: 'high' },
  { pattern: /\b80 99\b|высокобалл/, metric: 'high80' },
  { pattern: /\b100 балл|стобалл/, metric: 'top100' },
  { pattern: /не преодол|ниже мин/, metric: 'failed' },
  { pattern: /принял\S* участие|участник/, metric: 'participants' },
  { pattern: /средн\S* (тестов\S* )?балл|средн\S* отметк|^ср балл/, metric: 'mean' },
];
/** «Профиль (при наличии)» of the same form, by its start: known, not read. */
export const EGE_FORM_PROFILE_PREFIX = 'профиль';
/** «Всего выпускников в 2023 году …» of the same form: known, and it may name the year. */
export const EGE_FORM_GRADUATES_HEADER = /^(всего|количество|кол во|число) выпускник/;
/** «Английский язык (устный)»: a subject header of the same form naming the oral part; tested on the raw header. */
export const ORAL_SUBJECT = /устн/i;

// ── Task-level results (tasks/) ─────────────────────────────────────────────────────────────

/**
 * The columns of a per-pupil protocol (a school's own form, ФИС ОКО's protocol form and per-pupil
 * export; tasks/protocol.ts) by field, beside the task columns.
 */
export const PROTOCOL_ALIASES = {
  schoolId: [...FIELD_ALIASES.schoolId.filter((alias) => alias !== 'код'), 'логин школы'],
  schoolName: FIELD_ALIASES.schoolName,
  school: FIELD_ALIASES.school,
  municipality: FIELD_ALIASES.municipality,
  region: FIELD_ALIASES.region,
  procedure: FIELD_ALIASES.procedure,
  year: FIELD_ALIASES.year,
  /** ФИС ОКО's «Дата загрузки» (17.03.2022 05:09:18): the school year when nothing else names it. */
  uploaded: ['дата загрузки'],
  /** «Код» alone: the pupil's or the school's, as the other columns say (resolveCode). */
  code: ['код'],
  studentId: [
    ...FIELD_ALIASES.studentId, 'номер участника', 'шифр', 'шифр участника', 'код ученика', 'код обучающегося', 'фио', 'фио участника', 'ученик',
    'обучающийся',
  ],
  className: ['class', 'класс', 'класс буква', 'литера', 'наименование класса'],
  teacher: ['teacher', 'учитель', 'фио учителя', 'педагог', 'фио педагога'],
  variant: ['variant', 'вариант', 'номер варианта', '№ варианта', 'вариант часть 1'],
  variant2: ['вариант часть 2'],
  total: ['total', 'сумма', 'сумма баллов', 'первичный балл', 'итоговый балл', 'балл', 'score', 'итого', 'итого баллов', 'всего баллов'],
  mark: FIELD_ALIASES.mark,
} as const satisfies Record<string, readonly string[]>;

/**
 * Columns of ФИС ОКО's forms and exports a protocol knows and does not read: the uploading user (the
 * school's login again), the region and its code, the pupil's number in the list and sex, the
 * textbooks (tasks/protocol.ts normalises them).
 */
export const PROTOCOL_KNOWN_UNREAD = [
  'пользователь', 'код региона', 'номер обучающегося', 'пол', 'учебник', 'др уч автор', 'др уч название', 'основной учебник по предмету',
  'другое автор учебника', 'другое название учебника',
];
/** The mark of the last term in the journal beside a protocol's tasks — not the ВПР mark: known, not read (tasks/protocol.ts). */
export const PROTOCOL_JOURNAL_MARK = /^отметка (за|по) (предыдущ|четверт|триместр|полугоди|журнал)/;
/** «Класс № (список формируется из листа "Классы")» of the protocol form: a class's number in a list the file may not hold; tested on the raw header. */
export const PROTOCOL_CLASS_INDEX = /^\s*класс\s*№/i;
/** «Буква (цифра) класса» of the protocol form's sheet «Классы», by its start: a class list, not results (tasks/protocol.ts). */
export const CLASS_LIST_PREFIX = 'буква цифра класса';

/** «Выполнение заданий», «Номера заданий», «Баллы за задания»: a heading merged over the task columns (tasks/columns.ts). */
export const TASK_HEADING = /(^| )задани[еяй]( |$)/;

/**
 * The columns of a task map (`--map`, FIOKO's description of a work; tasks/task-map.ts): exact
 * labels, matched on the normalised header — or, for a header with «№», on the lower-cased one.
 */
export const TASK_MAP_EXACT_HEADERS: Record<string, MapField> = {
  'задание': 'task', 'задания': 'task', '№': 'task', '№ задания': 'task', 'номер задания': 'task', 'task': 'task', 'no': 'task',
  '№ по киму': 'kim', '№ в киме': 'kim', '№ задания в киме': 'kim', '№ задания по киму': 'kim', 'номер по киму': 'kim', 'номер задания в киме': 'kim',
  'макс балл': 'max', 'максимальный балл': 'max', 'максимальный первичный балл': 'max', 'макс первичный балл': 'max', 'max': 'max', 'балл': 'max',
  'умения': 'skill', 'умение': 'skill', 'проверяемое умение': 'skill', 'проверяемые умения': 'skill', 'skill': 'skill',
  'элемент содержания': 'content', 'элементы содержания': 'content', 'проверяемый элемент содержания': 'content', 'проверяемые элементы содержания': 'content', 'content': 'content',
  'уровень': 'level', 'уровень сложности': 'level', 'level': 'level',
};
/** Starts of a task map's long headers («блоки пооп ноо …», «умения, виды деятельности …»), after the exact labels. */
export const TASK_MAP_HEADER_PREFIXES: [string, MapField][] = [
  ['проверяемые требования', 'skill'], ['умения ', 'skill'], ['блоки пооп', 'content'], ['элемент содержания', 'content'],
  ['максимальный балл', 'max'], ['уровень сложности', 'level'],
];

// ── Other tables ────────────────────────────────────────────────────────────────────────────

/**
 * The share columns of ФИС ОКО's «Сравнение отметок с отметками по журналу» by their first word:
 * «Понизили (Отметка < Отметка по журналу) %», «Подтвердили …», «Повысили …» (journal.ts).
 */
export const JOURNAL_SHARE_WORDS: Record<ShareField, string> = { lowered: 'понизили', confirmed: 'подтвердили', raised: 'повысили' };

/** «Количество маркеров» of the official list of schools with signs of non-objective results (--markers; markers.ts). */
export const MARKER_COUNT_HEADERS = new Set(['количество маркеров', 'кол во маркеров', 'число маркеров', 'всего маркеров', 'маркеров', 'количество признаков']);

/**
 * The columns of a --scales file (the shape of data/scales.json, or «Год | Процедура | «3» от |
 * «4» от | «5» от | Максимум»; scales.ts normalises the keys).
 */
export const SCALE_HEADERS: Record<string, ScaleField> = {
  year: 'year', год: 'year', 'учебный год': 'year',
  procedure: 'procedure', процедура: 'procedure', работа: 'procedure', 'код процедуры': 'procedure',
  min3: 'min3', '3 от': 'min3', 'мин 3': 'min3', 'отметка 3 от': 'min3',
  min4: 'min4', '4 от': 'min4', 'мин 4': 'min4', 'отметка 4 от': 'min4',
  min5: 'min5', '5 от': 'min5', 'мин 5': 'min5', 'отметка 5 от': 'min5',
  max: 'max', максимум: 'max', 'макс балл': 'max', 'максимальный балл': 'max', 'максимальный первичный балл': 'max',
  source: 'source', источник: 'source',
  note: 'note', notes: 'note', примечание: 'note',
};

/** The facts workbook's municipal sheet (`shnor template facts`), a row per indicator (facts.ts). */
export const FACTS_MUNICIPAL_HEADERS: Record<string, string[]> = {
  id: ['№', 'номер', 'no'],
  value: ['значение', 'значение да нет или %', 'факт', 'value', 'value yes no or %'],
  numerator: ['числитель', 'numerator'],
  denominator: ['знаменатель', 'denominator'],
  evidence: ['ссылка на документ', 'ссылка', 'подтверждение', 'document link', 'evidence'],
  note: ['примечание', 'note'],
  // the template's own columns, read by people, not by shnor
  text: ['показатель', 'indicator'],
  plan: ['план', 'plan'],
};

/** The facts workbook's school sheet: its columns besides the programme's — the id, and the name and group people read (facts.ts). */
export const FACTS_SCHOOL_HEADERS: Record<string, string[]> = {
  schoolId: [...FIELD_ALIASES.schoolId],
  schoolName: [...FIELD_ALIASES.schoolName, 'наименование оо', 'school name'],
  group: ['группа', 'group'],
};

/** «Уровень» of a --reference file: район / регион of each row (reference.ts). */
export const REFERENCE_LEVEL_HEADERS = ['уровень', 'level'];

/** A region's school list from ФИС ОКО, «логин | имя | регион»: the name under «имя» (schools.ts). */
export const SCHOOL_LIST_NAME_HEADER = 'имя';
