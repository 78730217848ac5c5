import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from '../helpers/built-pages.ts';
import { redeployWithChange, serveCopyOfDist } from '../helpers/redeploy.ts';
import { untilControlled } from '../helpers/service-worker.ts';

/**
 * A reader who is online never sees an outdated page; offline, the saved copy says what it
 * is; on metered data nothing is downloaded unasked. The redeploy is a copy of dist/ with one
 * corrected figure (tests/helpers/redeploy.ts), so no second build is needed.
 */
test('online, the next visit after a redeploy shows the corrected figure; the update is announced; offline, the saved copy says so, with its date', async ({ browser }) => {
  const site = await serveCopyOfDist();
  const context = await browser.newContext({ baseURL: site.origin });
  const page = await context.newPage();
  const figure = page.locator('main .stat').first();
  const status = page.locator('[data-guide-status]');
  try {
    await page.goto('/results/');
    await untilControlled(page);
    await expect(figure).toHaveText('38 out of 100');
    await expect(status).toBeEmpty();

    redeployWithChange(site, 'results/index.html', 'class="stat">38 out of 100', 'class="stat">39 out of 100');
    await page.goto('/results/');
    await expect(figure, 'the very next online visit shows the corrected figure').toHaveText('39 out of 100');

    // That visit found the new worker; it saves the new version and takes over this open page.
    await expect(status).toHaveText('This guide has been updated. Reload to see the latest version.', { timeout: 30_000 });
    await expect(status).toHaveAttribute('role', 'status');
    await page.getByRole('link', { name: 'Reload' }).focus();
    await page.keyboard.press('Enter');
    await expect(status).toBeEmpty();
    await expect(figure).toHaveText('39 out of 100');

    await context.setOffline(true);
    await page.goto('/results/');
    await expect(figure, 'the saved copy is the new version').toHaveText('39 out of 100');
    // The date is the day the copy was built, as the built page records it.
    const built = /data-built="(\d{4}-\d\d-\d\d)"/.exec(readFileSync(join(distDir, 'results/index.html'), 'utf-8'))?.[1] ?? '';
    expect(Date.now() - Date.parse(built)).toBeLessThan(2 * 24 * 3600 * 1000);
    const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(built));
    await expect(status).toHaveText(`You are offline. This is the copy saved on ${date}.`);
    await page.goto('/search/?q=folic%20acid');
    await expect(page.locator('[data-search-page] .search-result__link').first()).toBeVisible({ timeout: 20_000 });
    await expect(status).toHaveText(`You are offline. This is the copy saved on ${date}.`);

    await context.setOffline(false);
    await expect(status, 'the line goes when the connection returns').toBeEmpty();
  } finally {
    await context.close();
    await site.close();
  }
});

test('on metered data (Save-Data) nothing is saved until asked; the Save control saves the guide, with progress, and removes it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL ?? '' });
  await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
  const page = await context.newPage();
  const downloads: string[] = [];
  context.on('request', (r) => {
    if (r.url().includes('/pagefind/')) downloads.push(r.url());
  });
  const saved = () => page.evaluate(async () => ({ worker: Boolean(await navigator.serviceWorker.getRegistration()), caches: (await caches.keys()).length }));

  await page.goto('/');
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  expect(await saved(), 'no worker and no saved copy after load').toEqual({ worker: false, caches: 0 });
  expect(downloads, 'no search files downloaded').toEqual([]);

  await page.goto('/about/');
  const control = page.locator('main [data-save-offline]');
  const text = control.locator('[data-save-status]');
  await control.locator('summary').click();
  await expect(text).toHaveText(/^The guide is not saved on this device\. Saving it downloads about \d+(\.\d)? MB\.$/);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const region = document.querySelector('main [data-save-status]');
    if (region) new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  });
  await control.getByRole('button', { name: 'Save the guide' }).click();
  await expect(text).toHaveText(/^The guide is saved on this device \(\d+(\.\d)? MB\)\./, { timeout: 30_000 });
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.some((s) => /^Saving: \d+ of \d+ files\.$/.test(s)), `progress shown: ${seen.join(' | ')}`).toBe(true);
  await expect(control.getByRole('button', { name: 'Remove the saved copy' })).toBeVisible();

  await context.setOffline(true);
  await page.goto('/methotrexate/');
  await expect(page.locator('h1')).toHaveText('Methotrexate');
  await context.setOffline(false);

  await page.goto('/about/');
  await control.locator('summary').click();
  await expect(text).toHaveText(/^The guide is saved on this device/);
  await control.getByRole('button', { name: 'Remove the saved copy' }).click();
  await expect(text).toHaveText('The saved copy is removed from this device.');
  await expect(control.getByRole('button', { name: 'Save the guide' })).toBeVisible();
  expect(await saved()).toEqual({ worker: false, caches: 0 });
  // The next visit follows the reader's choice: nothing is saved again.
  await page.goto('/');
  await page.waitForLoadState('load');
  await page.waitForTimeout(1000);
  expect(await saved()).toEqual({ worker: false, caches: 0 });
  await context.close();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the Save control in the footer says that saving needs JavaScript', async ({ page }) => {
    await page.goto('/');
    const control = page.locator('footer [data-save-offline]');
    await control.locator('summary').click();
    await expect(control.getByText('Saving the guide for offline reading needs JavaScript')).toBeVisible();
    await expect(control.getByRole('button')).toHaveCount(0);
  });
});
