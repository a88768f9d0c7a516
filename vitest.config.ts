import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` needs nothing but Node and the clone (npm test); `sources` reads the seed
 * documents and the real exports beside the repository in ../shared (npm run test:sources);
 * `clients` opens the reports in Chromium and LibreOffice (npm run test:clients). .ci/run runs all.
 */
export default defineConfig({
  test: {
    testTimeout: 30000,
    setupFiles: ['test/setup.ts'],
    projects: [
      // one module graph for the unit files: src/ is imported once, not once per file (test/setup.ts resets what a file may leave)
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/sources/**', 'test/clients/**'], isolate: false } },
      { extends: true, test: { name: 'sources', include: ['test/sources/**/*.test.ts'] } },
      { extends: true, test: { name: 'clients', include: ['test/clients/**/*.test.ts'] } },
    ],
  },
});
