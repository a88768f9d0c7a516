/**
 * ШНСУ — schools in difficult social conditions. Seed 003 §3.2: «МБОУ ООШ № 22 и МБОУ ООШ № 49
 * можно отнести к школам, функционирующим в сложных социальных условиях, т.к. имеют низкий
 * индекс социального благополучия»; seed 004's programme serves «ШНОР и ШНСУ» together.
 *
 * A school is ШНСУ when its profile says so (column «ШНСУ»: да) or when its ИСБШ is below
 * `shnsu.isbshBelow`. No seed gives that number, so it has no default: unset, only the column
 * decides. Not ШНСУ (false) needs evidence too — «нет» in the column, or an ИСБШ at or above a
 * set threshold; with neither, the status is unknown (null), never «нет».
 * Example: threshold 0.9, ИСБШ 0.82, column blank → ШНСУ by ИСБШ (0.82 < 0.9).
 */
import * as z from 'zod';
import type { SchoolProfile } from '../model/profile.js';

export const shnsuParams = z
  .object({
    /** ИСБШ below this makes a school ШНСУ; null — only the profile's «ШНСУ» column decides. */
    isbshBelow: z.number().nullable().default(null),
  })
  .strict();

export type ShnsuParams = z.infer<typeof shnsuParams>;

export type ShnsuReason =
  | { source: 'column'; value: boolean }
  | { source: 'isbsh'; value: number; threshold: number; below: boolean };

export interface ShnsuVerdict {
  schoolId: string;
  shnsu: boolean | null;
  reasons: ShnsuReason[];
}

export function shnsuOf(schoolId: string, profile: SchoolProfile | null, params: ShnsuParams): ShnsuVerdict {
  const reasons: ShnsuReason[] = [];
  if (profile?.shnsu != null) reasons.push({ source: 'column', value: profile.shnsu });
  if (profile?.isbsh != null && params.isbshBelow !== null) {
    reasons.push({ source: 'isbsh', value: profile.isbsh, threshold: params.isbshBelow, below: profile.isbsh < params.isbshBelow });
  }
  const says = reasons.map((r) => (r.source === 'column' ? r.value : r.below));
  const shnsu = says.includes(true) ? true : says.length > 0 ? false : null;
  // a «нет» does not explain a «да»: keep only the reasons that agree with the verdict
  return { schoolId, shnsu, reasons: shnsu === null ? [] : reasons.filter((_, i) => says[i] === shnsu) };
}

/** The ШНСУ status of each school, from the profiles by school id. */
export function assessShnsu(schoolIds: string[], profiles: SchoolProfile[], params: ShnsuParams): Map<string, ShnsuVerdict> {
  const byId = new Map(profiles.map((p) => [p.schoolId, p]));
  return new Map(schoolIds.map((id) => [id, shnsuOf(id, byId.get(id) ?? null, params)]));
}
