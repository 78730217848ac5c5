import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { idsOf } from './lib/json-array.ts';
import { jsonArray } from './collections/json-loader.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { mechanismSchema, mechanismTextSchema } from './schemas/mechanism.ts';
import { pageSchema } from './schemas/page.ts';
import { referenceSchema } from './schemas/reference.ts';
import { scoringSchema } from './schemas/scoring.ts';
import { trialSchema, trialTextSchema } from './schemas/trial.ts';

// The reference file is the one list of valid source ids: trials and pages validate
// against it, so a typo in a source id fails the build instead of printing "[undefined]".
const referencesFile = 'content/references.json';
const referenceIds = idsOf(readFileSync(referencesFile, 'utf-8'), referencesFile);
if (referenceIds.length === 0) throw new AstroError(`${referencesFile}: no references found.`, 'Add the sources the pages cite; every trial and page checks its sources against this file.');
const refIds = referenceIds as [string, ...string[]];

/**
 * Where the guide's pages are. Always `content/pages`, except in `npm run bench`, which
 * builds thousands of generated pages from a temporary folder (GUIDE_PAGES_DIR) to measure
 * how the build scales; those pages are never written into content/.
 */
const pagesDir = process.env['GUIDE_PAGES_DIR'] ?? './content/pages';

export const collections = {
  references: defineCollection({ loader: jsonArray(referencesFile), schema: referenceSchema }),
  trials: defineCollection({ loader: jsonArray('content/trials.json'), schema: trialSchema(refIds) }),
  glossary: defineCollection({ loader: jsonArray('content/glossary.json'), schema: glossarySchema }),
  scoring: defineCollection({ loader: jsonArray('content/cia-scoring.json'), schema: scoringSchema }),
  mechanism: defineCollection({ loader: jsonArray('content/mechanism.json'), schema: mechanismSchema(refIds) }),
  // Spanish words for the data above (numbers are read from the English files only).
  // A new language adds its three files here and in src/collections/translations.ts.
  trialsEs: defineCollection({ loader: jsonArray('content/i18n/es/trials.json'), schema: trialTextSchema }),
  glossaryEs: defineCollection({ loader: jsonArray('content/i18n/es/glossary.json'), schema: glossarySchema }),
  mechanismEs: defineCollection({ loader: jsonArray('content/i18n/es/mechanism.json'), schema: mechanismTextSchema }),
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: pagesDir }),
    schema: pageSchema(refIds),
  }),
};
