import { expect, test } from '@playwright/test';
import { subpathBase, subpathPort } from '../../playwright.config.ts';

// The same site built with BASE_PATH=/ra-guide/ (`npm run build:subpath`) and served from a
// plain static server, as a hospital intranet would host it in a folder.
const origin = `http://127.0.0.1:${subpathPort}`;
test.use({ baseURL: origin });

test('under a subpath, every link, asset and request stays inside it', async ({ page }) => {
  const failed: string[] = [];
  const outside: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!new URL(r.url()).pathname.startsWith(subpathBase)) outside.push(r.url());
  });
  await page.goto(`${subpathBase}results/`);
  await page.waitForLoadState('networkidle');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((h) => !h.startsWith(subpathBase))).toEqual([]);
  await expect(page.locator('form[data-site-search]')).toHaveAttribute('action', `${subpathBase}search/`);
  expect(failed).toEqual([]);
  expect(outside).toEqual([]);
});

test('under a subpath, search finds pages and glossary terms and links to them there', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(subpathBase);
  await page.locator('#site-search-q').fill('mtx');
  const links = page.locator('[data-search-popup] .search-result__link');
  await expect(links.first()).toHaveAttribute('href', `${subpathBase}methotrexate/?highlight=mtx`);
  await links.first().click();
  await expect(page).toHaveURL(`${origin}${subpathBase}methotrexate/?highlight=mtx`);
  await expect(page.locator('h1')).toHaveText('Methotrexate');

  // A glossary term is its own result, linking to its anchor under the subpath.
  await page.locator('#site-search-q').fill('neutropenia');
  await expect(links.first()).toHaveAttribute('href', `${subpathBase}glossary/?highlight=neutropenia#neutrophil`);

  await page.goto(`${subpathBase}search/?q=kineret`);
  await expect(page.locator('[data-search-page] .search-result__link').first()).toHaveAttribute(
    'href',
    `${subpathBase}anakinra/?highlight=kineret`,
  );
  expect(failed).toEqual([]);
});

test('under a subpath, the printed address and the offline worker include it', async ({ page }) => {
  await page.goto(`${subpathBase}side-effects/`);
  await expect(page.locator('.print-footer strong')).toHaveText(`${origin}${subpathBase}side-effects/`);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(subpathBase);
});
