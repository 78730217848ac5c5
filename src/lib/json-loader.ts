import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { assertUniqueIds, parseJsonArray } from './json-array.ts';

/**
 * Loads a JSON array file from `content/` as a collection, failing the build on a syntax
 * error or a repeated id (see `json-array.ts` for why Astro's `file()` is not enough).
 * Each entry is checked against the collection's schema by `parseData`, so schema errors
 * carry the file path too.
 */
export function jsonArray(file: string): Loader {
  return {
    name: 'json-array',
    load: async ({ config, store, parseData, watcher }) => {
      const url = new URL(file, config.root);
      const filePath = fileURLToPath(url);
      const items = parseJsonArray(await readFile(url, 'utf-8'), file);
      assertUniqueIds(items, file);
      store.clear();
      for (const { id, data } of items) {
        store.set({ id, data: await parseData({ id, data, filePath }), filePath: file });
      }
      watcher?.add(filePath);
    },
  };
}
