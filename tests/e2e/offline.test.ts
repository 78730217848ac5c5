import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/built-pages.ts';
import { untilControlled } from '../helpers/service-worker.ts';

test('after one visit, every page and search work offline', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto('/');
  await untilControlled(page);
  await context.setOffline(true);
  for (const path of builtPages()) {
    const response = await page.goto(path);
    expect(response?.ok(), `${path} offline`).toBe(true);
    await expect(page.locator('h1')).toBeVisible();
  }
  await page.goto('/results/');
  await page.locator('#site-search-q').fill('kineret');
  await expect(page.locator('[data-search-popup] .search-result__link').first()).toHaveText('Anakinra (Kineret)');
  await page.goto('/search/?q=folic%20acid');
  await expect(page.locator('[data-search-page] .search-result__link').first()).toBeVisible();
  // A result link with ?highlight= is served from the same cached page.
  const opened = await page.goto('/methotrexate/?highlight=folic');
  expect(opened?.ok()).toBe(true);
  await context.close();
});
