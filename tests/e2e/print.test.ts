import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { editionOf, guidePages } from '../helpers/built-pages.ts';

test('printed pages have no navigation, search or buttons, open details, and the address and review date', async ({ page, baseURL }) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of guidePages()) {
    await page.goto(path);
    for (const hidden of ['.site-header', 'nav#contents', '.site-search', '.page-tools', '.skip-link']) {
      await expect(page.locator(hidden).first(), `${path}: ${hidden} on paper`).toBeHidden();
    }
    await expect(page.locator('.section-link').first()).toBeHidden();
    const footer = page.locator('.print-footer');
    await expect(footer).toBeVisible();
    // The QR code is drawn when the reader prints (tests/e2e/printed-address.test.ts).
    const { ui } = editionOf(path);
    await expect(footer).toContainText(`${ui.printFooter.online} ${baseURL}${path}`);
    // "Last reviewed 2026 Nov 22" / "Última revisión: 2026 dic 5": the words before the first date.
    const reviewed = ui.printFooter.reviewed('DATE', undefined).split('DATE')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(footer).toContainText(new RegExp(`${reviewed}\\d{4} \\p{L}{3} \\d{1,2}`, 'u'));
  }
  // What is folded away on screen (clinician panels, "Show as a table") is printed open.
  await page.goto('/results/');
  const hiddenOnScreen = page.locator('main details:not([open]) table').first();
  await expect(hiddenOnScreen).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(hiddenOnScreen).toBeHidden();
});

for (const handout of ['/handout/', '/es/handout/']) test(`the handout ${handout} prints on two A4 pages, as a PDF made by Chromium`, async ({ page }, testInfo) => {
  const { ui, lang } = editionOf(handout);
  await page.goto(handout);
  // As the Print button leaves it: both QR codes drawn (the dialog itself stubbed out).
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: ui.pageTools.print }).click();
  await expect(page.locator('.print-footer svg')).toBeAttached();
  const path = testInfo.outputPath(`handout-${lang}.pdf`);
  await page.pdf({ path, format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  await testInfo.attach(`handout-${lang}.pdf`, { path, contentType: 'application/pdf' });
  const pdf = readFileSync(path, 'latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBe(2);
  // The things a patient takes home: both medicines, the weekly warning, warning signs,
  // questions and the way back to the full guide.
  await page.emulateMedia({ media: 'print' });
  const main = page.locator('main');
  const words = lang === 'es'
    ? { weekly: 'una vez por semana', never: 'Nunca lo tome todos los días', fever: 'fiebre', guide: /guía completa|Anakinra con metotrexato/ }
    : { weekly: 'once a week', never: 'Never take it every day', fever: 'fever', guide: /full guide|Anakinra with methotrexate/ };
  await expect(main).toContainText(words.weekly);
  await expect(main).toContainText(words.never);
  await expect(main.locator('.care-card--urgent')).toContainText(words.fever);
  await expect(main.locator('.checklist li')).toHaveCount(6);
  await expect(main.locator('.qr-code svg')).toHaveAttribute('aria-label', words.guide);
});

test('the "Print this page" button opens the print dialog, once the QR code is drawn', async ({ page }) => {
  await page.goto('/side-effects/');
  await page.evaluate(() => {
    // What the page holds when the dialog would open.
    window.print = () => document.documentElement.setAttribute('data-printed-codes', String(document.querySelectorAll('.print-footer svg').length));
  });
  await page.getByRole('button', { name: 'Print this page' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed-codes', '1');
});
