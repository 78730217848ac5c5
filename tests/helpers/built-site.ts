import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { builtPagePaths } from '../../src/build/built-pages.ts';
import type { BuiltSite } from './site-checks.ts';
import { distDir } from './built-pages.ts';

/** The subpath build (`npm run build:subpath`): its files live under .subpath-site/ra-guide/. */
export const subpathDir = join(import.meta.dirname, '../../.subpath-site/ra-guide');

/** The copy built for one address (`npm run build:hosted`): SITE_URL=https://guide.example.org, BASE_PATH=/hosted/. */
export const hostedDir = join(import.meta.dirname, '../../.subpath-site/hosted');
export const hostedAddress = 'https://guide.example.org/hosted/';

export function allFiles(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(root, join(folder, e.name)) : [relative(root, join(folder, e.name)).split(sep).join('/')],
  );
}

/** A build folder read into memory for the site checks. */
export function readBuiltSite(dir = distDir, base = '/'): BuiltSite {
  const paths = builtPagePaths(dir);
  if (paths.length === 0) throw new Error(`No pages in ${dir}. Run \`npm run build\` (and \`npm run build:subpath\`) first.`);
  return {
    base,
    pages: new Map(paths.map((p) => [p, readFileSync(join(dir, p, 'index.html'), 'utf-8')])),
    files: new Set(allFiles(dir)),
  };
}
