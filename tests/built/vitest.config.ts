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
    // Reading every page of three builds takes a few seconds on a quiet machine, and timed
    // out at vitest's 5 s when other builds shared the 2 cores.
    testTimeout: 60_000,
  },
});
