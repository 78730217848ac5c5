import { expect, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import { builtHtml, builtPages, guidePages } from '../helpers/built-pages.ts';

/**
 * Every built page, opened once in a real browser, checked for what only a browser shows:
 * no request to another origin and no broken CSP rule while it loads, axe in the light and
 * the dark palette, visible section links, target sizes on a phone, the first screen on a
 * phone, and reflow at 320 px and 400% zoom. One test per page (a new page is checked with
 * no list to edit); one visit per page keeps the suite fast. Checks that need only the
 * HTML are in tests/built/.
 */
const darkBg = 'rgb(17, 26, 33)';
const lightBg = 'rgb(255, 255, 255)';

for (const path of builtPages()) {
  // The guide's patient pages (tools such as /search/ have no key facts).
  const isPatientPage = guidePages().includes(path) && /<main[^>]*data-audience="patients"/.test(builtHtml(path));

  test(`every page in a browser: ${path}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const elsewhere: string[] = [];
    let requests = 0;
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      requests += 1;
      if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    });
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await page.goto(path);
    await page.waitForLoadState('networkidle');

    await test.step('no request to another origin, no CSP rule broken', () => {
      expect(requests, 'requests were seen, so the check is live').toBeGreaterThan(0);
      expect(elsewhere, 'requests to other origins').toEqual([]);
      expect(violations, 'CSP violations').toEqual([]);
    });

    await test.step('axe: no WCAG 2.2 AA violations, light and dark', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await bg()).toBe(lightBg);
      expect(await axeViolations(page), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await bg()).toBe(darkBg);
      expect(await axeViolations(page), 'dark').toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    });

    await test.step('every visible h2 and h3 shows its "Link to this section"', async () => {
      for (const heading of await page.locator('main :is(h2, h3)').all()) {
        if (!(await heading.isVisible())) continue;
        const id = await heading.getAttribute('id');
        await expect(page.locator(`main a.section-link[href="#${id}"]`), `${path}#${id}`).toBeVisible();
      }
    });

    await test.step('on a phone, buttons and stand-alone links are at least 24 × 24 px (links inside sentences are exempt)', async () => {
      await page.setViewportSize({ width: 375, height: 800 });
      // The header's Search and Menu panels, open beside the page on a wide screen, close
      // on a phone (src/client/header-menus.ts) as they would have on a phone-sized load.
      await expect(page.locator('.header-menu[open]')).toHaveCount(0);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('header a, header button:not([hidden]), header input, nav#contents a, summary, .skip-link, .a-to-z__letters a')]
          // Only what a reader can see: not inside a closed disclosure (the phone header's Search panel).
          .filter((el) => el.checkVisibility())
          .map((el) => ({ el: el.textContent?.trim(), r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 24 || r.height < 24)
          .map(({ el, r }) => `${el} (${Math.round(r.width)}×${Math.round(r.height)})`),
      );
      expect(small, 'small targets').toEqual([]);
    });

    if (isPatientPage) {
      await test.step('on a 390 × 664 phone screen, the title and first key fact show without scrolling', async () => {
        await page.setViewportSize({ width: 390, height: 664 });
        await page.evaluate(() => window.scrollTo(0, 0));
        const title = await page.locator('h1').boundingBox();
        const fact = await page.locator('main .key-facts li').first().boundingBox();
        expect(title, 'no title').not.toBeNull();
        expect(fact, 'no key fact').not.toBeNull();
        expect(fact!.y + fact!.height, `the first key fact ends at ${Math.round(fact!.y + fact!.height)}px`).toBeLessThanOrEqual(664);
      });
    }

    await test.step('reflows at 320 px wide, and at 400% zoom, with no sideways scrolling', async () => {
      // 400% zoom of a 1280 × 1024 screen leaves a 320 × 256 CSS-pixel viewport.
      for (const viewport of [{ width: 320, height: 640 }, { width: 320, height: 256 }]) {
        await page.setViewportSize(viewport);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `scrolls sideways by ${overflow}px at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(0);
      }
    });

    expect(violations, 'CSP violations after resizing and theming').toEqual([]);
    expect(elsewhere, 'requests to other origins after resizing and theming').toEqual([]);
  });
}
