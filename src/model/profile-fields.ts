/**
 * The columns of a school profile table as data: the header the template writes, the other
 * headers accepted, how a cell is read (kind), the indicator the value feeds and a note for the
 * template's «Пояснения» sheet. One column per SchoolProfile field and one per risk factor.
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

export interface ProfileField {
  key: ProfileKey;
  header: string;
  aliases: string[];
  kind: ProfileKind;
  /** The indicator(s) of seed 003 the value feeds, or R7 for the risk profile; null for the name. */
  indicator: string | null;
  note: string;
}

type Column<K extends ProfileKind> = { header: string; aliases?: string[]; kind: K; indicator: string | null; note: string };

/** The kinds that can fill a field of a given type: a yes/no field cannot be declared a count. */
type KindOf<V> = [NonNullable<V>] extends [boolean] ? 'yesno'
  : [NonNullable<V>] extends [ContestLevel] ? 'contest'
  : [NonNullable<V>] extends [InnovationLevel] ? 'innovation'
  : [NonNullable<V>] extends [number] ? 'count' | 'percent' | 'number'
  : 'id' | 'text';

// Object order is the template's column order; the Record type makes a missing field a compile error.
const SCALAR_COLUMNS: { [K in ScalarKey]: Column<KindOf<SchoolProfile[K]>> } = {
  schoolId: {
    header: 'Код ОО', aliases: [...FIELD_ALIASES.schoolId], kind: 'id', indicator: null,
    note: 'Код или логин школы — так же, как в таблицах результатов; по нему профиль связывается с результатами.',
  },
  schoolName: {
    header: 'Наименование ОО', aliases: [...FIELD_ALIASES.schoolName, ...FIELD_ALIASES.school], kind: 'text', indicator: null,
    note: 'Краткое наименование школы (для отчёта).',
  },
  schoolType: {
    header: 'Вид ОО', aliases: [...FIELD_ALIASES.schoolType], kind: 'text', indicator: '1.21',
    note: 'СОШ (средняя) или ООШ (основная): от вида школы зависит расчёт показателя 1.21.',
  },
  teachersTotal: {
    header: 'Педагогов всего', aliases: ['педагогов', 'всего педагогов', 'численность педагогов', 'количество педагогов', 'учителей всего'],
    kind: 'count', indicator: '2.1, 2.2',
    note: 'Число педагогических работников школы (целое) — знаменатель показателей 2.1 и 2.2.',
  },
  teachersTrained: {
    header: 'Прошли КПК за 3 года', aliases: ['прошли кпк', 'педагогов прошли кпк', 'кпк за 3 года', 'прошли курсы повышения квалификации'],
    kind: 'count', indicator: '2.1',
    note: 'Сколько педагогов прошли курсы повышения квалификации (переподготовку) за последние 3 года (2.1: 3 балла, если все).',
  },
  teachersCategory: {
    header: 'С высшей/первой категорией', aliases: ['с категорией', 'с высшей и первой категорией', 'имеют квалификационную категорию'],
    kind: 'count', indicator: '2.2, 2.3',
    note: 'Сколько педагогов имеют высшую или первую квалификационную категорию в этом учебном году (2.2, 2.3).',
  },
  teachersCategoryPrev: {
    header: 'С высшей/первой категорией (прошлый год)', aliases: ['с категорией прошлый год', 'с высшей и первой категорией прошлый год'],
    kind: 'count', indicator: '2.3',
    note: 'То же число педагогов с высшей или первой категорией в прошлом учебном году: динамика — показатель 2.3.',
  },
  contests: {
    header: 'Профессиональные конкурсы', aliases: ['проф конкурсы', 'профессиональные конкурсы педагогов', 'участие в профессиональных конкурсах'],
    kind: 'contest', indicator: '2.4',
    note: 'Участие педагогов в профессиональных конкурсах за учебный год: нет, участники или победители (победители, призёры, лауреаты) — 2.4.',
  },
  experienceMunicipal: {
    header: 'Опыт на муниципальном уровне', aliases: ['представили опыт на муниципальном уровне', 'опыт муниципальный'],
    kind: 'yesno', indicator: '2.5',
    note: 'да, если педагоги представили опыт работы на РМО или муниципальных семинарах (2.5).',
  },
  experienceRegional: {
    header: 'Опыт на краевом уровне', aliases: ['опыт на региональном уровне', 'представили опыт на краевом уровне', 'опыт краевой'],
    kind: 'yesno', indicator: '2.6',
    note: 'да, если педагоги представили опыт работы на краевом (региональном) уровне (2.6).',
  },
  innovation: {
    header: 'Конкурсы инновационных проектов', aliases: ['инновационные проекты', 'инновационная деятельность', 'конкурсы общественно значимых инновационных проектов'],
    kind: 'innovation', indicator: '2.7',
    note: 'Участие учителей или администрации в конкурсах инновационных проектов: нет, участие или победа (2.7).',
  },
  methodLeaders: {
    header: 'Руководители РМО / тьюторы', aliases: ['руководители рмо', 'руководители рмо тьюторы', 'муниципальные тьюторы'],
    kind: 'yesno', indicator: '2.8',
    note: 'да, если среди педагогов есть руководители РМО или муниципальные тьюторы (2.8).',
  },
  olympiadRegionalWinners: {
    header: 'Призёры регионального этапа ВсОШ', aliases: ['победители и призеры регионального этапа', 'призеры регионального этапа', 'призеры рэ всош'],
    kind: 'yesno', indicator: '2.9',
    note: 'да, если у школы есть победители или призёры регионального этапа олимпиады (2.9: 3 балла).',
  },
  olympiadMunicipal: {
    header: 'Участие в муниципальном этапе ВсОШ', aliases: ['участие в муниципальном этапе', 'участвовали в муниципальном этапе', 'участие в мэ всош'],
    kind: 'yesno', indicator: '2.9',
    note: 'да, если обучающиеся участвовали в муниципальном этапе олимпиады; нет — 0 баллов по 2.9.',
  },
  olympiadEfficiency: {
    header: 'Эффективность муниципального этапа ВсОШ, %', aliases: ['эффективность участия в муниципальном этапе', 'эффективность мэ всош'],
    kind: 'percent', indicator: '2.9',
    note: 'Эффективность участия в муниципальном этапе олимпиады, % (2.9: более 30% — 2 балла, иначе 1).',
  },
  programmes: {
    header: 'Программа развития, антирисковая программа, ВСОКО', aliases: ['программы развития', 'наличие программ развития', 'антирисковая программа'],
    kind: 'yesno', indicator: '2.10',
    note: 'да, если у школы есть программа развития, антирисковые программы и система ВСОКО (2.10).',
  },
  nonObjective: {
    header: 'Признаки необъективности ВПР', aliases: ['необъективность впр', 'признаки необъективности', 'в списке рособрнадзора'],
    kind: 'yesno', indicator: '1.18',
    note: 'да, если школа в списке Рособрнадзора как имеющая признаки необъективности результатов ВПР (1.18).',
  },
  isbsh: {
    header: 'ИСБШ', aliases: ['индекс социального благополучия', 'индекс социального благополучия школы'],
    kind: 'number', indicator: '1.21',
    note: 'Индекс социального благополучия школы (ИСБШ) — делитель в формуле показателя 1.21.',
  },
  shnsu: {
    header: 'ШНСУ', aliases: ['школа в сложных социальных условиях', 'в списке шнсу', 'шнсу да нет'],
    kind: 'yesno', indicator: 'ШНСУ',
    note: 'да, если школа в списке школ, функционирующих в сложных социальных условиях (ШНСУ), как его даёт регион; пусто — решает ИСБШ и порог shnsu.isbshBelow.',
  },
  ior: {
    header: 'ИОР', aliases: ['индекс образовательных результатов'],
    kind: 'number', indicator: '1.19, 1.20',
    note: 'Индекс образовательных результатов, если муниципалитет рассчитывает его сам (1.19; может быть отрицательным).',
  },
  iorPrev: {
    header: 'ИОР (прошлый год)', aliases: ['индекс образовательных результатов прошлый год'],
    kind: 'number', indicator: '1.20',
    note: 'ИОР за прошлый год: динамика индекса — показатель 1.20.',
  },
  failingShare: {
    header: 'Доля неуспевающих, %', aliases: ['доля неуспевающих обучающихся'],
    kind: 'percent', indicator: '3.1, 3.3',
    note: 'Доля неуспевающих обучающихся школы, % (3.1; её снижение — 3.3).',
  },
  failingSharePrev: {
    header: 'Доля неуспевающих (прошлый год), %', aliases: ['доля неуспевающих обучающихся прошлый год'],
    kind: 'percent', indicator: '3.3',
    note: 'Доля неуспевающих в прошлом году, % — для показателя 3.3 (снижение доли).',
  },
  disabledShare: {
    header: 'Доля обучающихся с ОВЗ, %', aliases: ['доля овз'],
    kind: 'percent', indicator: '3.1',
    note: 'Доля обучающихся с ограниченными возможностями здоровья, % (3.1).',
  },
  nonNativeShare: {
    header: 'Доля обучающихся с неродным русским языком, %', aliases: ['доля обучающихся для которых русский язык не родной', 'доля с неродным русским'],
    kind: 'percent', indicator: '3.1',
    note: 'Доля обучающихся, для которых русский язык не родной, % (3.1).',
  },
  failingExtraShare: {
    header: 'Доля неуспевающих на доп. занятиях, %', aliases: ['доля неуспевающих посещающих дополнительные занятия', 'доля неуспевающих на дополнительных занятиях'],
    kind: 'percent', indicator: '3.1',
    note: 'Доля неуспевающих, которые посещают дополнительные занятия, % (3.1).',
  },
  socialRiskShare: {
    header: 'Доля обучающихся в сложных социальных условиях, %', aliases: ['доля обучающихся в социально сложных условиях'],
    kind: 'percent', indicator: '3.1',
    note: 'Доля обучающихся, которые находятся в социально сложных условиях, % (3.1).',
  },
  trainedLowAchieversShare: {
    header: 'Доля учителей с КПК по работе со слабоуспевающими, %', aliases: ['доля учителей прошедших курсы по работе со слабоуспевающими'],
    kind: 'percent', indicator: '3.2',
    note: 'Доля учителей, прошедших курсы по адресной работе со слабоуспевающими и неуспевающими, % (3.2).',
  },
  parentsHigherShare: {
    header: 'Доля родителей с высшим образованием, %', aliases: ['родители с высшим образованием'],
    kind: 'percent', indicator: 'ШНСУ',
    note: 'Социальный паспорт: доля родителей с высшим образованием, % (контекст ШНСУ; необязательно).',
  },
  parentsVocationalShare: {
    header: 'Доля родителей со средним профессиональным образованием, %', aliases: ['родители со средним профессиональным образованием'],
    kind: 'percent', indicator: 'ШНСУ',
    note: 'Социальный паспорт: доля родителей со средним профессиональным образованием, % (контекст ШНСУ; необязательно).',
  },
  networkSchools: {
    header: 'Сетевое взаимодействие со школами', aliases: ['сетевое взаимодействие с другими школами'],
    kind: 'yesno', indicator: '4.1',
    note: 'да, если школа вовлечена в сетевое взаимодействие с другими школами (4.1).',
  },
  networkOrganisations: {
    header: 'Сетевое взаимодействие с другими организациями', aliases: ['сетевое взаимодействие с организациями'],
    kind: 'yesno', indicator: '4.2',
    note: 'да, если есть сетевое взаимодействие с другими организациями по приказу, соглашению или договору (4.2).',
  },
  jointEvents: {
    header: 'Совместные мероприятия', aliases: ['провели совместные мероприятия'],
    kind: 'yesno', indicator: '4.3',
    note: 'да, если школа провела совместные мероприятия с другими школами или организациями (4.3).',
  },
  seminarsHosted: {
    header: 'Методические семинары на базе школы', aliases: ['методические семинары', 'провели методические семинары'],
    kind: 'yesno', indicator: '4.4',
    note: 'да, если на базе школы проведены методические семинары (4.4).',
  },
  computerShortage: {
    header: 'Нехватка компьютерной техники', aliases: ['нехватка компьютеров'],
    kind: 'yesno', indicator: 'R7',
    note: 'да, если школе не хватает компьютерной техники (контекстный риск).',
  },
  staffShortage: {
    header: 'Дефицит педагогических кадров', aliases: ['дефицит кадров', 'нехватка педагогов'],
    kind: 'yesno', indicator: 'R7',
    note: 'да, если в школе дефицит педагогических кадров (контекстный риск).',
  },
  smallSchool: {
    header: 'Малочисленная школа', aliases: ['малокомплектная школа', 'малочисленная'],
    kind: 'yesno', indicator: 'R7',
    note: 'да, если школа малочисленная (контекстный риск).',
  },
  federalList: {
    header: 'В федеральном списке ШНОР', aliases: ['федеральный список шнор', 'шнор федеральный список'],
    kind: 'yesno', indicator: 'R7',
    note: 'да, если школа в федеральном списке ШНОР.',
  },
  regionalList: {
    header: 'В региональном списке ШНОР', aliases: ['региональный список шнор', 'шнор региональный список', 'в краевом списке шнор'],
    kind: 'yesno', indicator: 'R7',
    note: 'да, если школа в региональном списке ШНОР.',
  },
  project500: {
    header: 'Проект «500+»', aliases: ['500+', 'проект 500', 'участник проекта 500+'],
    kind: 'yesno', indicator: 'R7',
    note: 'да, если школа участвует в проекте «500+».',
  },
};

/** Seed 000's wording of the ten factors; the eleventh is seed 004's (ruling R7). */
const RISK_COLUMNS: Record<RiskFactor, { header: string; aliases: string[] }> = {
  equipment: { header: 'Риск: низкий уровень оснащения школы', aliases: ['низкий уровень оснащения школы'] },
  // the bare «Дефицит педагогических кадров» is the yes/no context risk above
  staffDeficit: { header: 'Риск: дефицит педагогических кадров', aliases: [] },
  teacherCompetence: {
    header: 'Риск: недостаточная предметная и методическая компетентность педагогических работников',
    aliases: ['недостаточная предметная и методическая компетентность педагогических работников', 'риск недостаточная компетентность педагогов'],
  },
  disabilities: { header: 'Риск: высокая доля обучающихся с ОВЗ', aliases: ['высокая доля обучающихся с овз'] },
  languageBarriers: {
    header: 'Риск: низкое качество преодоления языковых и культурных барьеров',
    aliases: ['низкое качество преодоления языковых и культурных барьеров', 'риск языковые и культурные барьеры'],
  },
  motivation: { header: 'Риск: низкая учебная мотивация обучающихся', aliases: ['низкая учебная мотивация обучающихся'] },
  wellbeing: { header: 'Риск: пониженный уровень школьного благополучия', aliases: ['пониженный уровень школьного благополучия'] },
  discipline: { header: 'Риск: низкий уровень дисциплины в классе', aliases: ['низкий уровень дисциплины в классе'] },
  failureRisk: {
    header: 'Риск: высокая доля обучающихся с рисками учебной неуспешности',
    aliases: ['высокая доля обучающихся с рисками учебной неуспешности'],
  },
  parents: { header: 'Риск: низкий уровень вовлеченности родителей', aliases: ['низкий уровень вовлеченности родителей'] },
  qualitySystem: {
    header: 'Риск: несформированность ВСОКО',
    aliases: [
      'несформированность всоко',
      'несформированность внутришкольной системы оценки качества образования',
      'риск несформированность внутришкольной системы оценки качества образования',
    ],
  },
};

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/(\D)(\d)/g, '$1_$2');
}

export const PROFILE_FIELDS: readonly ProfileField[] = [
  ...(Object.entries(SCALAR_COLUMNS) as [ScalarKey, Column<ProfileKind>][]).map(([key, c]): ProfileField => ({
    key, header: c.header, aliases: [...(c.aliases ?? []), snakeCase(key)], kind: c.kind, indicator: c.indicator, note: c.note,
  })),
  ...RISK_FACTORS.map((factor): ProfileField => ({
    key: `risks.${factor}`,
    header: RISK_COLUMNS[factor].header,
    aliases: [...RISK_COLUMNS[factor].aliases, `risk_${snakeCase(factor)}`],
    kind: 'significance',
    indicator: 'R7',
    note: `Значимость фактора риска «${RISK_COLUMNS[factor].header.slice('Риск: '.length)}» для школы: высокая, средняя или низкая; пусто — фактор не актуален.`,
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
  PROFILE_FIELDS.flatMap((field) => [field.header, ...field.aliases].map((h) => [headerLabel(h), field] as [string, ProfileField])),
);

export function profileFieldOfHeader(header: string): ProfileField | null {
  return FIELD_BY_LABEL.get(headerLabel(header)) ?? null;
}

/**
 * The words a choice cell may hold, canonical one first (the template's dropdown and the
 * «expected one of» message show it). Compared after normalizeLabel; «+» and «-» as they are.
 */
export const CHOICES: {
  yesno: { value: boolean; words: string[] }[];
  contest: { value: ContestLevel; words: string[] }[];
  innovation: { value: InnovationLevel; words: string[] }[];
  significance: { value: Significance; words: string[] }[];
} = {
  yesno: [
    { value: true, words: ['да', 'yes', 'y', '1', '+', 'есть', 'имеется', 'true', 'истина'] },
    { value: false, words: ['нет', 'no', 'n', '0', '-', '–', '—', 'не имеется', 'отсутствует', 'false', 'ложь'] },
  ],
  contest: [
    { value: 'none', words: ['нет', 'не участвовали', 'не участвуют', 'не принимали участия', 'не участвовал', 'none', '0'] },
    { value: 'participants', words: ['участники', 'участие', 'участвовали', 'участник', 'есть участники', 'participants'] },
    { value: 'winners', words: ['победители', 'призеры', 'лауреаты', 'победитель', 'призер', 'лауреат', 'победа', 'winners'] },
  ],
  innovation: [
    { value: 'none', words: ['нет', 'не участвуют', 'не участвовали', 'не участвует', 'none', '0'] },
    { value: 'participant', words: ['участие', 'участник', 'участники', 'участвуют', 'участвовали', 'participant'] },
    { value: 'winner', words: ['победа', 'победитель', 'победители', 'winner'] },
  ],
  significance: [
    { value: 'high', words: ['высокая', 'высокий', 'high'] },
    { value: 'medium', words: ['средняя', 'средний', 'medium'] },
    { value: 'low', words: ['низкая', 'низкий', 'low'] },
  ],
};

/** The canonical words of a choice kind: «да, нет», «нет, участники, победители» … */
export function choiceWords(kind: ChoiceKind): string[] {
  return CHOICES[kind].map((choice) => choice.words[0]!);
}

export const PROFILE_SHEET = 'Профиль';
export const PROFILE_NOTES_SHEET = 'Пояснения';
