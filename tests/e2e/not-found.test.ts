import { expect, test, type Page } from '@playwright/test';
import { subpathBase, subpathPort } from '../../playwright.config.ts';
import { axeViolations } from '../helpers/axe.ts';
import { untilControlled } from '../helpers/service-worker.ts';

/**
 * An old or mistyped link (from a letter, an email, a printed note) still helps: the host
 * answers with the guide's 404 page and status 404, at the root, under a subpath and offline.
 */
const subpathOrigin = `http://127.0.0.1:${subpathPort}`;

async function expectHelpfulPage(page: Page, base: string, words: string): Promise<void> {
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('#not-found-q')).toHaveValue(words);
  const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThan(15);
  expect(links.filter((h) => !h.startsWith(base))).toEqual([]);
  await expect(page.getByRole('main').getByRole('link', { name: 'Side effects' })).toHaveAttribute('href', `${base}side-effects/`);
}

test('an unknown address at the root gets status 404 and a page that searches for its words and leads back in', async ({ page }) => {
  const cspViolations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(e.violatedDirective));
  });
  const response = await page.goto('/anakinra-dose/');
  expect(response?.status()).toBe(404);
  await expectHelpfulPage(page, '/', 'anakinra dose');
  await expect(page.locator('[data-guide-status]')).toBeEmpty();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), scheme).toEqual([]);
  }
  expect(cspViolations).toEqual([]);

  // One press of Search looks for the words of the address.
  await page.locator('[data-not-found-search] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/search\/\?q=anakinra\+dose$/);
  await expect(page.locator('[data-search-page] .search-result__link').first()).toBeVisible();

  // The contents list leads into the guide.
  await page.goto('/no-such-page/');
  await page.getByRole('main').getByRole('link', { name: 'Side effects' }).click();
  await expect(page.locator('h1')).toHaveText('Side effects and safety');
});

test('under a subpath, a deep unknown address gets status 404 and every link, style and search stays in the folder', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(`${subpathOrigin}${subpathBase}old/letters/anakinra-dose.html`);
  expect(response?.status()).toBe(404);
  await expectHelpfulPage(page, subpathBase, 'old letters anakinra dose');
  // The guide's stylesheet applied (a relative URL would have missed it from this depth).
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).not.toBe('inline');
  expect(await page.locator('link[rel="stylesheet"]').evaluateAll((ls) => ls.every((l) => (l as HTMLLinkElement).sheet !== null))).toBe(true);
  expect(failed).toEqual([]);
  await page.locator('#not-found-q').fill('kineret');
  await page.locator('#not-found-q').press('Enter');
  await expect(page).toHaveURL(`${subpathOrigin}${subpathBase}search/?q=kineret`);
  await expect(page.locator('[data-search-page] .search-result__link').first()).toHaveAttribute('href', `${subpathBase}anakinra/?highlight=kineret`);
  // A moved address leads to its page, under the subpath.
  await page.goto(`${subpathOrigin}${subpathBase}kineret/`);
  await expect(page).toHaveURL(`${subpathOrigin}${subpathBase}anakinra/`);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the 404 search form still opens the search page with the words typed', async ({ page }) => {
    const response = await page.goto('/anakinra-dose/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await page.locator('#not-found-q').fill('folic acid');
    await page.locator('#not-found-q').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=folic\+acid$/);
    await expect(page.locator('[data-search-needs-js]')).toBeVisible();
  });
});

test('offline, an unknown page is answered by the saved 404 page, which says the reader is offline', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto('/');
  await untilControlled(page);
  // Online, the host answers unknown pages itself (its real 404), even with the worker running.
  const online = await page.goto('/not-saved-anywhere/');
  expect(online?.status()).toBe(404);
  await expect(page.locator('[data-guide-status]')).toBeEmpty();

  await context.setOffline(true);
  const offline = await page.goto('/anakinra-dose/');
  expect(offline?.status()).toBe(404);
  await expectHelpfulPage(page, '/', 'anakinra dose');
  await expect(page.locator('[data-guide-status]')).toHaveText('You are offline, and this page was not saved on this device. Connect to the internet and try again.');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), scheme).toEqual([]);
  }
  // Search still works from the saved copy (starting Pagefind took over 5 s on a loaded 2-core machine).
  await page.locator('#not-found-q').press('Enter');
  await expect(page.locator('[data-search-page] .search-result__link').first()).toBeVisible({ timeout: 20_000 });
  await context.setOffline(false);
  await context.close();
});
