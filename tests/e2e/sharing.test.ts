import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import type { UrlContract } from '../../src/build/url-contract.ts';
import { contractProblems } from '../../src/build/url-contract.ts';
import { builtHtml, builtPages, guidePages } from '../helpers/built-pages.ts';

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
    `The guide's editorial team. What the trials found. In: Anakinra with methotrexate: a guide for rheumatoid arthritis [Internet]. [reviewed 2026 Nov 22; cited ${today}]. Available from: https://anakinra-guide.example/results/`,
  );
  expect(baseURL).toBeTruthy();
});

test('the URL contract holds: no promised page or section anchor has disappeared', () => {
  const contract = JSON.parse(readFileSync(join(import.meta.dirname, '../url-contract.json'), 'utf-8')) as UrlContract;
  const built = new Map(builtPages(undefined, { redirects: true }).map((path) => [path, builtHtml(path)]));
  expect(contractProblems(contract, built), 'A promised address or anchor is gone: add a redirect in astro.config.mjs (moved) or keep the old anchor.').toEqual([]);
  // Every guide page is promised (a new page must be added with npm run url-contract).
  expect(Object.keys(contract)).toEqual(expect.arrayContaining(guidePages()));
});

test('each page has valid JSON-LD, Open Graph and Twitter tags, a canonical address and a preview image', async ({ request }) => {
  for (const path of guidePages()) {
    const { document } = parseHTML(builtHtml(path));
    const meta = (property: string) =>
      document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content') ?? '';
    const url = new URL(path, 'https://anakinra-guide.example/').href;
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(meta('og:url')).toBe(url);
    expect(meta('og:title')).toBe(document.title);
    expect(meta('og:description')).toBe(document.querySelector('meta[name="description"]')?.getAttribute('content'));
    expect(meta('og:type')).toBe('article');
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe(meta('og:image'));
    expect(meta('og:image:alt')).not.toBe('');
    const image = new URL(meta('og:image'));
    expect(image.origin).toBe('https://anakinra-guide.example');
    const png = await request.get(image.pathname);
    expect(png.ok(), `${path}: ${image.pathname}`).toBe(true);
    const bytes = await png.body();
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

    const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]?.textContent ?? '') as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url,
      lastReviewed: document.querySelector('.review-dates time')?.getAttribute('datetime'),
      author: { '@type': 'Organization' },
    });
    // No clinician is named in src/site.config.ts, so no page may claim a reviewer.
    expect(data).not.toHaveProperty('reviewedBy');
    const drugs = (data['about'] as { '@type': string; name: string }[]).filter((a) => a['@type'] === 'Drug').map((a) => a.name);
    expect(drugs).toEqual(['anakinra', 'methotrexate']);
  }
});

test('the sitemap lists every guide page and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://anakinra-guide.example/sitemap-index.xml');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const path of guidePages()) expect(sitemap).toContain(`<loc>${new URL(path, 'https://anakinra-guide.example/').href}</loc>`);
  expect(sitemap).not.toContain('/search/');
});
