import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { guidePages } from '../helpers/built-pages.ts';
import { searchRanking } from '../../src/lib/search-ranking.ts';
import { relevanceCases } from './relevance-queries.ts';

/** The first 3 results for a query, from the built index through Pagefind's own API. */
async function topThree(page: Page, query: string) {
  return page.evaluate(async ([q, ranking]) => {
    // A URL held in a variable: the browser loads it; TypeScript does not try to resolve it.
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(bundle);
    // The ranking the site's search interface uses (src/lib/search-ranking.ts).
    await pagefind.options({ ranking });
    const search = await pagefind.search(q);
    return Promise.all(
      search.results.slice(0, 3).map(async (result: { data(): Promise<{ url: string; sub_results: { url: string }[] }> }) => {
        const data = await result.data();
        return { url: data.url, sections: data.sub_results.map((s) => s.url) };
      }),
    );
  }, [query, searchRanking] as const);
}

test.describe('relevance: what people type finds the right page in the top 3', () => {
  test.describe.configure({ mode: 'serial' });
  let tab: Page;
  test.beforeAll(async ({ browser }) => {
    tab = await browser.newPage();
    await tab.goto('/');
  });
  test.afterAll(async () => tab.close());

  for (const { query, expect: target, why } of relevanceCases) {
    const targets = Array.isArray(target) ? target : [target];
    test(`"${query}" → ${targets.join(' or ')} (${why})`, async () => {
      const top = await topThree(tab, query);
      const found = top.some((r) => targets.some((t) => r.url === t || r.sections.includes(t)));
      expect(found, `top 3 were: ${top.map((r) => r.url).join(', ') || 'nothing'}`).toBe(true);
    });
  }
});

test('no Pagefind file is requested when a page loads, only once the search box is focused', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) requested.push(new URL(request.url()).pathname);
  });
  for (const path of guidePages()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(requested).toEqual([]);
  await page.locator('#site-search-q').focus();
  await expect.poll(() => requested).toContain('/pagefind/pagefind-component-ui.js');
});

test('keyboard: "/" focuses search, typing shows results, arrows and Enter open one, which highlights the words', async ({ page }) => {
  await page.goto('/results/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
  await page.keyboard.type('kineret');
  const dialog = page.locator('pagefind-modal dialog');
  await expect(dialog).toBeVisible();
  const dialogInput = dialog.locator('pagefind-input input');
  await expect(dialogInput).toBeFocused();
  await expect(dialogInput).toHaveValue('kineret');
  const first = dialog.locator('pagefind-results a').first();
  await expect(first).toHaveText('Anakinra (Kineret)');
  // Results for the whole word, not a prefix typed on the way.
  await expect(first).toHaveAttribute('href', '/anakinra/?highlight=kineret');
  // The excerpt marks the word searched for; sub-results link to sections.
  await expect(dialog.locator('pagefind-results mark', { hasText: /^kineret\W*$/i }).first()).toBeVisible();
  await expect(dialog.locator('pagefind-results a[href*="#"]').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/anakinra\/\?highlight=kineret$/);
  await expect(page.locator('main mark.pagefind-highlight').first()).toHaveText(/kineret/i);
});

test('keyboard: Escape closes the results and returns to the header box with the words kept', async ({ page }) => {
  await page.goto('/');
  await page.locator('#site-search-q').fill('mtx');
  const dialog = page.locator('pagefind-modal dialog');
  await expect(dialog.locator('pagefind-results a').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('#site-search-q')).toBeFocused();
  await expect(page.locator('#site-search-q')).toHaveValue('mtx');
});

test('the audience and topic filters are shown and narrow the results', async ({ page }) => {
  await page.goto('/search/?q=trial');
  const results = page.locator('[data-search-page] pagefind-results a.pf-result-link');
  await expect(results.first()).toBeVisible();
  const before = await results.count();
  const filters = page.locator('[data-search-page] pagefind-filter-pane');
  const audience = filters.locator('summary', { hasText: 'Audience' });
  const topic = filters.locator('summary', { hasText: 'Topic' });
  await expect(audience).toBeVisible();
  await expect(topic).toBeVisible();
  await audience.click();
  await filters.getByRole('checkbox', { name: /Researchers/ }).check();
  await expect.poll(() => results.count()).toBeLessThan(before);
  await expect(results.first()).toHaveText(/collagen-induced arthritis/i);
  // Every audience and topic label comes from src/lib/taxonomy.ts, not Pagefind's keys.
  await topic.click();
  await expect(filters.getByRole('checkbox', { name: /^Research\b/ })).toBeVisible();
});

test('the search page runs the query in its address, and keeps the address in step', async ({ page }) => {
  await page.goto('/search/?q=folic%20acid');
  await expect(page.locator('[data-search-needs-js]')).toBeHidden();
  const input = page.locator('[data-search-page] pagefind-input input');
  await expect(input).toHaveValue('folic acid');
  await expect(page.locator('[data-search-page] pagefind-results a').first()).toBeVisible();
  await input.fill('vaccine');
  await expect(page).toHaveURL(/\/search\/\?q=vaccine$/);
});

test('an empty result says what to try and links to the glossary and the list of pages', async ({ page }) => {
  await page.goto('/search/?q=zzxqv');
  const empty = page.locator('[data-search-page] [data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('Kineret');
  await expect(empty.getByRole('link', { name: 'the glossary' })).toHaveAttribute('href', '/glossary/');
  await expect(empty.getByRole('link', { name: 'the list of pages' })).toHaveAttribute('href', '/#contents');
  await page.locator('[data-search-page] pagefind-input input').fill('anakinra');
  await expect(empty).toBeHidden();
});

test('axe finds no WCAG 2.2 AA violations in the open search dialog, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/side-effects/');
    await page.locator('#site-search-q').fill('infection');
    await expect(page.locator('pagefind-modal pagefind-results a').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('pagefind-modal')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = results.violations.map((v) => `${scheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    expect(summary).toEqual([]);
  }
});

test('axe finds no violations on the search page with results showing', async ({ page }) => {
  await page.goto('/search/?q=methotrexate');
  await expect(page.locator('[data-search-page] pagefind-results a').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
});

test('searching breaks no Content-Security-Policy rule', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('/');
  await page.locator('#site-search-q').fill('injection');
  await expect(page.locator('pagefind-modal pagefind-results a').first()).toBeVisible();
  await page.locator('pagefind-modal pagefind-results a').first().click();
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
  await page.goto('/search/?q=vaccine');
  await expect(page.locator('[data-search-page] pagefind-results a').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box opens the search page, which says search needs JavaScript and lists topics A to Z', async ({ page }) => {
    await page.goto('/results/');
    await page.locator('#site-search-q').fill('kineret');
    await page.locator('#site-search-q').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=kineret$/);
    await expect(page.locator('[data-search-needs-js]')).toBeVisible();
    await expect(page.locator('[data-search-needs-js]')).toContainText('Search needs JavaScript');
    const aToZ = page.locator('.a-to-z');
    await expect(aToZ.getByRole('link', { name: 'Anakinra (Kineret)' })).toHaveAttribute('href', '/anakinra/');
    await expect(aToZ.getByRole('link', { name: 'ACR20' })).toHaveAttribute('href', '/glossary/#acr20');
    // Letters in order, and every page of the guide listed.
    const letters = await aToZ.locator('h3').allTextContents();
    expect(letters).toEqual([...letters].sort());
    const pageLinks = await aToZ.locator('.a-to-z__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const path of guidePages()) expect(pageLinks).toContain(path);
  });
});
