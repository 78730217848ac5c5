import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isRedirectPage } from './url-contract.ts';

/**
 * Every page in a build folder, as its URL path without the base ("/", "/results/").
 * Redirect pages Astro writes for moved addresses (astro.config.mjs `moved`) are not pages
 * a reader sees, so they are left out unless asked for (the URL contract counts them).
 */
export function builtPagePaths(dist: string, options: { redirects?: boolean } = {}): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!['_astro', 'pagefind'].includes(entry.name)) walk(path);
      } else if (entry.name === 'index.html' && (options.redirects || !isRedirectPage(readFileSync(path, 'utf-8')))) {
        const rel = relative(dist, folder).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/**
 * The guide's HTML pages of a build, as URL paths without the base ("/", "/results/"), from
 * the `pages` list Astro passes to `astro:build:done`. Endpoints such as images are left out,
 * and so is the 404 page: Astro writes it to 404.html (not 404/index.html), and it is not
 * content, so it is neither measured for reading level nor indexed for search.
 */
export function pagePathsFromBuild(pages: readonly { pathname: string }[]): string[] {
  return pages
    .map((p) => p.pathname.replace(/^\/+/, ''))
    .filter((pathname) => pathname === '' || (pathname.endsWith('/') && pathname !== '404/'))
    .map((pathname) => `/${pathname}`)
    .sort();
}
