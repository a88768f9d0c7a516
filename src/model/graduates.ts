/**
 * Graduates for the ЕГЭ failure index (ruling R5): where per-pupil rows carry a student_id, a
 * graduate who failed at least one ЕГЭ subject counts once, however many subjects they sat.
 */
export interface GraduateRecord {
  schoolId: string;
  year: number;
  graduates: number;
  /** Graduates below the minimum (or «2» in базовая) in at least one subject. */
  failed: number;
}

/** Collects graduates across every file and sheet of one reading. */
export class GraduateTracker {
  private readonly bySchoolYear = new Map<string, { schoolId: string; year: number; failed: Map<string, boolean> }>();

  add(schoolId: string, year: number, studentId: string, failed: boolean): void {
    const key = `${schoolId}\u0000${year}`;
    let entry = this.bySchoolYear.get(key);
    if (!entry) {
      entry = { schoolId, year, failed: new Map() };
      this.bySchoolYear.set(key, entry);
    }
    entry.failed.set(studentId, (entry.failed.get(studentId) ?? false) || failed);
  }

  records(): GraduateRecord[] {
    return [...this.bySchoolYear.values()].map(({ schoolId, year, failed }) => ({
      schoolId,
      year,
      graduates: failed.size,
      failed: [...failed.values()].filter(Boolean).length,
    }));
  }
}
