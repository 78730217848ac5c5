import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/built-pages.ts';

const pages = builtPages();
const bgOf = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const darkBg = 'rgb(17, 26, 33)';
const lightBg = 'rgb(255, 255, 255)';

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of pages) {
    test(`axe finds no WCAG 2.2 AA violations on ${path} (dark)`, async ({ page }) => {
      await page.goto(path);
      expect(await bgOf(page)).toBe(darkBg);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
    });
  }
});

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

test('screenshots of the results page in light and dark mode, attached to the report', async ({ browser }, testInfo) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/results/');
    const path = testInfo.outputPath(`results-${colorScheme}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`results page (${colorScheme})`, { path, contentType: 'image/png' });
    await context.close();
  }
});

test('the page CSP is present and nothing is blocked while browsing and toggling the theme', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  }
  await page.goto('/results/');
  await colours(page, 'Dark').check();
  await page.goto('/anakinra/');
  // The inline theme script ran (it is allowed by its hash), so the choice carried over.
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  expect(violations).toEqual([]);
});
