import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { getManifest } from 'workbox-build';

/** The worker's source, and the Save control's: plain TypeScript with no imports. */
const workerSource = fileURLToPath(new URL('../client/sw.ts', import.meta.url));
const saveControlSource = fileURLToPath(new URL('../client/offline-save.ts', import.meta.url));

/**
 * JavaScript from a type-only TypeScript file, by Node's own type stripper: no bundler
 * needed. `export {}` (which makes the worker a module for the type checker) is dropped, so
 * sw.js is a classic script that every browser runs as a worker.
 */
const stripTypes = (file: string) => stripTypeScriptTypes(readFileSync(file, 'utf-8')).replace(/^export \{\};?\s*$/m, '');

/**
 * Offline reading: after the build (and after the search index is written), writes `sw.js`:
 * the worker in src/client/sw.ts with this build's file list (every page, style, script,
 * image and search file, each with a revision from Workbox's `getManifest`). After one visit
 * the whole guide, search included, works with no signal.
 *
 * Updates never strand a reader: the list's hash names the cache, a new worker takes over at
 * once, unchanged files are copied from the old copy rather than downloaded again, and older
 * copies are deleted. Paths are relative to sw.js, so a subpath build (BASE_PATH) works unchanged.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // Loaded by the page only when a reader opens the Save control (register-sw.ts); saved
        // with the rest, so the control also works offline.
        writeFileSync(join(dist, 'offline-save.js'), stripTypes(saveControlSource));
        const { manifestEntries, count, size, warnings } = await getManifest({
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
            'offline.json',
            'sitemap-*.xml',
          ],
          // Astro's and Pagefind's file names change with their content: no revision needed.
          dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(fragment|index|filter)\/)/,
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        });
        for (const warning of warnings) logger.warn(warning);
        // For the "Save this guide" control: how much a reader on metered data would download.
        // Saved with the rest (added to the list by hand: it is written after the count), so
        // the control can say the size offline too.
        const sizes = `${JSON.stringify({ files: count, bytes: size })}\n`;
        writeFileSync(join(dist, 'offline.json'), sizes);
        const files = [
          ...(manifestEntries ?? []).map((e) => [e.url, e.revision ?? null] as const),
          ['offline.json', createHash('md5').update(sizes).digest('hex')] as const,
        ];
        if (!files.some(([url]) => url === '404.html')) {
          throw new AstroError('Service worker: the build has no 404.html to show offline.', 'Keep src/pages/404.astro: offline, it answers addresses the guide does not have.');
        }
        const version = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
        writeFileSync(join(dist, 'sw.js'), `const GUIDE = ${JSON.stringify({ version, files })};\n${stripTypes(workerSource)}`);
        logger.info(`Service worker saves ${count} files (${(size / 1024).toFixed(0)} KB) for offline reading.`);
      },
    },
  };
}
