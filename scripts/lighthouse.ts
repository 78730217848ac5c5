/**
 * `npm run lighthouse`: scores every built page (`npm run build` first) with Lighthouse in
 * headless Chromium, mobile emulation (Lighthouse's default: a mid-range phone on a slow
 * 4G connection, simulated), served compressed by a local static server, as a host would.
 * Prints a table and the audits that cost points. A script, not a test: timings vary.
 */
import { spawn } from 'node:child_process';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtPagePaths } from '../src/build/built-pages.ts';
import { chromiumArgs, chromiumPath } from './lib/chromium.ts';
import { stop } from './bench-search.ts';

const port = 4392;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = spawn('npx', ['serve', 'dist', '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'], { stdio: 'ignore', detached: true });
for (let i = 0; (await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined))?.ok !== true; i += 1) {
  if (i > 100) throw new Error('The static server did not start.');
  await new Promise((r) => setTimeout(r, 100));
}
const chromePath = chromiumPath(undefined);
const chrome = await launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const rows: Record<string, string | number>[] = [];
const lost = new Map<string, Set<string>>();
try {
  for (const path of builtPagePaths('dist')) {
    const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    const row: Record<string, string | number> = { page: path };
    for (const c of categories) {
      const category = lhr.categories[c];
      row[c] = Math.round((category?.score ?? 0) * 100);
      for (const ref of category?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          const key = `${c}: ${audit.title}`;
          lost.set(key, new Set([...(lost.get(key) ?? []), path]));
        }
      }
    }
    rows.push(row);
  }
} finally {
  chrome.kill();
  stop(server);
}
console.table(rows);
if (lost.size > 0) {
  console.log('Audits that cost points:');
  for (const [audit, pages] of lost) console.log(`- ${audit}: ${[...pages].join(', ')}`);
} else console.log('Every page scores 100 in every category.');
