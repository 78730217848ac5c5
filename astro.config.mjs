// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readability } from './src/integrations/readability.ts';

/**
 * One variable for where the site is hosted: BASE_PATH=/ra-guide/ builds every link,
 * asset and (later) the search index under that subpath. Default: the web root.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  // Build and dev share one content data store, so component tests (vitest + Container
  // API, which read the dev store) see the data that `astro sync` just validated.
  cacheDir: './.astro',
  build: { format: 'directory' },
  // Two pages or entries with the same id must stop the build, not silently replace each other.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), readability()],
  vite: { plugins: [tailwindcss()] },
});
