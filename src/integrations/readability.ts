import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPagePaths } from '../lib/built-pages.ts';
import { fillReadabilityTables, measureSite, readabilityTableHtml } from '../lib/site-readability.ts';

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
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const paths = builtPagePaths(dist);
        const report = measureSite(dist, paths);
        writeFileSync(join(dist, 'readability.json'), `${JSON.stringify(report, null, 2)}\n`);
        const filled = fillReadabilityTables(dist, paths, readabilityTableHtml(report, base));
        logger.info(`Measured reading level of ${report.length} pages; filled ${filled} table(s).`);
      },
    },
  };
}
