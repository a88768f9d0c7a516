/**
 * The requisites of the справка (model/requisites.ts) laid out as lines of text: a requisite that
 * is not set becomes a blank to fill in by hand.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { Requisites } from '../../model/requisites.js';

/** The requisites laid out as lines of text, the same for every renderer. */
export interface RequisiteLines {
  /** The issuing organisation, above the title. */
  organisation: string;
  /** The approval stamp at the top right: УТВЕРЖДАЮ, position, signature and name, date. */
  approval: string[];
  /** Under the title: date and number, then the place. */
  registration: string[];
  /** At the end: who prepared the document and how to reach them. */
  executor: string[];
}

export function requisiteLines(requisites: Requisites, lang: Lang): RequisiteLines {
  const t = messagesOf(lang);
  const r = t.report;
  const or = (value: string | undefined) => value ?? r.blank;
  const date = requisites.date ?? r.dateBlank;
  const { approver, executor } = requisites;
  return {
    organisation: or(requisites.organisation),
    approval: [r.approve, or(approver.position), r.signature(approver.name ?? r.nameBlank), date],
    registration: [r.registration({ date, number: requisites.number ?? r.numberBlank }), or(requisites.place)],
    executor: [r.executor(or(executor.name)), or(executor.position), r.contacts({ phone: or(executor.phone), email: or(executor.email) })],
  };
}
