import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { assertUniqueIds, parseJsonArray } from '../lib/json-array.ts';

/**
 * Loads a JSON array file from `content/` as a collection, failing the build on a syntax
 * error or a repeated id (see `json-array.ts` for why Astro's `file()` is not enough).
 * Each entry is checked against the collection's schema by `parseData`, so schema errors
 * carry the file path too.
 */
export function jsonArray(file: string): Loader {
  return {
    name: 'json-array',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const url = new URL(file, config.root);
      const filePath = fileURLToPath(url);
      const sync = async () => {
        const items = parseJsonArray(await readFile(url, 'utf-8'), file);
        assertUniqueIds(items, file);
        store.clear();
        for (const { id, data } of items) {
          store.set({ id, data: await parseData({ id, data, filePath }), filePath: file });
        }
      };
      await sync();
      // In `astro dev`, an edit to the file reloads the collection (as Astro's own file()
      // loader does), so a corrected figure shows without restarting. A broken edit is
      // reported and the last good data stays until the file is fixed.
      watcher?.add(filePath);
      watcher?.on('change', async (changed) => {
        if (changed !== filePath) return;
        logger.info(`Reloading ${file}`);
        try {
          await sync();
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
