/**
 * DOCX is a zip file, and its writer stamps each entry and its core properties with the time of
 * writing: re-zipped with one fixed time, the same input gives the same bytes. (XLSX gets the
 * fixed time as it is written: renderers/workbook-stream.ts.)
 */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** Re-zips with every entry dated FIXED_DATE, after applying `edits` (entry path → text rewrite). */
export async function withFixedZipDates(buffer: Buffer, edits: Record<string, (text: string) => string> = {}): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(buffer);
  for (const [path, edit] of Object.entries(edits)) {
    const entry = zip.file(path);
    if (entry) zip.file(path, edit(await entry.async('string')));
  }
  for (const entry of Object.values(zip.files)) entry.date = FIXED_DATE;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
