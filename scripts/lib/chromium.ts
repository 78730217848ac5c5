import { existsSync } from 'node:fs';

/**
 * Which Chromium the browser tests use, in this order: $CHROMIUM_PATH, Debian's
 * /usr/bin/chromium, then Playwright's own download if someone installed it. Returns
 * `undefined` for "let Playwright use its own". Throws a message that says what to install
 * when none is there, instead of Playwright's long "Executable doesn't exist" error.
 */
export function findChromium(
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean,
  playwrightOwn: string | undefined,
): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but there is no file there.`);
    return fromEnv;
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (exists(path)) return path;
  }
  if (playwrightOwn && exists(playwrightOwn)) return undefined;
  throw new Error(
    'No Chromium found for the browser tests. Install one of: Debian/Ubuntu `sudo apt-get install -y chromium`; ' +
      'or `npx playwright install chromium`; or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

export function chromiumPath(playwrightOwn: string | undefined): string | undefined {
  return findChromium(process.env, existsSync, playwrightOwn);
}

/** Launch flags that work on these machines (no sandbox as root; no calls to Google's servers). */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
