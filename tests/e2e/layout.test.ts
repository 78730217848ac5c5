import { expect, test } from '@playwright/test';

// The page frame in a browser. What every page carries in its HTML is checked in
// tests/built/layout.test.ts; axe, reflow and target sizes on every page in every-page.test.ts.

test('the skip link is the first thing a keyboard reaches and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
