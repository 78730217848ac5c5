import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { glossarySchema } from '../schemas/glossary.ts';
import { pagePathsFromBuild } from '../build/built-pages.ts';
import { glossaryRecords, indexableHtml, type SearchTerm } from '../build/search-records.ts';
import { dictionaries } from '../i18n/index.ts';
import { languages, langOfPageId, type Lang } from '../lib/languages.ts';

export interface SearchIndexSummary {
  pages: number;
  terms: number;
  milliseconds: number;
}

/** Stops the build with every message Pagefind gave, and what was being done. */
function failOn(errors: readonly string[], doing: string): void {
  if (errors.length > 0) {
    throw new AstroError(`Search index: Pagefind failed while ${doing}:\n  ${errors.join('\n  ')}`, 'The messages above are Pagefind\'s own; the page or glossary term named is the one to check.');
  }
}

/**
 * Builds the Pagefind index for a built site in `dist`: every page (with the other names of
 * the glossary terms it mentions), plus one record per glossary term, written to
 * `dist/pagefind/`. Pagefind runs as a separate process; it is always closed, even when
 * indexing fails, so a failed build never leaves it running.
 */
export async function buildSearchIndex(dist: string, paths: readonly string[], glossaries: Record<Lang, readonly SearchTerm[]>): Promise<SearchIndexSummary> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    failOn(errors, 'starting');
    if (!index) throw new AstroError('Search index: Pagefind did not create an index.', 'Run the build again; if it repeats, check that the pagefind package installed (npm ci).');
    let pages = 0;
    for (const path of paths) {
      const sourcePath = `${path.slice(1)}index.html`;
      // A page's glossary words are those of its language (Pagefind keeps one index per `<html lang>`).
      const glossary = glossaries[langOfPageId(path.slice(1, -1))];
      const html = indexableHtml(readFileSync(join(dist, sourcePath), 'utf-8'), glossary);
      if (html === undefined) continue;
      const added = await index.addHTMLFile({ sourcePath, content: html });
      failOn(added.errors, `adding ${sourcePath}`);
      pages += 1;
    }
    for (const lang of languages) {
      for (const record of glossaryRecords(glossaries[lang], lang, dictionaries[lang])) {
        const added = await index.addCustomRecord(record);
        failOn(added.errors, `adding the glossary term ${record.url}`);
      }
    }
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    failOn(written.errors, 'writing the index');
    return { pages, terms: Object.values(glossaries).reduce((n, g) => n + g.length, 0), milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}

/** Reads the glossary the way the content collection does (same schema, same defaults). */
export function readGlossary(file: string): SearchTerm[] {
  return glossarySchema.array().parse(JSON.parse(readFileSync(file, 'utf-8')));
}

/**
 * Indexes the built site for search once the pages are final: list it after readability
 * (whose table must be in the HTML before it is indexed) and before the service worker
 * (which precaches the index), as astro.config.mjs does.
 */
export function searchIndex(options: { glossaries: Record<Lang, string> }): AstroIntegration {
  return {
    name: 'guide:search-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const glossaries = Object.fromEntries(languages.map((lang) => [lang, readGlossary(options.glossaries[lang])])) as Record<Lang, SearchTerm[]>;
        const summary = await buildSearchIndex(fileURLToPath(dir), pagePathsFromBuild(pages), glossaries);
        logger.info(`Indexed ${summary.pages} pages and ${summary.terms} glossary terms for search in ${summary.milliseconds} ms.`);
      },
    },
  };
}
