/**
 * `npm run bench:search`: how fast search feels and what it costs, on the built site
 * (`npm run build` first), served locally and driven in headless Chromium. Prints:
 * - first keystroke → first result shown: cold (empty cache), warm cache (new page load,
 *   files cached), and a second query on the same page; median of several runs;
 * - bytes fetched by the first search (as served, and gzip-compressed as most hosts send);
 * - index size per page.
 * Figures, not a test: timings vary with the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { builtPagePaths } from '../src/build/built-pages.ts';
import { chromiumArgs, chromiumPath } from './lib/chromium.ts';
import { kb, median } from './lib/figures.ts';

const runs = 5;

export interface SearchBench {
  coldMs: number;
  warmCacheMs: number;
  samePageMs: number;
  firstSearchBytes: number;
  firstSearchGzipBytes: number;
  firstSearchFiles: number;
  /** Gzip bytes per file of the first search, largest first. */
  firstSearchByFile: { file: string; gzipBytes: number }[];
  pages: number;
  indexBytesPerPage: number;
  fragmentBytesPerPage: number;
}


function folderBytes(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? folderBytes(join(folder, e.name)) : statSync(join(folder, e.name)).size),
    0,
  );
}

/** Stops a server started with `detached: true`, with every process it started. */
export function stop(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

/** Serves `root` with a plain static server; resolves once it answers. */
async function serve(root: string, port: number): Promise<ChildProcess> {
  // Its own process group, so stopping it also stops the server npx started.
  const server = spawn('npx', ['sirv', root, '--port', String(port), '--host', '127.0.0.1', '--quiet'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop(server);
  throw new Error(`The static server did not start on port ${port}.`);
}

/**
 * Types each query (the first into the header box, later ones into the open dialog) and
 * returns, for each, the milliseconds from the keydown of its first character to the first
 * result for what was typed (a result link carrying `?highlight=` + those letters),
 * measured inside the page.
 */
async function timeToResults(context: BrowserContext, url: string, queries: string[]): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(url);
  const times: number[] = [];
  for (const [i, query] of queries.entries()) {
    const box = i === 0 ? page.locator('#site-search-q') : page.locator('pagefind-modal pagefind-input input');
    await box.focus();
    await box.fill('');
    await page.evaluate((first) => {
      const w = window as unknown as { benchStart: number | undefined; benchDone?: Promise<number> };
      w.benchStart = undefined;
      w.benchDone = new Promise((resolve) => {
        document.addEventListener('keydown', () => (w.benchStart = performance.now()), { once: true, capture: true });
        const check = () => {
          const link = document.querySelector('pagefind-modal pagefind-results a.pf-result-link');
          const term = new URL(link?.getAttribute('href') ?? '/', location.href).searchParams.get('highlight') ?? '';
          if (w.benchStart !== undefined && term.startsWith(first)) resolve(performance.now() - w.benchStart);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    }, query.charAt(0));
    await box.pressSequentially(query);
    times.push(await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone));
  }
  await page.close();
  return times;
}

export async function benchSearch(dist = 'dist', port = 4391): Promise<SearchBench> {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) throw new Error(`${dist}/pagefind not found. Run \`npm run build\` first.`);
  const server = await serve(dist, port);
  let browser: Browser | undefined;
  try {
    const executablePath = chromiumPath(undefined);
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
    const url = `http://127.0.0.1:${port}/results/`;
    const cold: number[] = [];
    const warmCache: number[] = [];
    const samePage: number[] = [];
    let bytes = 0;
    let gzipBytes = 0;
    let files = 0;
    const byFile: { file: string; gzipBytes: number }[] = [];
    for (let run = 0; run < runs; run += 1) {
      // Without the offline worker, which would fetch the whole site in the background.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      if (run === 0) {
        context.on('requestfinished', async (request) => {
          if (!request.url().includes('/pagefind/')) return;
          const body = await (await request.response())?.body();
          if (!body) return;
          const gzipped = gzipSync(body).length;
          files += 1;
          bytes += body.length;
          gzipBytes += gzipped;
          byFile.push({ file: new URL(request.url()).pathname.replace(/^.*\/pagefind\//, ''), gzipBytes: gzipped });
        });
      }
      const [first] = await timeToResults(context, url, ['kineret']);
      cold.push(first ?? Number.NaN);
      context.removeAllListeners('requestfinished');
      const [again, second] = await timeToResults(context, url, ['mtx', 'infection']);
      warmCache.push(again ?? Number.NaN);
      samePage.push(second ?? Number.NaN);
      await context.close();
    }
    const pages = builtPagePaths(dist).length;
    const bundle = join(dist, 'pagefind');
    const indexBytes = folderBytes(join(bundle, 'index')) + folderBytes(join(bundle, 'filter')) +
      readdirSync(bundle).filter((f) => f.endsWith('.pf_meta')).reduce((s, f) => s + statSync(join(bundle, f)).size, 0);
    return {
      coldMs: median(cold),
      warmCacheMs: median(warmCache),
      samePageMs: median(samePage),
      firstSearchBytes: bytes,
      firstSearchGzipBytes: gzipBytes,
      firstSearchFiles: files,
      firstSearchByFile: byFile.sort((a, b) => b.gzipBytes - a.gzipBytes),
      pages,
      indexBytesPerPage: indexBytes / pages,
      fragmentBytesPerPage: folderBytes(join(bundle, 'fragment')) / pages,
    };
  } finally {
    await browser?.close();
    stop(server);
  }
}


export function printSearchBench(r: SearchBench): void {
  console.table({
    'first keystroke → first result, cold (empty cache)': `${r.coldMs.toFixed(0)} ms`,
    'first keystroke → first result, warm cache (new page)': `${r.warmCacheMs.toFixed(0)} ms`,
    'next query on the same page': `${r.samePageMs.toFixed(0)} ms`,
    'bytes fetched by the first search (as served)': `${kb(r.firstSearchBytes)} in ${r.firstSearchFiles} files`,
    'bytes fetched by the first search (gzip)': kb(r.firstSearchGzipBytes),
    'index per page (index + filters + meta)': kb(r.indexBytesPerPage),
    'fragments per page': kb(r.fragmentBytesPerPage),
  });
  console.log('First search, largest files (gzip):', r.firstSearchByFile.slice(0, 6).map((f) => `${f.file} ${kb(f.gzipBytes)}`).join(', '));
  console.log(`${r.pages} pages; median of ${runs} runs; Chromium headless on this machine.`);
}

if (import.meta.main) {
  printSearchBench(await benchSearch(process.argv[2] ?? 'dist'));
}
