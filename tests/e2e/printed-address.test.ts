import { expect, test, type Page } from '@playwright/test';
import { subpathBase, subpathPort } from '../../playwright.config.ts';
import { readQr } from '../helpers/qr.ts';

// dist/ and the /ra-guide/ copy are built without SITE_URL, as a hospital's unpacked zip
// is: they must print the address they are served from. The /hosted/ copy is built with
// SITE_URL=https://guide.example.org (npm run build:hosted) and must print that one.
const subpathOrigin = `http://127.0.0.1:${subpathPort}`;

/** Presses "Print this page" (the dialog itself stubbed out), then shows the page as printed. */
async function printPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  await page.getByRole('button', { name: 'Print this page' }).click();
  await expect(page.locator('html[data-printed]')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
}

for (const path of ['/side-effects/', '/handout/']) {
  test(`${path} prints the address it was served from, and a QR code that opens it`, async ({ page, baseURL }) => {
    const served = `${baseURL}${path}`;
    await page.goto(path);
    // Nothing is fetched for the QR code until the reader prints.
    const workers: string[] = [];
    page.on('request', (r) => void (r.url().includes('qr-worker') && workers.push(r.url())));
    await page.waitForLoadState('networkidle');
    expect(workers).toEqual([]);
    await printPage(page);
    const footer = page.locator('.print-footer');
    await expect(footer.locator('strong')).toHaveText(served);
    await expect(footer.locator('svg')).toHaveAttribute('aria-label', `QR code for ${served}`);
    expect(await readQr(footer.locator('svg'))).toBe(served);
    expect(workers).toHaveLength(1);
    if (path === '/handout/') {
      // The handout's own code opens the whole guide, at the same server.
      const guide = page.locator('main .qr-code');
      await expect(guide).toBeVisible();
      await expect(guide.locator('strong')).toHaveText(`${baseURL}/`);
      expect(await readQr(guide.locator('svg'))).toBe(`${baseURL}/`);
    }
  });
}

test('Ctrl+P or the browser menu (beforeprint only) prints the address as text, and has the QR code from then on', async ({ page, baseURL }) => {
  await page.goto('/results/');
  await page.emulateMedia({ media: 'print' });
  const footer = page.locator('.print-footer');
  await expect(footer.locator('strong')).toHaveText(`${baseURL}/results/`);
  await expect(footer.locator('svg')).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(footer.locator('svg')).toBeVisible();
  expect(await readQr(footer.locator('svg'))).toBe(`${baseURL}/results/`);
});

test('"Cite this page" gives the address the reader is on', async ({ page, baseURL }) => {
  await page.goto('/results/');
  await expect(page.locator('.cite-page__text')).toContainText(`Available from: ${baseURL}/results/`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the printout gives the page path as its address, and no made-up one', async ({ page }) => {
    await page.goto('/handout/');
    await page.emulateMedia({ media: 'print' });
    const footer = page.locator('.print-footer');
    await expect(footer).toBeVisible();
    await expect(footer.locator('strong')).toHaveText('/handout/');
    await expect(footer.locator('.print-footer__qr')).toBeHidden();
    // The guide's code cannot be drawn: its address is printed, without "Scan…" over nothing.
    const guide = page.locator('main .qr-code');
    await expect(guide.locator('strong')).toHaveText('/');
    await expect(guide.locator('.qr-code__label')).toBeHidden();
    await expect(page.locator('.cite-page__text')).toContainText('Available from: /handout/');
  });
});

test.describe('served from a folder', () => {
  test.use({ baseURL: subpathOrigin });
  test('a copy built without SITE_URL prints its address with the subpath, and a QR code to it', async ({ page }) => {
    const served = `${subpathOrigin}${subpathBase}side-effects/`;
    await page.goto(`${subpathBase}side-effects/`);
    await printPage(page);
    const footer = page.locator('.print-footer');
    await expect(footer.locator('strong')).toHaveText(served);
    expect(await readQr(footer.locator('svg'))).toBe(served);
  });
  test('a copy built for SITE_URL prints that address and its QR code, wherever it is served', async ({ page }) => {
    const canonical = 'https://guide.example.org/hosted/side-effects/';
    await page.goto('/hosted/side-effects/');
    await printPage(page);
    const footer = page.locator('.print-footer');
    await expect(footer.locator('strong')).toHaveText(canonical);
    expect(await readQr(footer.locator('svg'))).toBe(canonical);
    await expect(page.locator('.cite-page__text')).toContainText(`Available from: ${canonical}`);
  });
});
