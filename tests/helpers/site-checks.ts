/**
 * Checks over a built site that keep links and pages healthy as the guide grows: internal
 * links and anchors that resolve, link text that says where it goes, and page weight.
 * Pure: callers pass the built files in, so the same code checks `dist/` and a subpath build.
 */
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** A built site: page paths ("/results/") to HTML, and every file's path from the site root. */
export interface BuiltSite {
  /** The base path the site was built for ("/" or "/ra-guide/"). */
  base: string;
  pages: ReadonlyMap<string, string>;
  /** Every file, as a path from the base: "results/index.html", "_astro/x.css". */
  files: ReadonlySet<string>;
}

const idsCache = new WeakMap<object, Map<string, Set<string>>>();

function idsOn(site: BuiltSite, page: string): Set<string> | undefined {
  let cache = idsCache.get(site);
  if (!cache) idsCache.set(site, (cache = new Map()));
  let ids = cache.get(page);
  if (!ids) {
    const html = site.pages.get(page);
    if (html === undefined) return undefined;
    ids = new Set([...parseHTML(html).document.querySelectorAll('[id]')].map((el) => el.id));
    cache.set(page, ids);
  }
  return ids;
}

/**
 * Every internal `href`, `src` and `action` on every page that does not resolve: a missing
 * page or file, a missing `#anchor`, or a link that escapes the base path.
 */
export function brokenLinks(site: BuiltSite): string[] {
  const problems: string[] = [];
  const origin = 'https://site.invalid';
  for (const [page, html] of site.pages) {
    const { document } = parseHTML(html);
    const targets = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('script[src], img[src], source[src]')].map((el) => el.getAttribute('src') ?? ''),
      ...[...document.querySelectorAll('form[action]')].map((el) => el.getAttribute('action') ?? ''),
    ];
    for (const target of targets) {
      if (/^(https?:|mailto:|tel:|data:)/.test(target)) continue;
      const url = new URL(target, `${origin}${site.base}${page.slice(1)}`);
      if (!url.pathname.startsWith(site.base)) {
        problems.push(`${page}: "${target}" is outside the base path ${site.base}.`);
        continue;
      }
      const path = url.pathname.slice(site.base.length);
      const pagePath = `/${path}`;
      const isPage = site.pages.has(pagePath) || site.pages.has(`/${path}/`);
      if (!isPage && !site.files.has(path) && !site.files.has(`${path}index.html`)) {
        problems.push(`${page}: "${target}" goes nowhere (no page or file ${url.pathname}).`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && isPage && !idsOn(site, site.pages.has(pagePath) ? pagePath : `/${path}/`)?.has(id)) {
        problems.push(`${page}: "${target}" points at #${id}, which is not on ${pagePath}.`);
      }
    }
  }
  return problems;
}

/** Link text that says nothing about where the link goes, on its own or read in a list of links. */
const vague = /^(click here|click|here|read more|more|more info|more information|learn more|this page|this link|link|details|online|go|see here|find out more)$/i;

/** Links whose text (or accessible name) is vague, as `"text" → href`. */
export function vagueLinks(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('a[href]')]
    .map((a) => ({ name: (a.getAttribute('aria-label') ?? a.textContent ?? '').replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') ?? '' }))
    .filter((l) => vague.test(l.name.replace(/[.:…]+$/, '')))
    .map((l) => `"${l.name}" → ${l.href}`);
}

export interface FileWeight {
  file: string;
  gzipBytes: number;
}

export interface PageWeight {
  htmlGzip: number;
  /** Stylesheets the page links to (gzip). */
  css: FileWeight[];
  /** Scripts that run before any interaction: inline scripts, module scripts and the modules they import statically. */
  js: FileWeight[];
  total: number;
}

export const gzipSize = (content: string | Uint8Array) => gzipSync(content, { level: 9 }).length;

/** Static imports in a bundled ES module: `import"../../src/lib/a.js"`, `from"../../src/lib/b.js"` (not `import("…")`, which waits for use). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)].map((m) => m[1] ?? '');
}

/**
 * What a page costs before the reader does anything: its HTML, its stylesheets, and the
 * scripts that run on load (following static imports), each gzip-compressed.
 * `read` returns a file's text by its path from the base ("_astro/x.js").
 */
export function pageWeight(html: string, base: string, read: (path: string) => string): PageWeight {
  const { document } = parseHTML(html);
  const fromBase = (ref: string) => new URL(ref, `https://site.invalid${base}`).pathname.slice(base.length);
  const css = [...document.querySelectorAll('link[rel="stylesheet"][href]')].map((l) => {
    const file = fromBase(l.getAttribute('href') ?? '');
    return { file, gzipBytes: gzipSize(read(file)) };
  });
  const js: FileWeight[] = [];
  const seen = new Set<string>();
  const followImports = (code: string, from: string) => {
    for (const imported of staticImports(code)) follow(new URL(imported, `https://site.invalid${from}`).pathname.slice(base.length));
  };
  const follow = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = read(file);
    js.push({ file, gzipBytes: gzipSize(code) });
    followImports(code, `${base}${file}`);
  };
  for (const script of document.querySelectorAll('script')) {
    if (script.getAttribute('type') === 'application/ld+json') continue; // data, not code
    const src = script.getAttribute('src');
    if (src) follow(fromBase(src));
    else if (script.textContent?.trim()) {
      js.push({ file: `inline script ${js.length + 1}`, gzipBytes: gzipSize(script.textContent) });
      followImports(script.textContent, base);
    }
  }
  const htmlGzip = gzipSize(html);
  const sum = (list: FileWeight[]) => list.reduce((n, f) => n + f.gzipBytes, 0);
  return { htmlGzip, css, js, total: htmlGzip + sum(css) + sum(js) };
}
