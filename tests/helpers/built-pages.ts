import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagePaths } from '../../src/build/built-pages.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { langOfPath, locales } from '../../src/lib/languages.ts';
import { siteIn } from '../../src/site.config.ts';

export const distDir = join(import.meta.dirname, '../../dist');

/**
 * Every page in the build output (from dist/ itself, not a hand-kept list); with
 * `redirects`, also the redirect pages for moved addresses.
 */
export function builtPages(dir = distDir, options: { redirects?: boolean } = {}): string[] {
  const pages = builtPagePaths(dir, options);
  if (pages.length === 0) throw new Error(`No pages in ${dir}. Run \`npm run build\` first.`);
  return pages;
}

export function builtHtml(page: string, dir = distDir): string {
  return readFileSync(join(dir, page, 'index.html'), 'utf-8');
}

/**
 * The guide's content pages in every language (one per `content/pages/**\/*.mdx`: "/anakinra/",
 * "/es/anakinra/"), as URL paths. Other built pages are tools, such as /search/, which have
 * no Key facts, sources or review dates.
 */
export function guidePages(dir = distDir): string[] {
  const folder = join(import.meta.dirname, '../../content/pages');
  const paths = readdirSync(folder, { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `/${f.replace(/\.mdx$/, '/').replace(/(^|\/)index\/$/, '$1')}`)
    .sort();
  const built = builtPages(dir);
  const missing = paths.filter((p) => !built.includes(p));
  if (missing.length > 0) throw new Error(`Not built: ${missing.join(', ')}. Run \`npm run build\` first.`);
  return paths;
}

/**
 * The edition a built page belongs to: its language, and the dictionary and site settings
 * it was built with, so a check written once reads each page in its own words.
 */
export function editionOf(path: string) {
  const lang = langOfPath(path, '/');
  return { lang, locale: locales[lang], ui: dictionaries[lang], site: siteIn(lang) };
}

/** Whether two page paths are in the same language's edition. */
export const sameEdition = (a: string, b: string) => langOfPath(a, '/') === langOfPath(b, '/');
