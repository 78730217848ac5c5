import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { siteIn } from '../../src/site.config.ts';
import { builtHtml, distDir, guidePages } from '../helpers/built-pages.ts';
import { hostedAddress, hostedDir } from '../helpers/built-site.ts';

// Issue 13, the Spanish edition: every page has a twin in the other language, built from the
// same data, and a reader can move between the two on any page.

const pages = guidePages();
const english = pages.filter((p) => !p.startsWith('/es/'));
const spanish = pages.filter((p) => p.startsWith('/es/'));
const twinOf = (path: string) => (path.startsWith('/es/') ? path.slice(3) : `/es${path}`);
const doc = (path: string, dir?: string) => parseHTML(builtHtml(path, dir)).document;

test('every English page has a Spanish twin, and every Spanish page an English one', () => {
  expect(english.length).toBeGreaterThanOrEqual(13);
  expect(spanish.map(twinOf).sort()).toEqual([...english].sort());
});

describe.each(pages)('%s', (path) => {
  const document = doc(path);
  const lang = path.startsWith('/es/') ? 'es' : 'en-GB';

  test('says its language, links its twin both ways (hreflang, x-default) and offers the switch to it', () => {
    expect(document.documentElement.getAttribute('lang')).toBe(lang);
    const alternates = Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    const englishPath = path.startsWith('/es/') ? twinOf(path) : path;
    expect(alternates).toEqual({ 'en-GB': englishPath, es: `/es${englishPath}`, 'x-default': englishPath });
    const switches = [...document.querySelectorAll('a[data-language-switch]')];
    expect(switches.map((a) => [a.getAttribute('href'), a.getAttribute('hreflang'), a.getAttribute('lang')])).toEqual([
      [twinOf(path), path.startsWith('/es/') ? 'en-GB' : 'es', path.startsWith('/es/') ? 'en-GB' : 'es'],
    ]);
  });
});

describe.each(spanish)('%s, against its English twin', (path) => {
  const document = doc(path);
  const main = document.querySelector('main')!;
  const original = doc(twinOf(path)).querySelector('main')!;
  const all = (root: Element, selector: string, attr: string) => [...root.querySelectorAll(selector)].map((e) => e.getAttribute(attr));

  test('shows the same figures, from the same data (no number typed by hand can differ)', () => {
    expect(all(main, '[data-percent]', 'data-percent')).toEqual(all(original, '[data-percent]', 'data-percent'));
    expect(all(main, '.icon-array [data-filled]', 'data-filled')).toEqual(all(original, '.icon-array [data-filled]', 'data-filled'));
    const digits = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/[^\d]/g, ''));
    expect(digits(main, '.results-table td, .dose-chart text')).toEqual(digits(original, '.results-table td, .dose-chart text'));
  });

  test('keeps every warning card, in order, and cites the same sources', () => {
    const cards = (root: Element) => [...root.querySelectorAll('.care-card')].map((c) => c.className);
    expect(cards(main)).toEqual(cards(original));
    const cited = (root: Element) => [...new Set([...root.querySelectorAll('a[href*="#source-"]')].map((a) => a.getAttribute('href')?.split('#')[1]))].sort();
    expect(cited(main)).toEqual(cited(original));
  });

  test('links only to Spanish pages, unless the link says it leads to English (hreflang)', () => {
    // The language switch and the links to English clinician notes carry hreflang; the About
    // page's table of English pages is a list of those pages.
    const internal = [...document.querySelectorAll('a[href^="/"]')]
      .filter((a) => !a.hasAttribute('hreflang') && !a.closest('[data-readability-table]'))
      .map((a) => a.getAttribute('href') ?? '');
    const toEnglish = internal.filter((href) => !href.startsWith('/es/') && !href.startsWith('/_astro/') && !/\.(png|svg|zip|json)$/.test(href));
    expect(toEnglish).toEqual([]);
  });

  test('uses Spanish interface words and the Spanish contacts, never the English ones', () => {
    const html = builtHtml(path);
    for (const words of [en.skipLink, en.header.menu, en.sources.summary, en.nextSteps.heading, en.pageTools.print, en.keyFacts.heading]) {
      expect(html, words).not.toContain(`>${words}<`);
    }
    expect(html).toContain(es.skipLink);
    const cards = main.querySelectorAll('[data-care-contact]');
    for (const card of cards) expect(card.textContent).not.toContain(siteIn('en').contacts.careTeam.name);
  });
});

describe('the copy built for one address (SITE_URL)', () => {
  test('the sitemap lists each page with its twin', () => {
    const sitemap = readFileSync(join(hostedDir, 'sitemap-0.xml'), 'utf-8');
    expect(sitemap).toContain(`<loc>${hostedAddress}es/anakinra/</loc>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${hostedAddress}es/anakinra/"/>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en-GB" href="${hostedAddress}anakinra/"/>`);
  });

  test('the Spanish handout\'s QR code leads to the Spanish guide, and says so in Spanish', () => {
    const handout = doc('/es/handout/', hostedDir);
    const home = doc('/es/', hostedDir).querySelector('h1')?.textContent ?? '';
    expect(handout.querySelector('.qr-code svg')?.getAttribute('aria-label')).toBe(es.qrCode.image(home, `${hostedAddress}es/`));
  });

  test('Spanish pages say so to search engines and link previews', () => {
    const html = builtHtml('/es/anakinra/', hostedDir);
    expect(html).toContain('"inLanguage":"es"');
    expect(html).toContain('<meta property="og:locale" content="es">');
    expect(html).toContain(`<meta property="og:image" content="${hostedAddress}og/es/anakinra.png">`);
    expect(html).toContain(`<link rel="alternate" hreflang="es" href="${hostedAddress}es/anakinra/">`);
  });
});

test('the offline copy saves both editions and both search indexes', () => {
  const worker = readFileSync(join(distDir, 'sw.js'), 'utf-8');
  for (const path of spanish) expect(worker, path).toContain(`"${path.slice(1)}index.html"`);
  expect(worker).toMatch(/pagefind\/pagefind\.es_[0-9a-f]+\.pf_meta/);
  expect(worker).toMatch(/pagefind\/pagefind\.en-gb_[0-9a-f]+\.pf_meta/);
});
