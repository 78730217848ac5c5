import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { pagePathsFromBuild } from '../build/built-pages.ts';
import { fillReadabilityTables, measureSite, readabilityTableHtml, spanishEaseLimit, spanishPagesTooHard } from '../build/site-readability.ts';
import { dictionaries } from '../i18n/index.ts';
import { langOfPageId } from '../lib/languages.ts';

/**
 * After the build, measures the reading level of every built page, writes
 * `readability.json`, and fills the About page's table, so the grades a reader sees are
 * measured on exactly the pages they read.
 */
export function readability(): AstroIntegration {
  let base = '/';
  return {
    name: 'guide:readability',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const dist = fileURLToPath(dir);
        const paths = pagePathsFromBuild(pages);
        const report = measureSite(dist, paths);
        writeFileSync(join(dist, 'readability.json'), `${JSON.stringify(report, null, 2)}\n`);
        // Spanish patient pages must read at INFLESZ "normal" or easier, or the build stops.
        const tooHard = spanishPagesTooHard(report);
        if (tooHard.length > 0) {
          throw new AstroError(
            `Readability: these Spanish patient pages read below INFLESZ ${spanishEaseLimit} ("normal"): ${tooHard.join('; ')}.`,
            'Shorten the sentences (aim for 15 words or fewer) and choose shorter, everyday words; `npm run readability` lists every page\'s score.',
          );
        }
        const filled = fillReadabilityTables(dist, paths, (path) => readabilityTableHtml(report, base, dictionaries[langOfPageId(path.slice(1, -1))]));
        // A renamed marker would otherwise ship an About page with an empty table.
        if (filled === 0) {
          throw new AstroError(
            'Readability: no page had a reading-level table to fill, so the About page would show none.',
            'Place <ReadingLevels /> on the About page (content/pages/about.mdx), and keep its marker in step with `tableMarker` in src/build/site-readability.ts.',
          );
        }
        logger.info(`Measured reading level of ${report.length} pages; filled ${filled} table(s).`);
      },
    },
  };
}
