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
    // Validating every page with html-validate takes ~2 s on a quiet 2-core machine and
    // passed 5 s (vitest's default) under load: a slow machine is not a failed page.
    testTimeout: 30_000,
  },
});
