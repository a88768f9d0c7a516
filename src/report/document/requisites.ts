/**
 * The requisites of the справка as an official document (shnor.config.json, report.requisites):
 * who approves it, its number and date, who prepared it. A requisite that is not set becomes a
 * blank to fill in by hand — never a guessed name, never the time the file was written.
 */
import * as z from 'zod';
import { msg } from '../../messages/index.js';

/** An empty or blank string counts as not set: `shnor init` writes every requisite as "". */
const requisite = z.string().trim().optional().transform((value) => value || undefined);

export const requisitesSchema = z
  .object({
    organisation: requisite,
    approver: z.object({ position: requisite, name: requisite }).strict().prefault({}),
    number: requisite,
    date: requisite,
    place: requisite,
    executor: z.object({ name: requisite, position: requisite, phone: requisite, email: requisite }).strict().prefault({}),
  })
  .strict();

export type Requisites = z.infer<typeof requisitesSchema>;

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

export function requisiteLines(requisites: Requisites): RequisiteLines {
  const r = msg().report;
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
