import { expect, test } from '@playwright/test';
import { builtPages, guidePages } from '../helpers/built-pages.ts';

const pages = guidePages();

test('every page has a language, one h1, a main landmark and review dates', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main#main-content')).toHaveCount(1);
    const times = page.locator('.review-dates time');
    await expect(times).toHaveCount(2);
    for (const time of await times.all()) expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('.site-footer .disclaimer')).toContainText('does not replace advice');
  }
});

test('the skip link is the first thing a keyboard reaches and moves focus to the main content', async ({ page }) => {
  await page.goto(pages[0]!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the contents list marks the current page, and only that one', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    const current = page.locator('nav#contents a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    expect(new URL((await current.getAttribute('href')) ?? '', page.url()).pathname).toBe(path);
  }
});

test('pages reflow at 320 px wide, and at 400% zoom, with no sideways scrolling', async ({ page }) => {
  const pages = builtPages();
  // 400% zoom of a 1280 × 1024 screen leaves a 320 × 256 CSS-pixel viewport.
  for (const viewport of [{ width: 320, height: 640 }, { width: 320, height: 256 }]) {
    await page.setViewportSize(viewport);
    for (const path of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways by ${overflow}px at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(0);
    }
  }
});

test('buttons and stand-alone links are at least 24 × 24 px (links inside sentences are exempt)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of builtPages()) {
    await page.goto(path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('header a, header button:not([hidden]), header input, nav#contents a, summary, .skip-link, .a-to-z__letters a')]
        // Only what a reader can see: not inside a closed disclosure (the phone header's Search panel).
        .filter((el) => el.checkVisibility())
        .map((el) => ({ el: el.textContent?.trim(), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ el, r }) => `${el} (${Math.round(r.width)}×${Math.round(r.height)})`),
    );
    expect(small, `${path}: small targets`).toEqual([]);
  }
});
