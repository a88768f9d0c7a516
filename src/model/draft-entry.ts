/** An entry of a draft ШНОР list (`check --list`) as io/draft-list.ts reads it: the school the draft names, and where. */
export interface DraftEntry {
  /** The school's id as the draft writes it, or null when it gives only a name. */
  id: string | null;
  name: string | null;
  file: string;
  sheet: string | null;
  row: number;
}
