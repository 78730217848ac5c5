// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readability } from './src/integrations/readability.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { decideSiteAddress } from './src/lib/site-address.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { themeInitScript } from './src/client/theme-init.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { asciiHeadingIds } from './src/build/heading-ids.ts';

// The theme script must run inline in <head> before first paint (no flash), and Astro does
// not hash is:inline scripts, so its hash is added to the CSP here from the same source.
const themeScriptHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(themeInitScript).digest('base64')}`);

/**
 * One variable for where the site is hosted: BASE_PATH=/ra-guide/ builds every link,
 * asset and (later) the search index under that subpath. Default: the web root.
 */
const base = process.env.BASE_PATH ?? '/';

/**
 * Addresses that moved, old → new, as page paths without the base ("kineret" is /kineret/).
 * Clinicians' letters and handouts keep links for years: when a page is renamed, add its old
 * address here (the URL contract test fails until you do). Also short addresses people type.
 */
const moved = {
  kineret: 'anakinra',
  mtx: 'methotrexate',
};

/**
 * Astro `redirects` for `moved`, subpath-safe. Astro builds the old address under the base
 * by itself (the key is a route, like a page), but writes the target as given, so the target
 * carries the base: under BASE_PATH=/ra-guide/, /ra-guide/kineret/ leads to /ra-guide/anakinra/.
 * (Putting the base in the key too would build /ra-guide/ra-guide/kineret/.)
 * @param {Record<string, string>} map
 * @param {string} root
 */
function redirectsFor(map, root) {
  const base = root.replace(/\/?$/, '/');
  return Object.fromEntries(Object.entries(map).map(([from, to]) => [`/${from}/`, `${base}${to}/`]));
}

/**
 * One variable for the site's public address, used for canonical links, link previews,
 * the sitemap, citations and the QR codes on printouts: SITE_URL=https://guide.example.org.
 * Without it (or with a placeholder domain) the copy works at any address: none of those
 * name one, printouts use the address the reader opened, and the build says so once.
 */
const address = decideSiteAddress(process.env.SITE_URL);
const site = address.kind === 'canonical' ? address.origin : undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // English at the root, Spanish under /es/ (content/pages/es/). Astro sets
  // `Astro.currentLocale` from the address, which is how every component picks its words
  // (src/i18n/index.ts). Keep in step with `languages` in src/lib/languages.ts.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  redirects: redirectsFor(moved, base),
  // Build and dev share one content data store, so component tests (vitest + Container
  // API, which read the dev store) see the data that `astro sync` just validated.
  // A benchmark build of generated pages (GUIDE_PAGES_DIR) keeps its own store beside them.
  cacheDir: process.env.GUIDE_PAGES_DIR ? `${process.env.GUIDE_PAGES_DIR}/../.astro` : './.astro',
  build: { format: 'directory' },
  // Section anchors stay plain ASCII in every language (src/build/rehype-heading-ids.ts).
  markdown: { processor: satteri({ hastPlugins: [asciiHeadingIds] }) },
  // Two pages or entries with the same id must stop the build, not silently replace each other.
  prerenderConflictBehavior: 'error',
  // Order matters: search indexes the pages after readability has filled in its table.
  integrations: [
    mdx(),
    // A sitemap names full addresses, so only a build for one address has one. The search
    // page is a tool, not content, and the 404 page is served for addresses that do not
    // exist: search engines should find the pages themselves.
    // Each page is listed with its other-language edition (xhtml:link alternates).
    ...(site
      ? [
          sitemap({
            filter: (page) => !/\/(search|404)\/$/.test(new URL(page).pathname),
            i18n: { defaultLocale: 'en', locales: { en: 'en-GB', es: 'es' } },
          }),
        ]
      : []),
    siteAddress(address),
    readability(),
    searchIndex({ glossaries: { en: './content/glossary.json', es: './content/i18n/es/glossary.json' } }),
    // Last: it precaches what the others wrote, the search index included.
    serviceWorker(),
  ],
  // A <meta> Content-Security-Policy on every page, with hashes for every script and style.
  security: {
    csp: {
      scriptDirective: { hashes: [themeScriptHash] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  vite: { plugins: [tailwindcss()] },
});
