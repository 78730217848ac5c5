import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Checks that only read the built HTML (content rules, quality gates, readability, sharing
 * metadata). They need `npm run build` and `npm run build:subpath` first, but no browser
 * and no server, so they run in-process in a few seconds instead of inside Playwright.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
    // html-validate over every page takes ~2 s on an idle machine and ~6 s on the 2-core
    // machine while other builds run: past vitest's 5 s default, with nothing wrong.
    testTimeout: 30_000,
  },
});
