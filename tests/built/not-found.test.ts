import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/built-pages.ts';
import { hostedDir, subpathDir } from '../helpers/built-site.ts';
import { site } from '../../src/site.config.ts';

// The 404 page as the HTML says it: facts a browser is not needed for. Behaviour (status,
// search, offline, axe) is in tests/e2e/not-found.test.ts.
const builds = [
  { name: 'dist/', dir: distDir, base: '/' },
  { name: 'the /ra-guide/ subpath build', dir: subpathDir, base: '/ra-guide/' },
  { name: 'the build for one address (SITE_URL)', dir: hostedDir, base: '/hosted/' },
];
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf-8');

describe('the 404 page', () => {
  const { document } = parseHTML(read(distDir, '404.html'));

  test('is built as 404.html, with the page heading and the guide around it', () => {
    expect(document.querySelector('h1')?.textContent).toBe('Page not found');
    expect(document.querySelector('header.site-header')).not.toBeNull();
    expect(document.querySelector('footer.site-footer')).not.toBeNull();
  });

  for (const build of builds) {
    test(`in ${build.name}, is kept out of search engines and the search index: noindex, no canonical, no JSON-LD`, () => {
      const { document: page } = parseHTML(read(build.dir, '404.html'));
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(page.querySelector('link[rel="canonical"]')).toBeNull();
      expect(page.querySelector('meta[property="og:url"]')).toBeNull();
      expect(page.querySelector('script[type="application/ld+json"]')).toBeNull();
      expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    });
  }

  test('is not in the sitemap of the build that has one (a build without SITE_URL has none)', () => {
    expect(existsSync(join(distDir, 'sitemap-0.xml'))).toBe(false);
    const sitemap = read(hostedDir, 'sitemap-0.xml');
    expect(sitemap).toContain('/hosted/results/');
    expect(sitemap).not.toContain('404');
  });

  test('links every guide page and says whom to tell about a broken link', () => {
    const links = [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/', '/anakinra/', '/methotrexate/', '/questions/', '/side-effects/']));
    // The host's address for reports, or (with contactEmail: null) no link to nowhere.
    const tell = document.querySelector('#tell-us')?.closest('section')?.textContent ?? '';
    if (site.contactEmail) expect(links).toContain(`mailto:${site.contactEmail}`);
    else expect(links.filter((href) => href?.startsWith('mailto:'))).toEqual([]);
    expect(tell).toMatch(site.contactEmail ? site.contactEmail : /clinic or group that gave you this guide/);
  });

  for (const build of builds) {
    test(`in ${build.name}, every link, asset and the search form keep the base, with no relative URL`, () => {
      const html = read(build.dir, '404.html');
      const { document: page } = parseHTML(html);
      const urls = [...page.querySelectorAll('[href], [src], form[action]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '');
      // "" is the status line's Reload link: this very address, whatever it is.
      const local = urls.filter((u) => !/^(#|mailto:|https?:|$)/.test(u));
      expect(local.length).toBeGreaterThan(15);
      // A relative URL ("./x", "x/") would resolve against the unknown address the page is served for.
      expect(local.filter((u) => !u.startsWith(build.base))).toEqual([]);
      expect(page.querySelector('form[data-not-found-search]')?.getAttribute('action')).toBe(`${build.base}search/`);
      // Module scripts' own imports are relative to the script file, so they stay under the base too.
      expect(html).not.toMatch(/(src|href)="\.\.?\//);
    });
  }
});

describe('moved addresses', () => {
  for (const build of builds) {
    test(`in ${build.name}, /kineret/ and /mtx/ lead to their pages, base included`, () => {
      for (const [from, to] of [['kineret', 'anakinra'], ['mtx', 'methotrexate']] as const) {
        const file = join(build.dir, from, 'index.html');
        expect(existsSync(file), file).toBe(true);
        expect(readFileSync(file, 'utf-8')).toContain(`<meta http-equiv="refresh" content="0;url=${build.base}${to}/">`);
      }
    });
  }
});
