import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page in a build folder, as its URL path without the base ("/", "/results/"). */
export function builtPagePaths(dist: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!['_astro', 'pagefind'].includes(entry.name)) walk(path);
      } else if (entry.name === 'index.html') {
        const rel = relative(dist, folder).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/**
 * The HTML pages of a build, as URL paths without the base ("/", "/results/"), from the
 * `pages` list Astro passes to `astro:build:done` (endpoints such as images are left out).
 */
export function pagePathsFromBuild(pages: readonly { pathname: string }[]): string[] {
  return pages
    .map((p) => p.pathname.replace(/^\/+/, ''))
    .filter((pathname) => pathname === '' || pathname.endsWith('/'))
    .map((pathname) => `/${pathname}`)
    .sort();
}
