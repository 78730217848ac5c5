import { expect, test, type Page } from '@playwright/test';
import trials from '../../content/trials.json' with { type: 'json' };

// Issue 11, "Safe and actionable": what a reader sees and does in a browser. The checks that
// only read the built HTML are in tests/built/safety.test.ts; the phone-screen check for
// every patient page is in every-page.test.ts.

test('the contents list opens in place from the header on a phone, and Search opens a working form', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 664 });
  await page.goto('/methotrexate/');
  const nav = page.locator('nav#contents');
  await expect(nav).toBeHidden();
  await page.getByText('Menu', { exact: true }).click();
  await expect(nav).toBeVisible();
  const box = (await nav.boundingBox())!;
  expect(box.y, 'the list opens under the header, not at the foot of the page').toBeLessThan(200);
  await expect(nav.locator('a[aria-current="page"]')).toHaveText('Methotrexate');
  await page.getByText('Search', { exact: true }).first().click();
  await expect(page.locator('#site-search-q')).toBeVisible();
  await expect(page.locator('#site-search-q')).toBeFocused();
});

test('harm pictures use a different icon and colour from benefit pictures', async ({ page }) => {
  await page.goto('/side-effects/');
  const benefit = page.locator('figure.icon-array[data-kind="benefit"] .icon-array__group .icon--yes').first();
  const harm = page.locator('figure.icon-array[data-kind="harm"] .icon-array__group .icon--yes').first();
  await expect(benefit).toBeVisible();
  await expect(harm).toBeVisible();
  // Shape: circle vs triangle path, so it holds without colour too.
  expect(await benefit.evaluate((el) => el.tagName)).toBe('circle');
  expect(await harm.evaluate((el) => el.tagName)).toBe('path');
  const fill = (locator: typeof benefit) => locator.evaluate((el) => getComputedStyle(el).fill);
  expect(await fill(benefit)).not.toBe(await fill(harm));
});

test('serious infections are drawn out of 1,000, matching the data', async ({ page }) => {
  const pooled = trials.find((t) => t.id === 'mertens-2009')!.outcomes.find((o) => o.id === 'serious-infection')!;
  await page.goto('/side-effects/');
  const figure = page.locator('figure.icon-array[data-outcome="serious-infection"]');
  await expect(figure).toHaveAttribute('data-scale', '1000');
  for (const [arm, value] of Object.entries(pooled.percent)) {
    await expect(figure.locator(`[data-arm="${arm}"] .icon--yes`)).toHaveCount(Math.round((value as number) * 10));
  }
  await expect(figure.locator('figcaption')).toContainText('out of 1,000');
});

test('section links are small icons with a name, and citation marks are at least 24 × 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  for (const path of ['/side-effects/', '/methotrexate/']) {
    await page.goto(path);
    const link = page.locator('main a.section-link').first();
    await expect(link).toHaveAccessibleName('Link to this section');
    const label = await link.locator('[data-section-link-label]').boundingBox();
    expect(label!.width, 'the words are not shown on screen').toBeLessThanOrEqual(1);
    for (const target of [link, page.locator('main .cite a').first()]) {
      const box = (await target.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  }
});

test('sources and "Cite this page" fold into one disclosure that opens for a citation link and on paper', async ({ page }) => {
  await page.goto('/side-effects/');
  const fold = page.locator('details.sources-disclosure');
  await expect(fold).toHaveCount(1);
  await expect(fold.locator('summary')).toHaveText('Sources and citation');
  await expect(fold.locator('.page-sources li').first()).toBeHidden();
  await expect(fold.locator('.cite-page')).toHaveCount(1);
  // Following a [n] mark opens the fold at that source.
  await page.locator('main .cite a').first().click();
  await expect(fold.locator('.page-sources li').first()).toBeVisible();
  await page.goto('/side-effects/');
  await page.emulateMedia({ media: 'print' });
  await expect(fold.locator('.page-sources li').first()).toBeVisible();
});

async function tickFirst(page: Page) {
  const box = page.locator('.checklist input[type="checkbox"]').first();
  await box.check();
  return box;
}

test('questions can be ticked on a phone, the ticks stay on this device only, and print as boxes', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.method()));
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/questions/');
  const boxes = page.locator('.checklist input[type="checkbox"]');
  expect(await boxes.count()).toBeGreaterThanOrEqual(10);
  // Each box has a label a screen reader reads.
  for (const box of await boxes.all()) expect((await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')).length).toBeGreaterThan(5);
  const box = await tickFirst(page);
  await page.reload();
  await expect(box).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  expect(requests.filter((m) => m !== 'GET'), 'nothing is sent anywhere').toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(boxes.nth(1)).toBeVisible();
});

test('the dose chart draws no full-height shape for an unreported dose, and its text is at least 14 px on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/results/');
  const chart = page.locator('figure.dose-chart');
  const svg = (await chart.locator('svg').boundingBox())!;
  const gaps = chart.locator('.dose-chart__gap');
  expect(await gaps.count()).toBeGreaterThan(0);
  for (const gap of await gaps.all()) {
    const box = (await gap.boundingBox())!;
    expect(box.width, 'a short stub at the baseline').toBeLessThan(svg.width / 10);
  }
  await expect(chart.locator('.dose-chart__nr').first()).toHaveText('not reported');
  for (const label of await chart.locator('svg text').all()) {
    const size = (await label.boundingBox())!.height;
    expect(size, `"${await label.textContent()}"`).toBeGreaterThanOrEqual(14);
  }
  // One sentence a reader gets at a glance.
  const message = (await chart.locator('.dose-chart__message').textContent()) ?? '';
  expect(message.split(/[.!?]\s/).length).toBe(1);
});
