/**
 * The pupils the sheets of one workbook have given, by school and work, class and pupil code: a
 * protocol form may hold its pupils twice — «Протокол» and «Протокол_2», the same codes 40001–40020 —
 * and a pupil read on an earlier sheet counts once. Only across sheets: within a sheet a code may
 * repeat (some forms number the pupils of each class from 1), and a CSV, one sheet, is not looked
 * through at all.
 */
export interface PupilOrigin {
  sheet: string;
  row: number;
}

/** A sheet's pupils: school and work → class → pupil code → row. */
type SheetPupils = Map<string, Map<string, Map<string, number>>>;

export class PupilRegistry {
  private readonly sheets: { name: string; pupils: SheetPupils }[] = [];

  /** The pupils of a new sheet, to be recorded as they are read and checked against the sheets before it. */
  openSheet(name: string): SheetRecorder {
    const earlier = [...this.sheets];
    const pupils: SheetPupils = new Map();
    this.sheets.push({ name, pupils });
    return new SheetRecorder(pupils, earlier);
  }
}

export class SheetRecorder {
  constructor(
    private readonly pupils: SheetPupils,
    private readonly earlier: { name: string; pupils: SheetPupils }[],
  ) {}

  /** The class → code → row map of a school and work on this sheet. */
  school(key: string): Map<string, Map<string, number>> {
    let school = this.pupils.get(key);
    if (school === undefined) this.pupils.set(key, (school = new Map()));
    return school;
  }

  /** Where an earlier sheet gave this pupil, or null. */
  earlierOrigin(key: string, className: string, code: string): PupilOrigin | null {
    for (const sheet of this.earlier) {
      const row = sheet.pupils.get(key)?.get(className)?.get(code);
      if (row !== undefined) return { sheet: sheet.name, row };
    }
    return null;
  }
}
