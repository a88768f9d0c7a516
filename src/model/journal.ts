/** A school's row of the ФИС ОКО export «Сравнение отметок с отметками по журналу». */
export interface JournalRow {
  schoolId: string;
  schoolName: string | null;
  procedure: string;
  year: number;
  participants: number | null;
  /** Shares in percent: the mark below, equal to and above the journal's. */
  lowered: number | null;
  confirmed: number | null;
  raised: number | null;
}
