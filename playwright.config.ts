import { chromium, defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './tests/helpers/chromium.ts';

const port = Number(process.env['PREVIEW_PORT'] ?? 4329);
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
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // --ignore-lock: a preview left running by a person must not stop the tests starting.
    command: `npx astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
    url: `http://127.0.0.1:${port}${process.env["BASE_PATH"] ?? "/"}favicon.svg`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
