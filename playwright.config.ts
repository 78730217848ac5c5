import { chromium, defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.ts';

const port = Number(process.env['PREVIEW_PORT'] ?? 4329);
/** Where the subpath build is served (see tests/e2e/subpath.spec.ts). */
export const subpathPort = port + 1;
export const subpathBase = '/ra-guide/';
const ownBrowser = (() => {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
})();
const executablePath = chromiumPath(ownBrowser);

/** Browser tests run against the built site (`npm run build` first), served by `astro preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // Several tests walk every page (privacy, section links, axe in both themes): about 25 s
  // on a quiet 2-core machine, so the 30 s default failed them under load.
  timeout: 90_000,
  // Offline, the first search starts Pagefind's WebAssembly from the cache: ~1 s quiet, but
  // over 5 s (the default wait) when other builds share the 2 cores.
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: chromiumArgs,
    },
  },
  webServer: [
    {
      // --ignore-lock: a preview left running by a person must not stop the tests starting.
      command: `npx astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
      // `npm test` builds dist/ at the root (BASE_PATH=/), whatever the shell exports.
      url: `http://127.0.0.1:${port}/favicon.svg`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The subpath build (`npm run build:subpath`) in .subpath-site/ra-guide/, served from a
      // plain static server the way a host would, to prove links and search work under it,
      // and answering unknown addresses with the guide's 404.html and status 404.
      command: `node tests/helpers/static-host.ts .subpath-site ${subpathPort} ${subpathBase}404.html`,
      url: `http://127.0.0.1:${subpathPort}${subpathBase}favicon.svg`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
