import { expect, test } from '@playwright/test';

// The colour control and the palettes. Axe in both palettes on every page is in
// every-page.test.ts.
const bgOf = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const darkBg = 'rgb(17, 26, 33)';
const lightBg = 'rgb(255, 255, 255)';

test('the site follows the system setting when the reader has not chosen', async ({ browser }) => {
  for (const [colorScheme, bg] of [['dark', darkBg], ['light', lightBg]] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/results/');
    expect(await bgOf(page)).toBe(bg);
    await context.close();
  }
});

/** The "Colours" radios in the header menu (a sidebar at the test's desktop width). */
const colours = (page: import('@playwright/test').Page, name: 'Match my device' | 'Light' | 'Dark') =>
  page.getByRole('group', { name: 'Colours' }).getByRole('radio', { name, exact: true });

test('the dark-mode choice persists across pages, already applied when the body first appears', async ({ page }) => {
  // Record the theme at the moment <body> is created, i.e. before anything can be painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as any).__firstBodyTheme = document.documentElement.dataset['theme'] ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/results/');
  await expect(colours(page, 'Match my device')).toBeChecked();
  await colours(page, 'Dark').check();
  expect(await bgOf(page)).toBe(darkBg);

  await page.goto('/side-effects/');
  expect(await page.evaluate(() => (window as any).__firstBodyTheme)).toBe('dark');
  expect(await bgOf(page)).toBe(darkBg);
  await expect(colours(page, 'Dark')).toBeChecked();
  await colours(page, 'Light').check();
  await page.goto('/');
  expect(await page.evaluate(() => (window as any).__firstBodyTheme)).toBe('light');
  expect(await bgOf(page)).toBe(lightBg);
  await expect(colours(page, 'Light')).toBeChecked();
});

test('choosing "Match my device" after "Dark" follows the device again, now and on later pages', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('/results/');
  await colours(page, 'Dark').check();
  expect(await bgOf(page)).toBe(darkBg);

  await colours(page, 'Match my device').check();
  expect(await bgOf(page)).toBe(lightBg);
  expect(await page.evaluate(() => localStorage.getItem('guide-theme'))).toBeNull();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await bgOf(page)).toBe(darkBg);

  await page.goto('/side-effects/');
  await expect(colours(page, 'Match my device')).toBeChecked();
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
  expect(await bgOf(page)).toBe(darkBg);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await bgOf(page)).toBe(lightBg);
  await context.close();
});

test('the colour choice is one named group of radios that arrow keys move through', async ({ page }) => {
  await page.goto('/results/');
  await colours(page, 'Match my device').focus();
  await page.keyboard.press('ArrowDown');
  await expect(colours(page, 'Light')).toBeChecked();
  await expect(colours(page, 'Light')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(colours(page, 'Dark')).toBeChecked();
  expect(await bgOf(page)).toBe(darkBg);
});

test('without JavaScript the colour choice is hidden and the device setting still applies', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/results/');
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  expect(await bgOf(page)).toBe(darkBg);
  await context.close();
});

/** Mean lightness (0 dark to 1 light) of a PNG, read back through a canvas in a blank tab. */
async function meanLightness(browser: import('@playwright/test').Browser, png: Buffer): Promise<number> {
  const tab = await browser.newPage();
  const lightness = await tab.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
    return sum / (data.length / 4) / 255;
  }, `data:image/png;base64,${png.toString('base64')}`);
  await tab.close();
  return lightness;
}

test('the results page on a phone is light in the light palette and dark in the dark one (screenshots attached)', async ({ browser }, testInfo) => {
  const lightness: Record<string, number> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/results/');
    const png = await page.screenshot({ fullPage: true });
    await testInfo.attach(`results page (${colorScheme})`, { body: png, contentType: 'image/png' });
    lightness[colorScheme] = await meanLightness(browser, png);
    await context.close();
  }
  // Mostly background: white (about 0.9 with text) and near-black (about 0.15 with text).
  expect(lightness['light'], 'light screenshot').toBeGreaterThan(0.75);
  expect(lightness['dark'], 'dark screenshot').toBeLessThan(0.3);
});
