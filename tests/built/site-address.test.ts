import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { describeBuild, kindOfCopy } from '../../scripts/lib/hosting.ts';
import { distDir, editionOf, guidePages } from '../helpers/built-pages.ts';
import { allFiles, hostedAddress, hostedDir, subpathDir } from '../helpers/built-site.ts';

// dist/ and the /ra-guide/ copy are built without SITE_URL, like a zip a hospital unpacks
// onto its own server; the /hosted/ copy is built with SITE_URL=https://guide.example.org.
const anywhere = [
  { name: 'dist/', dir: distDir, base: '/' },
  { name: 'the /ra-guide/ subpath build', dir: subpathDir, base: '/ra-guide/' },
];
const hosted = { name: 'the build for https://guide.example.org/hosted/', dir: hostedDir, base: '/hosted/' };

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf-8');
const page = (dir: string, path: string) => parseHTML(read(dir, `${path}index.html`)).document;

/** An address on a domain reserved for examples (RFC 2606): it reaches nothing. */
const placeholder = /(?:[a-z0-9-]+\.)+(?:example|invalid|test)(?![\w(.-])|\bexample\.(?:com|net|org)\b/gi;

describe('no built file names a placeholder domain', () => {
  for (const site of [...anywhere, { ...hosted, allowed: 'guide.example.org' }]) {
    test(site.name, () => {
      const found: string[] = [];
      for (const file of allFiles(site.dir)) {
        // Pagefind's own scripts use https://example.com internally as a base to parse
        // relative paths; it is never shown or requested.
        if (!/\.(html|xml|txt|json|js|css|svg|webmanifest)$/.test(file) || /^pagefind\/.*\.js$/.test(file)) continue;
        let text = read(site.dir, file);
        if ('allowed' in site) text = text.replaceAll(site.allowed, '');
        for (const match of text.matchAll(placeholder)) found.push(`${file}: ${match[0]}`);
      }
      expect(found).toEqual([]);
    });
  }
});

for (const site of anywhere) {
  test(`built without SITE_URL, ${site.name} has no canonical link, previews or sitemap, and prints each page's own path`, () => {
    const paths = guidePages(site.dir);
    for (const path of paths) {
      const document = page(site.dir, path.slice(1));
      const own = `${site.base}${path.slice(1)}`;
      expect(document.querySelectorAll('link[rel="canonical"], link[rel="sitemap"], meta[property^="og:"], meta[name^="twitter:"]').length, path).toBe(0);
      const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, unknown>;
      expect(jsonLd['@type'], path).toBe('MedicalWebPage');
      expect(JSON.stringify(jsonLd), path).not.toMatch(/"(url|image)"/);
      // The printout's address, until the browser puts the server's in front of it.
      expect(document.querySelector('.print-footer strong')?.textContent, path).toBe(own);
      expect(document.querySelector('.print-footer [data-qr]')?.getAttribute('data-qr'), path).toBe(`${own} ${editionOf(path).ui.printFooter.qr('{url}')}`);
      expect(document.querySelector('.cite-page__text [data-reader-address]')?.getAttribute('data-reader-address'), path).toBe(own);
    }
    const files = allFiles(site.dir);
    expect(files.filter((f) => /^sitemap|^og\//.test(f))).toEqual([]);
    expect(read(site.dir, 'robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });
}

test('with no contact e-mail set, the About page asks readers to tell whoever gave them the guide, with no e-mail link', () => {
  const about = page(distDir, 'about/');
  expect(about.querySelector('.report-mistake')?.textContent).toContain('tell the clinic or group that gave you this guide');
  expect(about.querySelectorAll('a[href^="mailto:"]').length).toBe(0);
});

describe(`built for one address, ${hosted.name}`, () => {
  const paths = guidePages(hostedDir);
  test('each page has valid JSON-LD, Open Graph and Twitter tags, a canonical address and a preview image', () => {
    for (const path of paths) {
      const document = page(hostedDir, path.slice(1));
      const meta = (property: string) =>
        document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content') ?? '';
      const url = new URL(path.slice(1), hostedAddress).href;
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
      expect(meta('og:url')).toBe(url);
      expect(meta('og:title')).toBe(document.title);
      expect(meta('og:description')).toBe(document.querySelector('meta[name="description"]')?.getAttribute('content'));
      expect(meta('og:type')).toBe('article');
      expect(meta('twitter:card')).toBe('summary_large_image');
      expect(meta('twitter:image')).toBe(meta('og:image'));
      expect(meta('og:image:alt')).not.toBe('');
      const image = new URL(meta('og:image'));
      expect(image.href.startsWith(`${hostedAddress}og/`), image.href).toBe(true);
      const png = readFileSync(join(hostedDir, image.pathname.slice(hosted.base.length)));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);

      const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
      expect(scripts).toHaveLength(1);
      const data = JSON.parse(scripts[0]?.textContent ?? '') as Record<string, unknown>;
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'MedicalWebPage',
        url,
        image: image.href,
        lastReviewed: document.querySelector('.review-dates time')?.getAttribute('datetime'),
        author: { '@type': 'Organization' },
        isPartOf: { '@type': 'WebSite', url: hostedAddress },
      });
      // No clinician is named in src/site.config.ts, so no page may claim a reviewer.
      expect(data).not.toHaveProperty('reviewedBy');
      const drugs = (data['about'] as { '@type': string; name: string }[]).filter((a) => a['@type'] === 'Drug').map((a) => a.name);
      expect(drugs).toEqual(['anakinra', 'methotrexate']);
    }
  });

  test('the sitemap lists every guide page and robots.txt points to it', () => {
    expect(read(hostedDir, 'robots.txt')).toContain(`Sitemap: ${hostedAddress}sitemap-index.xml`);
    const sitemap = read(hostedDir, 'sitemap-0.xml');
    for (const path of paths) expect(sitemap).toContain(`<loc>${new URL(path.slice(1), hostedAddress).href}</loc>`);
    expect(sitemap).not.toContain('/search/');
  });

  test('printouts and citations carry that address, with QR codes drawn at build time that scan back to it', () => {
    for (const path of paths) {
      const document = page(hostedDir, path.slice(1));
      const url = new URL(path.slice(1), hostedAddress).href;
      expect(document.querySelector('.print-footer strong')?.textContent, path).toBe(url);
      expect(document.querySelector('.cite-page__text')?.textContent, path).toMatch(new RegExp(`${editionOf(path).ui.citeThisPage.nlm.availableFrom}: ${url}$`));
      expect(document.querySelectorAll('[data-reader-address], [data-qr]').length, path).toBe(0);
    }
    const handout = page(hostedDir, 'handout/');
    const codes = [...handout.querySelectorAll('.print-footer svg, .qr-code svg')].map((svg) => {
      const rendered = new Resvg(svg.outerHTML, { fitTo: { mode: 'width', value: 400 } }).render();
      return jsQR(new Uint8ClampedArray(rendered.pixels), rendered.width, rendered.height)?.data;
    });
    expect(codes).toEqual([hostedAddress, `${hostedAddress}handout/`]);
  });
});

test('HOSTING.txt says which kind of copy the zip holds, read from the build itself', () => {
  const home = (dir: string) => read(dir, 'index.html');
  expect(describeBuild(home(distDir))).toEqual({ address: null, base: '/' });
  expect(describeBuild(home(subpathDir))).toEqual({ address: null, base: '/ra-guide/' });
  const forOne = describeBuild(home(hostedDir));
  expect(forOne).toEqual({ address: hostedAddress, base: '/hosted/' });
  const anywhereText = kindOfCopy(describeBuild(home(distDir)));
  expect(anywhereText.builtFor).toMatch(/works anywhere/);
  expect(anywhereText.kind).toMatch(/QR code[\s\S]*Link previews: none[\s\S]*Search engines: no canonical links and no sitemap/);
  const hostedText = kindOfCopy(forOne);
  expect(hostedText.builtFor).toContain(hostedAddress);
  expect(hostedText.kind).toMatch(/QR codes[\s\S]*previews[\s\S]*sitemap for\nsearch engines all name that address/);
});
