/**
 * The columns of a school profile table as data: the header the template writes (Russian and
 * English — the reader takes either), the other headers accepted, how a cell is read (kind) and
 * the indicator the value feeds. One column per SchoolProfile field and one per risk factor. What
 * the template says about each column is in the messages (profileTemplate).
 */
import type { ContestLevel, InnovationLevel, RiskFactor, SchoolProfile, Significance } from './profile.js';
import { RISK_FACTORS } from './profile.js';
import { FIELD_ALIASES } from './fields.js';
import { normalizeLabel } from './text.js';

export type ProfileKind = 'id' | 'text' | 'count' | 'percent' | 'number' | 'yesno' | 'contest' | 'innovation' | 'significance';
export type ChoiceKind = 'yesno' | 'contest' | 'innovation' | 'significance';

export type ScalarKey = Exclude<keyof SchoolProfile, 'source' | 'risks'>;
/** A risk factor's column: its significance goes to profile.risks[factor]. */
export type RiskKey = `risks.${RiskFactor}`;
export type ProfileKey = ScalarKey | RiskKey;

/** A text of the template in each language it is written in. */
export interface Bilingual {
  ru: string;
  en: string;
}

export interface ProfileField {
  key: ProfileKey;
  /** The header `shnor template profile` writes, by --lang. */
  headers: Bilingual;
  aliases: string[];
  kind: ProfileKind;
  /** The indicator(s) of seed 003 the value feeds, or R7 for the risk profile; null for the name. */
  indicator: string | null;
}

type Column<K extends ProfileKind> = { headers: Bilingual; aliases?: string[]; kind: K; indicator: string | null };

/** The kinds that can fill a field of a given type: a yes/no field cannot be declared a count. */
type KindOf<V> = [NonNullable<V>] extends [boolean] ? 'yesno'
  : [NonNullable<V>] extends [ContestLevel] ? 'contest'
  : [NonNullable<V>] extends [InnovationLevel] ? 'innovation'
  : [NonNullable<V>] extends [number] ? 'count' | 'percent' | 'number'
  : 'id' | 'text';

// Object order is the template's column order; the Record type makes a missing field a compile error.
const SCALAR_COLUMNS: { [K in ScalarKey]: Column<KindOf<SchoolProfile[K]>> } = {
  schoolId: {
    headers: { ru: 'Код ОО', en: 'School code' },
    aliases: [...FIELD_ALIASES.schoolId], kind: 'id', indicator: null,
  },
  schoolName: {
    headers: { ru: 'Наименование ОО', en: 'School name' },
    aliases: [...FIELD_ALIASES.schoolName, ...FIELD_ALIASES.school], kind: 'text', indicator: null,
  },
  schoolType: {
    headers: { ru: 'Вид ОО', en: 'School type' },
    aliases: [...FIELD_ALIASES.schoolType], kind: 'text', indicator: '1.21',
  },
  teachersTotal: {
    headers: { ru: 'Педагогов всего', en: 'Teachers, total' },
    aliases: ['педагогов', 'всего педагогов', 'численность педагогов', 'количество педагогов', 'учителей всего'],
    kind: 'count', indicator: '2.1, 2.2',
  },
  teachersTrained: {
    headers: { ru: 'Прошли КПК за 3 года', en: 'Completed CPD courses in 3 years' },
    aliases: ['прошли кпк', 'педагогов прошли кпк', 'кпк за 3 года', 'прошли курсы повышения квалификации'], kind: 'count', indicator: '2.1',
  },
  teachersCategory: {
    headers: { ru: 'С высшей/первой категорией', en: 'With the highest/first category' },
    aliases: ['с категорией', 'с высшей и первой категорией', 'имеют квалификационную категорию'], kind: 'count', indicator: '2.2, 2.3',
  },
  teachersCategoryPrev: {
    headers: { ru: 'С высшей/первой категорией (прошлый год)', en: 'With the highest/first category (last year)' },
    aliases: ['с категорией прошлый год', 'с высшей и первой категорией прошлый год'], kind: 'count', indicator: '2.3',
  },
  contests: {
    headers: { ru: 'Профессиональные конкурсы', en: 'Professional contests' },
    aliases: ['проф конкурсы', 'профессиональные конкурсы педагогов', 'участие в профессиональных конкурсах'], kind: 'contest', indicator: '2.4',
  },
  experienceMunicipal: {
    headers: { ru: 'Опыт на муниципальном уровне', en: 'Experience shared at municipal level' },
    aliases: ['представили опыт на муниципальном уровне', 'опыт муниципальный'], kind: 'yesno', indicator: '2.5',
  },
  experienceRegional: {
    headers: { ru: 'Опыт на краевом уровне', en: 'Experience shared at regional level' },
    aliases: ['опыт на региональном уровне', 'представили опыт на краевом уровне', 'опыт краевой'], kind: 'yesno', indicator: '2.6',
  },
  innovation: {
    headers: { ru: 'Конкурсы инновационных проектов', en: 'Innovation project contests' },
    aliases: ['инновационные проекты', 'инновационная деятельность', 'конкурсы общественно значимых инновационных проектов'],
    kind: 'innovation', indicator: '2.7',
  },
  methodLeaders: {
    headers: { ru: 'Руководители РМО / тьюторы', en: 'Heads of РМО / tutors' },
    aliases: ['руководители рмо', 'руководители рмо тьюторы', 'муниципальные тьюторы'], kind: 'yesno', indicator: '2.8',
  },
  olympiadRegionalWinners: {
    headers: { ru: 'Призёры регионального этапа ВсОШ', en: 'Winners of the regional stage of ВсОШ' },
    aliases: ['победители и призеры регионального этапа', 'призеры регионального этапа', 'призеры рэ всош'], kind: 'yesno', indicator: '2.9',
  },
  olympiadMunicipal: {
    headers: { ru: 'Участие в муниципальном этапе ВсОШ', en: 'Took part in the municipal stage of ВсОШ' },
    aliases: ['участие в муниципальном этапе', 'участвовали в муниципальном этапе', 'участие в мэ всош'], kind: 'yesno', indicator: '2.9',
  },
  olympiadEfficiency: {
    headers: { ru: 'Эффективность муниципального этапа ВсОШ, %', en: 'Efficiency at the municipal stage of ВсОШ, %' },
    aliases: ['эффективность участия в муниципальном этапе', 'эффективность мэ всош'], kind: 'percent', indicator: '2.9',
  },
  programmes: {
    headers: { ru: 'Программа развития, антирисковая программа, ВСОКО', en: 'Development programme, anti-risk programme, ВСОКО' },
    aliases: ['программы развития', 'наличие программ развития', 'антирисковая программа'], kind: 'yesno', indicator: '2.10',
  },
  nonObjective: {
    headers: { ru: 'Признаки необъективности ВПР', en: 'Signs of non-objective ВПР results' },
    aliases: ['необъективность впр', 'признаки необъективности', 'в списке рособрнадзора'], kind: 'yesno', indicator: '1.18',
  },
  isbsh: {
    headers: { ru: 'ИСБШ', en: 'Social well-being index (ИСБШ)' },
    aliases: ['индекс социального благополучия', 'индекс социального благополучия школы'], kind: 'number', indicator: '1.21',
  },
  shnsu: {
    headers: { ru: 'ШНСУ', en: 'Difficult social conditions (ШНСУ)' },
    aliases: ['школа в сложных социальных условиях', 'в списке шнсу', 'шнсу да нет'], kind: 'yesno', indicator: 'ШНСУ',
  },
  ior: {
    headers: { ru: 'ИОР', en: 'Educational results index (ИОР)' },
    aliases: ['индекс образовательных результатов'], kind: 'number', indicator: '1.19, 1.20',
  },
  iorPrev: {
    headers: { ru: 'ИОР (прошлый год)', en: 'Educational results index (ИОР), last year' },
    aliases: ['индекс образовательных результатов прошлый год'], kind: 'number', indicator: '1.20',
  },
  failingShare: {
    headers: { ru: 'Доля неуспевающих, %', en: 'Failing pupils, %' },
    aliases: ['доля неуспевающих обучающихся'], kind: 'percent', indicator: '3.1, 3.3',
  },
  failingSharePrev: {
    headers: { ru: 'Доля неуспевающих (прошлый год), %', en: 'Failing pupils (last year), %' },
    aliases: ['доля неуспевающих обучающихся прошлый год'], kind: 'percent', indicator: '3.3',
  },
  disabledShare: {
    headers: { ru: 'Доля обучающихся с ОВЗ, %', en: 'Pupils with disabilities (ОВЗ), %' },
    aliases: ['доля овз'], kind: 'percent', indicator: '3.1',
  },
  nonNativeShare: {
    headers: { ru: 'Доля обучающихся с неродным русским языком, %', en: 'Pupils whose native language is not Russian, %' },
    aliases: ['доля обучающихся для которых русский язык не родной', 'доля с неродным русским'], kind: 'percent', indicator: '3.1',
  },
  failingExtraShare: {
    headers: { ru: 'Доля неуспевающих на доп. занятиях, %', en: 'Failing pupils attending extra classes, %' },
    aliases: ['доля неуспевающих посещающих дополнительные занятия', 'доля неуспевающих на дополнительных занятиях'],
    kind: 'percent', indicator: '3.1',
  },
  socialRiskShare: {
    headers: { ru: 'Доля обучающихся в сложных социальных условиях, %', en: 'Pupils in difficult social conditions, %' },
    aliases: ['доля обучающихся в социально сложных условиях'], kind: 'percent', indicator: '3.1',
  },
  trainedLowAchieversShare: {
    headers: { ru: 'Доля учителей с КПК по работе со слабоуспевающими, %', en: 'Teachers trained to work with low achievers, %' },
    aliases: ['доля учителей прошедших курсы по работе со слабоуспевающими'], kind: 'percent', indicator: '3.2',
  },
  parentsHigherShare: {
    headers: { ru: 'Доля родителей с высшим образованием, %', en: 'Parents with higher education, %' },
    aliases: ['родители с высшим образованием'], kind: 'percent', indicator: 'ШНСУ',
  },
  parentsVocationalShare: {
    headers: { ru: 'Доля родителей со средним профессиональным образованием, %', en: 'Parents with vocational education, %' },
    aliases: ['родители со средним профессиональным образованием'], kind: 'percent', indicator: 'ШНСУ',
  },
  networkSchools: {
    headers: { ru: 'Сетевое взаимодействие со школами', en: 'Networking with other schools' },
    aliases: ['сетевое взаимодействие с другими школами'], kind: 'yesno', indicator: '4.1',
  },
  networkOrganisations: {
    headers: { ru: 'Сетевое взаимодействие с другими организациями', en: 'Networking with other organisations' },
    aliases: ['сетевое взаимодействие с организациями'], kind: 'yesno', indicator: '4.2',
  },
  jointEvents: {
    headers: { ru: 'Совместные мероприятия', en: 'Joint events' },
    aliases: ['провели совместные мероприятия'], kind: 'yesno', indicator: '4.3',
  },
  seminarsHosted: {
    headers: { ru: 'Методические семинары на базе школы', en: 'Methodological seminars hosted' },
    aliases: ['методические семинары', 'провели методические семинары'], kind: 'yesno', indicator: '4.4',
  },
  computerShortage: {
    headers: { ru: 'Нехватка компьютерной техники', en: 'Shortage of computers' },
    aliases: ['нехватка компьютеров'], kind: 'yesno', indicator: 'R7',
  },
  staffShortage: {
    headers: { ru: 'Дефицит педагогических кадров', en: 'Shortage of teaching staff' },
    aliases: ['дефицит кадров', 'нехватка педагогов'], kind: 'yesno', indicator: 'R7',
  },
  smallSchool: {
    headers: { ru: 'Малочисленная школа', en: 'Small school' },
    aliases: ['малокомплектная школа', 'малочисленная'], kind: 'yesno', indicator: 'R7',
  },
  federalList: {
    headers: { ru: 'В федеральном списке ШНОР', en: 'On the federal ШНОР list' },
    aliases: ['федеральный список шнор', 'шнор федеральный список'], kind: 'yesno', indicator: 'R7',
  },
  regionalList: {
    headers: { ru: 'В региональном списке ШНОР', en: 'On the regional ШНОР list' },
    aliases: ['региональный список шнор', 'шнор региональный список', 'в краевом списке шнор'], kind: 'yesno', indicator: 'R7',
  },
  project500: {
    headers: { ru: 'Проект «500+»', en: 'Project «500+»' },
    aliases: ['500+', 'проект 500', 'участник проекта 500+'], kind: 'yesno', indicator: 'R7',
  },
};

/** Seed 000's wording of the ten factors; the eleventh is seed 004's (ruling R7). The header is «Риск: » + the title. */
const RISK_COLUMNS: Record<RiskFactor, { title: Bilingual; aliases: string[] }> = {
  equipment: {
    title: { ru: 'низкий уровень оснащения школы', en: 'low level of school equipment' },
    aliases: ['низкий уровень оснащения школы'],
  },
  // the bare «Дефицит педагогических кадров» is the yes/no context risk above
  staffDeficit: { title: { ru: 'дефицит педагогических кадров', en: 'shortage of teaching staff' }, aliases: [] },
  teacherCompetence: {
    title: {
      ru: 'недостаточная предметная и методическая компетентность педагогических работников',
      en: 'insufficient subject and teaching competence of teachers',
    },
    aliases: ['недостаточная предметная и методическая компетентность педагогических работников', 'риск недостаточная компетентность педагогов'],
  },
  disabilities: {
    title: { ru: 'высокая доля обучающихся с ОВЗ', en: 'high share of pupils with disabilities (ОВЗ)' },
    aliases: ['высокая доля обучающихся с овз'],
  },
  languageBarriers: {
    title: { ru: 'низкое качество преодоления языковых и культурных барьеров', en: 'poor overcoming of language and cultural barriers' },
    aliases: ['низкое качество преодоления языковых и культурных барьеров', 'риск языковые и культурные барьеры'],
  },
  motivation: {
    title: { ru: 'низкая учебная мотивация обучающихся', en: 'low learning motivation of pupils' },
    aliases: ['низкая учебная мотивация обучающихся'],
  },
  wellbeing: {
    title: { ru: 'пониженный уровень школьного благополучия', en: 'lowered school well-being' },
    aliases: ['пониженный уровень школьного благополучия'],
  },
  discipline: {
    title: { ru: 'низкий уровень дисциплины в классе', en: 'poor classroom discipline' },
    aliases: ['низкий уровень дисциплины в классе'],
  },
  failureRisk: {
    title: { ru: 'высокая доля обучающихся с рисками учебной неуспешности', en: 'high share of pupils at risk of academic failure' },
    aliases: ['высокая доля обучающихся с рисками учебной неуспешности'],
  },
  parents: {
    title: { ru: 'низкий уровень вовлеченности родителей', en: 'low involvement of parents' },
    aliases: ['низкий уровень вовлеченности родителей'],
  },
  qualitySystem: {
    title: { ru: 'несформированность ВСОКО', en: 'no working internal quality assessment system (ВСОКО)' },
    aliases: [
      'несформированность всоко',
      'несформированность внутришкольной системы оценки качества образования',
      'риск несформированность внутришкольной системы оценки качества образования',
    ],
  },
};

/** The prefix of a risk column's header. */
const RISK_HEADER: Bilingual = { ru: 'Риск: ', en: 'Risk: ' };

/** A risk factor's title as the template names it: «низкий уровень оснащения школы». */
export function riskTitle(factor: RiskFactor): Bilingual {
  return RISK_COLUMNS[factor].title;
}

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/(\D)(\d)/g, '$1_$2');
}

export const PROFILE_FIELDS: readonly ProfileField[] = [
  ...(Object.entries(SCALAR_COLUMNS) as [ScalarKey, Column<ProfileKind>][]).map(([key, c]): ProfileField => ({
    key, headers: c.headers, aliases: [...(c.aliases ?? []), snakeCase(key)], kind: c.kind, indicator: c.indicator,
  })),
  ...RISK_FACTORS.map((factor): ProfileField => ({
    key: `risks.${factor}`,
    headers: { ru: `${RISK_HEADER.ru}${riskTitle(factor).ru}`, en: `${RISK_HEADER.en}${riskTitle(factor).en}` },
    aliases: [...RISK_COLUMNS[factor].aliases, `risk_${snakeCase(factor)}`],
    kind: 'significance',
    indicator: 'R7',
  })),
];

/** The risk factor of a risk column's key, or null for any other column. */
export function riskOf(key: ProfileKey): RiskFactor | null {
  return key.startsWith('risks.') ? (key.slice('risks.'.length) as RiskFactor) : null;
}

/** «Доля неуспевающих, %» and «Доля неуспевающих» name the same column. */
function headerLabel(header: string): string {
  return normalizeLabel(header).replace(/%/g, ' ').trim().replace(/\s+/g, ' ');
}

const FIELD_BY_LABEL = new Map<string, ProfileField>(
  PROFILE_FIELDS.flatMap((field) => [field.headers.ru, field.headers.en, ...field.aliases].map((h) => [headerLabel(h), field] as [string, ProfileField])),
);

export function profileFieldOfHeader(header: string): ProfileField | null {
  return FIELD_BY_LABEL.get(headerLabel(header)) ?? null;
}

/**
 * The words a choice cell may hold, the canonical Russian one first (the Russian template's
 * dropdown and the «expected one of» message show it); `en` is the English template's, also among
 * the words. Compared after normalizeLabel; «+» and «-» as they are.
 */
export const CHOICES: {
  yesno: { value: boolean; en: string; words: string[] }[];
  contest: { value: ContestLevel; en: string; words: string[] }[];
  innovation: { value: InnovationLevel; en: string; words: string[] }[];
  significance: { value: Significance; en: string; words: string[] }[];
} = {
  yesno: [
    { value: true, en: 'yes', words: ['да', 'yes', 'y', '1', '+', 'есть', 'имеется', 'true', 'истина'] },
    { value: false, en: 'no', words: ['нет', 'no', 'n', '0', '-', '–', '—', 'не имеется', 'отсутствует', 'false', 'ложь'] },
  ],
  contest: [
    { value: 'none', en: 'none', words: ['нет', 'не участвовали', 'не участвуют', 'не принимали участия', 'не участвовал', 'none', '0'] },
    { value: 'participants', en: 'participants', words: ['участники', 'участие', 'участвовали', 'участник', 'есть участники', 'participants'] },
    { value: 'winners', en: 'winners', words: ['победители', 'призеры', 'лауреаты', 'победитель', 'призер', 'лауреат', 'победа', 'winners'] },
  ],
  innovation: [
    { value: 'none', en: 'none', words: ['нет', 'не участвуют', 'не участвовали', 'не участвует', 'none', '0'] },
    { value: 'participant', en: 'participant', words: ['участие', 'участник', 'участники', 'участвуют', 'участвовали', 'participant'] },
    { value: 'winner', en: 'winner', words: ['победа', 'победитель', 'победители', 'winner'] },
  ],
  significance: [
    { value: 'high', en: 'high', words: ['высокая', 'высокий', 'high'] },
    { value: 'medium', en: 'medium', words: ['средняя', 'средний', 'medium'] },
    { value: 'low', en: 'low', words: ['низкая', 'низкий', 'low'] },
  ],
};

/** The canonical words of a choice kind: «да, нет», «нет, участники, победители» …; in English «yes, no» … */
export function choiceWords(kind: ChoiceKind, lang: keyof Bilingual = 'ru'): string[] {
  return CHOICES[kind].map((choice) => (lang === 'en' ? choice.en : choice.words[0]!));
}

/** The template's sheets; the reader passes over the notes sheet (prose, no header) in either language. */
export const PROFILE_SHEET: Bilingual = { ru: 'Профиль', en: 'Profile' };
export const PROFILE_NOTES_SHEET: Bilingual = { ru: 'Пояснения', en: 'Notes' };
