import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * Offline reading: after the build (and after the search index is written), Workbox
 * generates `sw.js`, which precaches every page, style, script, image and search file.
 * After one visit the whole guide, search included, works with no signal.
 *
 * Updates never strand a reader: precache entries carry content hashes, a new worker takes
 * over at once (skipWaiting + clientsClaim), and caches from older versions are deleted.
 * Paths are relative to sw.js, so a subpath build (BASE_PATH) works unchanged.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: dist,
          globPatterns: ['**/*.{html,css,js,svg,png,xml,txt,json,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
          // Skipped: Pagefind's ready-made UIs (search-ui.ts draws results from pagefind.js)
          // and its no-language WASM (unused here), link-preview
          // images (for other sites, not readers) and build reports.
          globIgnores: [
            'sw.js',
            'pagefind/pagefind-ui.*',
            'pagefind/pagefind-modular-ui.*',
            'pagefind/pagefind-component-ui.*',
            'pagefind/wasm.unknown.pagefind',
            'og/**',
            'readability.json',
            'sitemap-*.xml',
          ],
          swDest: join(dist, 'sw.js'),
          // One self-contained file: no importScripts from anywhere, so the CSP stays 'self'.
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // /results/ is served by results/index.html.
          directoryIndex: 'index.html',
          // Search links add ?highlight=, the search page ?q=, and Pagefind ?ts=: same files.
          ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^highlight$/, /^q$/, /^ts$/],
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker precaches ${count} files (${(size / 1024).toFixed(0)} KB) for offline reading.`);
      },
    },
  };
}
