import { describe, expect, test } from 'vitest';
import { brokenLinks, pageWeight, staticImports, vagueLinks, type BuiltSite } from '../helpers/site-checks.ts';

const site = (base: string, pages: Record<string, string>, files: string[] = []): BuiltSite => ({
  base,
  pages: new Map(Object.entries(pages)),
  files: new Set([...Object.keys(pages).map((p) => `${p.slice(1)}index.html`), ...files]),
});

describe('brokenLinks', () => {
  test('finds a missing page, a missing anchor and a missing file, and accepts good ones', () => {
    const s = site('/', {
      '/': '<a href="/results/#key-facts">ok</a><a href="/gone/">x</a><a href="/results/#nope">y</a><link rel="stylesheet" href="/_astro/a.css"><img src="/missing.png" alt="">',
      '/results/': '<h2 id="key-facts">Key facts</h2><a href="#key-facts">self</a><a href="../">home</a><a href="https://example.org/">out</a>',
    }, ['_astro/a.css']);
    expect(brokenLinks(s)).toEqual([
      '/: "/gone/" goes nowhere (no page or file /gone/).',
      '/: "/results/#nope" points at #nope, which is not on /results/.',
      '/: "/missing.png" goes nowhere (no page or file /missing.png).',
    ]);
  });
  test('under a subpath, a link that forgets the base path is reported', () => {
    const s = site('/ra-guide/', { '/': '<a href="/results/">x</a><a href="/ra-guide/results/">ok</a>', '/results/': '' });
    expect(brokenLinks(s)).toEqual(['/: "/results/" is outside the base path /ra-guide/.']);
  });
});

describe('vagueLinks', () => {
  test('flags links that do not say where they go', () => {
    const html = '<a href="/a">Click here</a><a href="/b">Read more…</a><a href="/c">Side effects</a><a href="/d" aria-label="More about ACR20">more</a><a href="/e">Online</a>';
    expect(vagueLinks(html)).toEqual(['"Click here" → /a', '"Read more…" → /b', '"Online" → /e']);
  });
});

describe('pageWeight', () => {
  const files: Record<string, string> = {
    '_astro/a.css': 'body{color:red}',
    '_astro/entry.js': 'import"./chunk.js";import("./lazy.js");',
    '_astro/chunk.js': 'export const x=1;',
    '_astro/lazy.js': 'export const big="x".repeat(1e5);',
  };
  const read = (f: string) => {
    const text = files[f];
    if (text === undefined) throw new Error(`no ${f}`);
    return text;
  };
  test('counts the HTML, linked CSS, scripts and their static imports, not dynamic imports or JSON-LD', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/entry.js"></script><script>1+1</script><script type="application/ld+json">{"a":1}</script>';
    const w = pageWeight(html, '/', read);
    expect(w.css.map((c) => c.file)).toEqual(['_astro/a.css']);
    expect(w.js.map((j) => j.file)).toEqual(['_astro/entry.js', '_astro/chunk.js', 'inline script 3']);
    expect(w.total).toBe(w.htmlGzip + [...w.css, ...w.js].reduce((n, f) => n + f.gzipBytes, 0));
  });
  test('static imports are found in minified code', () => {
    expect(staticImports('import{a as b}from"./x.js";import"./y.js";const z=import("./lazy.js")')).toEqual(['./x.js', './y.js']);
  });
});
