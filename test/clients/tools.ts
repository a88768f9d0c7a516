/** The programs the clients tests run (LibreOffice, poppler), and what to install when one is missing. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const POPPLER = 'is missing: the PDF tests need it. Install it with `apt-get install -y poppler-utils`.';
const INSTALL = {
  soffice: 'LibreOffice (soffice) is missing: the report.docx → PDF tests need it. Install it with `apt-get install -y libreoffice-writer-nogui`.',
  pdftotext: `pdftotext ${POPPLER}`,
  pdfinfo: `pdfinfo ${POPPLER}`,
  pdfimages: `pdfimages ${POPPLER}`,
};

/** A program's stdout; a missing program is an error that says how to install it. */
export async function tool(name: keyof typeof INSTALL, args: string[]): Promise<string> {
  try {
    return (await run(name, args, { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 })).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(INSTALL[name]);
    throw error;
  }
}
