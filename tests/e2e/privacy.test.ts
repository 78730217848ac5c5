import { expect, test } from '@playwright/test';

// A reader's visit is never sent to anyone else, and the page's security policy holds while
// the reader does things. Loading each page is checked in every-page.test.ts; this follows
// what scripts do after load: searching, choosing colours, copying a section link.
test('searching, choosing colours and following a section link make no request elsewhere and break no CSP rule', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const elsewhere: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
    elsewhere.push(`${page.url()} → ${url}`);
    return route.abort('blockedbyclient');
  });
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const searchFiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) searchFiles.push(r.url());
  });

  await page.goto('/results/');
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await page.locator('#site-search-q').fill('kineret');
  await expect(page.locator('[data-search-popup] .search-result__link').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('[data-section-link]').first().click();
  await page.goto('/anakinra/');
  // The inline theme script ran (the CSP allows it by its hash), so the choice carried over.
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  await page.goto('/search/?q=mtx');
  await expect(page.locator('[data-search-page] .search-result__link').first()).toBeVisible();
  await page.locator('[data-search-page] .search-result__link').first().click();
  await page.waitForLoadState('networkidle');

  expect(searchFiles.length, 'search ran, so its requests were seen').toBeGreaterThan(0);
  expect(elsewhere).toEqual([]);
  expect(violations).toEqual([]);
});
