import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { guidePages, sameEdition } from '../helpers/built-pages.ts';
import { searchRanking } from '../../src/lib/search-ranking.ts';
import { relevanceCases, relevanceCasesEs, type RelevanceCase } from './relevance-queries.ts';

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

/**
 * Each language's suite runs on a page in that language: Pagefind picks the index from the
 * page's `<html lang>`, so a Spanish query is asked of the Spanish index, as a reader's is.
 */
for (const [language, home, cases] of [
  ['English', '/', relevanceCases],
  ['Spanish', '/es/', relevanceCasesEs],
] as [string, string, RelevanceCase[]][]) {
  test.describe(`relevance (${language}): what people type finds the right page in the top 3`, () => {
    test.describe.configure({ mode: 'serial' });
    let tab: Page;
    test.beforeAll(async ({ browser }) => {
      tab = await browser.newPage();
      await tab.goto(home);
    });
    test.afterAll(async () => tab.close());

    for (const { query, expect: target, why } of cases) {
      const targets = Array.isArray(target) ? target : [target];
      test(`"${query}" → ${targets.join(' or ')} (${why})`, async () => {
        const top = await topThree(tab, query);
        const found = top.some((r) => targets.some((t) => r.url === t || r.sections.includes(t)));
        expect(found, `top 3 were: ${top.map((r) => r.url).join(', ') || 'nothing'}`).toBe(true);
      });
    }
  });
}

test('a Spanish page searches in Spanish only, and an English page never shows a Spanish result', async ({ page }) => {
  await page.goto('/es/');
  await page.locator('#site-search-q').fill('metotrexato');
  const spanishResults = page.locator('[data-search-popup] .search-result__link');
  await expect(spanishResults.first()).toHaveAttribute('href', /^\/es\//);
  for (const href of await spanishResults.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/es\//);

  await page.goto('/methotrexate/');
  await page.locator('#site-search-q').fill('metotrexato');
  await expect(page.locator('[data-search-popup]')).toBeVisible();
  const englishHrefs = await page.locator('[data-search-popup] .search-result__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(englishHrefs.filter((href) => href?.startsWith('/es/'))).toEqual([]);
  await page.locator('#site-search-q').fill('methotrexate');
  await expect(page.locator('[data-search-popup] .search-result__link').first()).toHaveAttribute('href', /^\/methotrexate\//);
});

test('no search file is requested when a page loads; focus starts Pagefind and the results interface, before any key', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/pagefind/') || path.includes('/search-ui.')) requested.push(path);
  });
  for (const path of guidePages()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(requested).toEqual([]);
  await page.locator('#site-search-q').focus();
  // Ready before the first key: the JS API, its worker and WebAssembly, and our interface.
  await expect.poll(() => requested).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.en-gb.pagefind']));
  expect(requested.some((p) => p.includes('/_astro/search-ui.'))).toBe(true);
  // Only Pagefind's JS API: none of its ready-made interfaces.
  expect(requested.filter((p) => /pagefind-(component-|modular-)?ui/.test(p))).toEqual([]);
});

test('pointing at the search form also starts search, so a click-then-type reader waits less', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/results/');
  await page.waitForLoadState('networkidle');
  await page.locator('#site-search-q').hover();
  await expect.poll(() => requested).toContain('/pagefind/pagefind.js');
});

test('keyboard: "/" focuses search, typing shows results, arrows and Enter open one, which highlights the words', async ({ page }) => {
  await page.goto('/results/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
  await page.keyboard.type('kineret');
  const results = page.locator('[data-search-popup]');
  await expect(results).toBeVisible();
  // The reader keeps typing in the same box; the count is announced.
  await expect(page.locator('#site-search-q')).toBeFocused();
  await expect(results.getByRole('status')).toHaveText(/^\d+ results? for “kineret”$/);
  const first = results.locator('.search-result__link').first();
  await expect(first).toHaveText('Anakinra (Kineret)');
  // Results for the whole word, not a prefix typed on the way.
  await expect(first).toHaveAttribute('href', '/anakinra/?highlight=kineret');
  // The excerpt marks the word searched for; sub-results link to sections.
  await expect(results.locator('.search-result mark', { hasText: /^kineret\W*$/i }).first()).toBeVisible();
  await expect(results.locator('.search-result__sections a[href*="#"]').first()).toBeVisible();
  // Real results only: every drawn result has a title link and text, no empty placeholders,
  // and only the results shown had their fragments fetched.
  for (const item of await results.locator('.search-result').all()) {
    await expect(item.locator('.search-result__link')).not.toBeEmpty();
  }
  expect(await results.locator('.search-result').count()).toBeLessThanOrEqual(5);
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/anakinra\/\?highlight=kineret$/);
  await expect(page.locator('main mark.pagefind-highlight').first()).toHaveText(/kineret/i);
});

test('keyboard: Escape closes the results and returns to the header box with the words kept', async ({ page }) => {
  await page.goto('/');
  await page.locator('#site-search-q').fill('mtx');
  const results = page.locator('[data-search-popup]');
  await expect(results.locator('.search-result__link').first()).toBeVisible();
  // From inside the results, Escape also comes back to the box.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await expect(page.locator('#site-search-q')).toBeFocused();
  // Typing again reopens them; Escape in the box closes them and keeps the words.
  await page.keyboard.type(' ');
  await expect(results).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await expect(page.locator('#site-search-q')).toHaveValue('mtx ');
  // Enter opens the search page with the words, where the filters are.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=mtx\+?$/);
  await expect(page.locator('[data-search-page] .search-result__link').first()).toBeVisible();
});

test('the last word typed wins: a slow first search never replaces the results of a later one', async ({ page }) => {
  await page.goto('/');
  const box = page.locator('#site-search-q');
  await box.pressSequentially('vaccine');
  await box.fill('');
  await box.pressSequentially('folic acid');
  const results = page.locator('[data-search-popup]');
  await expect(results.getByRole('status')).toHaveText(/for “folic acid”$/);
  await page.waitForTimeout(500);
  await expect(results.getByRole('status')).toHaveText(/for “folic acid”$/);
  await expect(results.locator('.search-result__link').first()).toHaveAttribute('href', /highlight=folic&highlight=acid/);
});

test('a glossary term is a result of its own, linking to its entry', async ({ page }) => {
  await page.goto('/');
  await page.locator('#site-search-q').fill('neutropenia');
  await expect(page.locator('[data-search-popup] .search-result__link').first()).toHaveAttribute('href', '/glossary/?highlight=neutropenia#neutrophil');
});

test('the audience and topic filters are shown and narrow the results', async ({ page }) => {
  await page.goto('/search/?q=trial');
  const results = page.locator('[data-search-page] .search-result__link');
  await expect(results.first()).toBeVisible();
  // More than one page of results: "Show more" draws the next ones and moves focus there.
  const more = page.getByRole('button', { name: 'Show more results' });
  await expect(results).toHaveCount(10);
  await more.click();
  await expect.poll(() => results.count()).toBeGreaterThan(10);
  await expect(results.nth(10)).toBeFocused();
  const before = await results.count();
  const filters = page.locator('[data-search-page] [data-search-filters]');
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
  const input = page.locator('#search-page-q');
  await expect(input).toHaveValue('folic acid');
  await expect(page.locator('[data-search-page] .search-result__link').first()).toBeVisible();
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
  await page.locator('#search-page-q').fill('anakinra');
  await expect(empty).toBeHidden();
});

test('axe finds no WCAG 2.2 AA violations in the open search dialog, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/side-effects/');
    await page.locator('#site-search-q').fill('infection');
    await expect(page.locator('[data-search-popup] .search-result__link').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('[data-search-popup]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = results.violations.map((v) => `${scheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    expect(summary).toEqual([]);
  }
});

test('axe finds no violations on the search page with results showing', async ({ page }) => {
  await page.goto('/search/?q=methotrexate');
  await expect(page.locator('[data-search-page] .search-result__link').first()).toBeVisible();
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
  await expect(page.locator('[data-search-popup] .search-result__link').first()).toBeVisible();
  await page.locator('[data-search-popup] .search-result__link').first().click();
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
  await page.goto('/search/?q=vaccine');
  await expect(page.locator('[data-search-page] .search-result__link').first()).toBeVisible();
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
    for (const path of guidePages().filter((p) => sameEdition(p, '/'))) expect(pageLinks).toContain(path);
    expect(pageLinks.filter((href) => href?.startsWith('/es/'))).toEqual([]);
  });

  test('the Spanish search page lists the Spanish pages and words, A to Z, in Spanish order', async ({ page }) => {
    await page.goto('/es/results/');
    await page.locator('#site-search-q').fill('kineret');
    await page.locator('#site-search-q').press('Enter');
    await expect(page).toHaveURL(/\/es\/search\/\?q=kineret$/);
    await expect(page.locator('[data-search-needs-js]')).toContainText('La búsqueda necesita JavaScript');
    const aToZ = page.locator('.a-to-z');
    await expect(aToZ.getByRole('link', { name: 'ácido fólico' })).toHaveAttribute('href', '/es/glossary/#folic-acid');
    // "ácido fólico" is under A, not a letter of its own.
    expect(await aToZ.locator('h3').allTextContents()).not.toContain('Á');
    const pageLinks = await aToZ.locator('.a-to-z__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const path of guidePages().filter((p) => sameEdition(p, '/es/'))) expect(pageLinks).toContain(path);
  });
});

test('search that failed to start (a dropped connection) works on the next keystroke, without reloading', async ({ page }) => {
  let refused = 0;
  await page.route('**/pagefind/pagefind.js', async (route) => {
    if (refused === 0) {
      refused += 1;
      await route.abort('internetdisconnected');
    } else {
      await route.continue();
    }
  });
  await page.goto('/');
  const box = page.locator('#site-search-q');
  await box.fill('kineret');
  await expect.poll(() => refused).toBe(1);
  const first = page.locator('[data-search-popup] .search-result__link').first();
  // Typing again retries: a failed start is not kept for the rest of the visit.
  await box.press('End');
  await box.pressSequentially(' ');
  await expect(first).toBeVisible();
});

test('words typed before the page’s scripts have loaded (a slow phone) are searched once they load', async ({ page }) => {
  // Hold every script until the reader has typed: the focus and the keys then come before
  // any listener exists, as on a slow connection.
  let typed!: () => void;
  const afterTyping = new Promise<void>((resolve) => (typed = resolve));
  let heldScripts = 0;
  await page.route('**/_astro/*.js', async (route) => {
    heldScripts += 1;
    await afterTyping;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('#site-search-q').fill('mtx');
  expect(heldScripts).toBeGreaterThan(0);
  typed();
  await expect(page.locator('[data-search-popup] .search-result__link').first()).toHaveAttribute('href', '/methotrexate/?highlight=mtx');
});
