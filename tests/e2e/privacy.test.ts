import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/built-pages.ts';

// A reader's visit is never sent to anyone else: every request from every page, including
// while searching, goes to this site. Any other origin is blocked here and fails the test.
test('no page makes a single request to another origin, browsing or searching', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const thirdParty: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
    thirdParty.push(`${page.url()} → ${url}`);
    return route.abort('blockedbyclient');
  });
  let requests = 0;
  page.on('request', () => (requests += 1));
  for (const path of builtPages()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/side-effects/');
  await page.locator('#site-search-q').fill('infection');
  await expect(page.locator('pagefind-modal pagefind-results a').first()).toBeVisible();
  await page.locator('pagefind-modal pagefind-results a').first().click();
  await page.waitForLoadState('networkidle');
  expect(requests).toBeGreaterThan(builtPages().length);
  expect(thirdParty).toEqual([]);
});

test('every page has a strict CSP meta and breaks none of it while browsing, searching and toggling', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of builtPages()) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, `${path} has no CSP`).toBeTruthy();
    // No inline escape hatches, nothing from other origins, and no wasm-eval (search runs
    // its WebAssembly in a worker, which this page policy does not govern).
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:\/\//);
    expect(csp).toContain("default-src 'self'");
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  }
  await page.goto('/results/');
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await page.locator('#site-search-q').fill('kineret');
  await expect(page.locator('pagefind-modal pagefind-results a').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('[data-section-link]').first().click();
  await page.goto('/search/?q=mtx');
  await expect(page.locator('[data-search-page] pagefind-results a').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('links to other sites open without telling them where the reader came from', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  for (const path of builtPages()) {
    await page.goto(path);
    const external = await page.locator('a[href^="http"]').evaluateAll(
      (links, here) => links.filter((a) => new URL((a as HTMLAnchorElement).href).origin !== here).map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') ?? '' })),
      origin,
    );
    for (const link of external) {
      expect(link.rel.split(/\s+/), `${path}: ${link.href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  }
});
