/**
 * The requisites of the справка as an official document (shnor.config.json, report.requisites):
 * who approves it, its number and date, who prepared it. A requisite that is not set becomes a
 * blank to fill in by hand — never a guessed name, never the time the file was written
 * (report/document/requisites.ts lays them out).
 */
import * as z from 'zod';

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
