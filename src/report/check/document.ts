/**
 * check's document: the draft's discrepancies (missing, extra, absent, name and branch matches)
 * and the data checks, a list each. The page gives the verdict first and each list under its
 * heading; the screen counts each list in its heading and gives the verdict last.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { paragraph, type Block, type Document, type Section } from '../document/model.js';
import { checkJson } from './json.js';
import { objectivitySourceLine } from '../objectivity-source.js';
import { listsSummary, standingText } from '../official-lists.js';
import {
  absentText, branchMatchText, checkMessage, checkSubject, counts, entryText, extraText, findingsTable, listDisagreements, missingText, nameMatchText,
  type CheckReport,
} from './report.js';

interface Finding {
  text: string;
  strong: boolean;
}

interface FindingList {
  title: string;
  items: Finding[];
}

export function checkDocument(report: CheckReport, lang: Lang): Document {
  const t = messagesOf(lang);
  const c = t.check;
  const year = t.labels.schoolYear(report.year);
  const lists = findingLists(report, lang);
  const summary = summaryLines(report, lang);
  return {
    title: report.comparison ? c.title(year) : c.titleData(year),
    ...(report.draft ? { subtitle: c.draftFile(report.draft.file, report.draft.entries) } : {}),
    sections: [
      { title: null, only: 'page', blocks: summary.map((line) => paragraph(line, 'strong')) },
      ...lists.flatMap((list): Section[] => [screenSection(list, lang), pageSection(list, lang)]),
      { title: null, only: 'screen', blocks: summary.map((line, i) => ({ ...paragraph(line), tight: i > 0 })) },
    ],
    sheets: [findingsTable(report, lang)],
    json: { value: checkJson(report, lang) },
  };
}

function screenSection({ title, items }: FindingList, lang: Lang): Section {
  const t = messagesOf(lang);
  const blocks: Block[] = items.length === 0
    ? [paragraph(`  ${t.check.none}`, 'dim')]
    : [{ kind: 'list', items: items.map(({ text, strong }) => ({ text, strong })) }];
  return { title: `${title} (${items.length}):`, only: 'screen', blocks };
}

/** A finding's text on one line: a draft's cell may hold a line break. */
function pageSection({ title, items }: FindingList, lang: Lang): Section {
  const t = messagesOf(lang);
  const blocks: Block[] = items.length === 0
    ? [paragraph([{ em: t.check.none }])]
    : [{ kind: 'list', items: items.map(({ text, strong }) => ({ text: text.replace(/\r?\n/g, ' '), strong })) }];
  return { title, only: 'page', blocks };
}

function findingLists(report: CheckReport, lang: Lang): FindingList[] {
  const t = messagesOf(lang);
  const c = t.check;
  const lists: FindingList[] = [];
  const cmp = report.comparison;
  const name = (id: string, schoolName: string | null) => (schoolName && schoolName !== id ? `${id} ${schoolName}` : id);
  if (cmp) {
    lists.push(
      { title: c.sections.missing, items: cmp.missing.map((s) => ({ text: `${name(s.schoolId, s.schoolName)}: ${missingText(s, lang)}`, strong: true })) },
      { title: c.sections.extra, items: cmp.extra.map((s) => ({ text: `${name(s.schoolId, s.schoolName)}: ${extraText(s, report.year, lang)}`, strong: true })) },
      { title: c.sections.absent, items: cmp.absent.map((a) => ({ text: `${entryText(a.entry)}: ${absentText(a, lang)}`, strong: true })) },
    );
    if (cmp.nameMatches.length > 0) lists.push({ title: c.sections.nameMatches, items: cmp.nameMatches.map((n) => ({ text: nameMatchText(n, lang), strong: false })) });
    if (cmp.branchMatches.length > 0) lists.push({ title: c.sections.branchMatches, items: cmp.branchMatches.map((b) => ({ text: branchMatchText(b, lang), strong: false })) });
  }
  if (report.lists) {
    lists.push({ title: t.lists.section, items: listDisagreements(report).map((s) => ({ text: `${name(s.schoolId, s.schoolName)}: ${standingText(s, report.year, lang)}`, strong: false })) });
  }
  lists.push({
    title: c.sections.dataChecks,
    items: report.dataChecks.map((d) => {
      const subject = checkSubject(d, lang);
      return { text: `[${c.levels[d.level]}] ${subject ? `${subject}: ` : ''}${checkMessage(d, lang)}`, strong: d.level === 'error' };
    }),
  });
  return lists;
}

/** The verdict on the draft (with --list) and the count of the data checks. */
function summaryLines(report: CheckReport, lang: Lang): string[] {
  const t = messagesOf(lang);
  const c = t.check;
  const n = counts(report);
  const lists = report.lists ? listsSummary(report.lists, lang) : null;
  const source = report.objectivityFrom && objectivitySourceLine(report.objectivityFrom, lang);
  return [
    ...(report.comparison ? [n.missing + n.extra + n.absent === 0 ? c.verdictOk : c.verdictBad(n)] : []), ...(lists ? [lists] : []), c.checksSummary(n),
    ...(source ? [source] : []),
  ];
}
