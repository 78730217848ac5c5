import { expect, test } from '@playwright/test';

test('"Link to this section" copies the full address and says "Link copied"', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/side-effects/?highlight=infection');
  const link = page.locator('a.section-link[href="#serious-infections"]');
  await link.click();
  await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
  await expect(link).toContainText('Link copied');
  // The clean address: no search highlight, just the page and the section.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/side-effects/#serious-infections`);
  await expect(page).toHaveURL(/#serious-infections$/);
});

test('Share uses the device share sheet where there is one', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', {
      value: async (data: unknown) => (window as unknown as { shared: unknown[] }).shared.push(data),
    });
  });
  await page.goto('/results/');
  await page.getByRole('button', { name: 'Share this page' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
    { title: 'What the trials found | Anakinra + methotrexate guide', url: `${baseURL}/results/` },
  ]);
});

test('Share copies the link where there is no share sheet', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto('/results/');
  await page.getByRole('button', { name: 'Share this page' }).click();
  await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/results/`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('section links are plain anchors, and Share and Print (which need JavaScript) are hidden', async ({ page }) => {
    await page.goto('/anakinra/');
    await expect(page.locator('[data-page-tools]')).toBeHidden();
    await page.locator('a.section-link[href="#blood-tests"]').click();
    await expect(page).toHaveURL(/\/anakinra\/#blood-tests$/);
    await expect(page.locator('.cite-page')).toContainText('cited date you read it');
  });
});

test('"Cite this page" is in NLM style with the review date and today as the cited date', async ({ page, baseURL }) => {
  await page.goto('/results/');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getMonth()]} ${d.getDate()}`;
  });
  await expect(page.locator('.cite-page__text')).toHaveText(
    `The guide's editorial team. What the trials found. In: Anakinra with methotrexate: a guide for rheumatoid arthritis [Internet]. [reviewed 2026 Nov 22; cited ${today}]. Available from: ${baseURL}/results/`,
  );
});
