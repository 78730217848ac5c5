import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { builtHtml, builtPages, editionOf, guidePages } from '../helpers/built-pages.ts';

// What every built page carries in its HTML, whatever the browser: language, landmarks,
// review dates, the contents list, the security policy and section links. The browser
// checks of the same pages (axe, reflow, targets, requests) are in tests/e2e/every-page.test.ts.
const read = (path: string) => ({ path, document: parseHTML(builtHtml(path)).document });
const guide = guidePages().map(read);
const all = builtPages().map(read);

test('every page has a language, one h1, a main landmark, review dates and the disclaimer', () => {
  expect(guide.length).toBeGreaterThan(10);
  for (const { path, document } of guide) {
    const { locale, ui } = editionOf(path);
    expect(document.documentElement.getAttribute('lang'), path).toBe(locale);
    expect(document.querySelectorAll('h1').length, `${path}: h1 count`).toBe(1);
    expect(document.querySelectorAll('main#main-content').length, `${path}: main`).toBe(1);
    const times = [...document.querySelectorAll('.review-dates time')];
    expect(times.length, `${path}: review dates`).toBe(2);
    for (const time of times) expect(time.getAttribute('datetime'), path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(document.querySelector('.site-footer .disclaimer')?.textContent, path).toContain(ui.footer.disclaimerLead);
  }
});

test('the contents list marks the current page, and only that one', () => {
  for (const { path, document } of guide) {
    const current = [...document.querySelectorAll('nav#contents a[aria-current="page"]')];
    expect(current.length, `${path}: pages marked current`).toBe(1);
    expect(new URL(current[0]?.getAttribute('href') ?? '', `https://site.invalid${path}`).pathname).toBe(path);
  }
});

test('every page has a strict Content-Security-Policy and sends no referrer', () => {
  for (const { path, document } of all) {
    const csp = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
    expect(csp, `${path} has no CSP`).toBeTruthy();
    // No inline escape hatches, nothing from other origins, and no wasm-eval (search runs
    // its WebAssembly in a worker, which this page policy does not govern).
    expect(csp, path).not.toContain('unsafe-inline');
    expect(csp, path).not.toContain('unsafe-eval');
    expect(csp, path).not.toMatch(/https?:\/\//);
    expect(csp, path).toContain("default-src 'self'");
    expect(document.querySelector('meta[name="referrer"]')?.getAttribute('content'), path).toBe('no-referrer');
  }
});

test('links to other sites open without telling them where the reader came from', () => {
  let external = 0;
  for (const { path, document } of all) {
    for (const a of document.querySelectorAll('a[href^="http"]')) {
      external += 1;
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      expect(rel, `${path}: ${a.getAttribute('href')}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  }
  expect(external, 'the guide links to some outside sources').toBeGreaterThan(0);
});

test('every h2 and h3 has an id and a "Link to this section" that points at it', () => {
  for (const { path, document } of all) {
    for (const heading of document.querySelectorAll('main :is(h2, h3)')) {
      const id = heading.getAttribute('id');
      expect(id, `${path}: "${heading.textContent}" has no id`).toBeTruthy();
      const links = [...document.querySelectorAll(`main a.section-link[href="#${id}"]`)];
      expect(links.length, `${path}#${id} has no section link`).toBe(1);
      expect(links[0]?.getAttribute('aria-describedby'), `${path}#${id}`).toBe(id);
    }
  }
});
