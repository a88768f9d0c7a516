/**
 * Run before every test file. The unit project runs its files in one module graph (vitest
 * isolate: false, the import of src/ paid once), so what a file may leave behind is undone here:
 * the language and the XLSX limits a run sets, the temp folders it made.
 */
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_XLSX_LIMITS, setXlsxLimits } from '../src/io/readers/xlsx/limits.js';
import { setLang } from '../src/messages/index.js';
import { removeTempDirs } from './app/files.js';

beforeAll(() => {
  setLang('ru');
  setXlsxLimits(DEFAULT_XLSX_LIMITS);
});

afterAll(removeTempDirs);
