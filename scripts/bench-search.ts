/**
 * `npm run bench:search`: how fast search answers, side by side with a default Starlight
 * build of the same pages (../shared/baselines/starlight/dist), in one run, on one machine,
 * with one browser: absolute times vary between machines, the ratios much less.
 *
 * Both sites are served by the same static server and driven in headless Chromium, in
 * alternating order. Each round, in a fresh browser profile (empty cache):
 * - cold: load a page, focus the search box (Starlight: open its dialog), type a query;
 * - warm: load the page again (files now cached), type the next query;
 * - next query: on that page, clear the box and type a third query;
 * - bytes: gzip bytes of everything fetched from the first page load until the cold search
 *   has finished (gzip, as most hosts send them).
 * A time runs from the keydown of the first letter to the first result link on screen.
 * Three queries take turns in each role, 3 rounds each: medians of 9.
 *
 * `npm run build` first. Usage: bench-search.ts [guide dist] [baseline dist]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { builtPagePaths } from '../src/build/built-pages.ts';
import { chromiumArgs, chromiumPath } from './lib/chromium.ts';
import { kb, median } from './lib/figures.ts';

/** Words both builds find; each takes each role (cold, warm, next) in turn. */
const queries = ['kineret', 'infection', 'vaccine'];
const rounds = 3;
/** Where the baseline lives, beside the project (see ../shared/baselines/README.md). */
export const defaultBaseline = '../shared/baselines/starlight/dist';

/** What a reader does to reach each site's search box, and what its result links are. */
interface Site {
  name: string;
  root: string;
  port: number;
  /** Focuses the box (opening the search dialog first where there is one) and returns it. */
  openSearch(page: Page): Promise<Locator>;
  /** A result's link, as drawn when results arrive. */
  results: string;
}

const guide = (root: string): Site => ({
  name: 'guide',
  root,
  port: 4391,
  async openSearch(page) {
    const box = page.locator('#site-search-q');
    await box.focus();
    return box;
  },
  results: '[data-search-popup] .search-result__link',
});

const starlight = (root: string): Site => ({
  name: 'Starlight',
  root,
  port: 4392,
  async openSearch(page) {
    await page.locator('button[data-open-modal]').click();
    // Starlight draws its box when the browser is idle after load; on a busy machine that
    // can take a while. The clock starts at the first keydown, so waiting here costs nothing.
    const box = page.locator('#starlight__search input');
    await box.waitFor({ timeout: 120_000 });
    await box.focus();
    return box;
  },
  results: '#starlight__search .pagefind-ui__result-link',
});

export interface SearchFigures {
  coldMs: number;
  warmMs: number;
  nextMs: number;
  /** Gzip bytes from page load through the first search (median over the cold rounds). */
  firstSearchGzipBytes: number;
  /** Gzip bytes per search file of one cold round, largest first. */
  searchFiles: { file: string; gzipBytes: number }[];
}

export interface SearchBench {
  guide: SearchFigures;
  baseline: SearchFigures | undefined;
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
 * Clears the box, waits until no result is shown, types `query`, and returns the
 * milliseconds from the first letter's keydown to the first result link on screen,
 * measured inside the page (checked every frame).
 */
async function timeQuery(page: Page, box: Locator, query: string, results: string): Promise<number> {
  await box.fill('');
  await page.waitForFunction((selector) => ![...document.querySelectorAll(selector)].some((e) => e.checkVisibility()), results);
  await page.evaluate((selector) => {
    const w = window as unknown as { benchDone?: Promise<number> };
    w.benchDone = new Promise((resolve, reject) => {
      let start: number | undefined;
      document.addEventListener('keydown', () => (start ??= performance.now()), { capture: true, once: true });
      const check = () => {
        if (start !== undefined && [...document.querySelectorAll(selector)].some((e) => e.checkVisibility())) resolve(performance.now() - start);
        else if (start !== undefined && performance.now() - start > 15_000) reject(new Error(`no result within 15 s (${selector})`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, results);
  await box.pressSequentially(query);
  return page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
}

interface Round {
  cold: number;
  warm: number;
  next: number;
  gzipBytes: number;
  searchFiles: { file: string; gzipBytes: number }[];
}

/** One round on one site, in a fresh profile: cold, warm and next query, and the bytes of the cold search. */
async function round(browser: Browser, site: Site, [first, second, third]: string[]): Promise<Round> {
  // Without the guide's offline worker, which would fetch the whole site in the background.
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const fetched: { file: string; gzipBytes: number }[] = [];
    const counting = (request: import('@playwright/test').Request) => {
      void (async () => {
        const body = await (await request.response())?.body().catch(() => undefined);
        if (body) fetched.push({ file: new URL(request.url()).pathname, gzipBytes: gzipSync(body).length });
      })();
    };
    context.on('requestfinished', counting);
    const url = `http://127.0.0.1:${site.port}/results/`;
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const cold = await timeQuery(page, await site.openSearch(page), first ?? '', site.results);
    // Everything the first search asked for (the full word's results and their fragments).
    await page.waitForLoadState('networkidle');
    await new Promise((r) => setTimeout(r, 300));
    context.off('requestfinished', counting);
    await page.goto(url, { waitUntil: 'networkidle' });
    const box = await site.openSearch(page);
    const warm = await timeQuery(page, box, second ?? '', site.results);
    const next = await timeQuery(page, box, third ?? '', site.results);
    return {
      cold,
      warm,
      next,
      gzipBytes: fetched.reduce((n, f) => n + f.gzipBytes, 0),
      searchFiles: fetched.filter((f) => f.file.includes('/pagefind/')).sort((a, b) => b.gzipBytes - a.gzipBytes),
    };
  } finally {
    await context.close();
  }
}

function figures(results: Round[]): SearchFigures {
  return {
    coldMs: median(results.map((r) => r.cold)),
    warmMs: median(results.map((r) => r.warm)),
    nextMs: median(results.map((r) => r.next)),
    firstSearchGzipBytes: median(results.map((r) => r.gzipBytes)),
    searchFiles: results[0]?.searchFiles ?? [],
  };
}

export async function benchSearch(dist = 'dist', baselineDist: string | undefined = defaultBaseline): Promise<SearchBench> {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) throw new Error(`${dist}/pagefind not found. Run \`npm run build\` first.`);
  const baselineFound = baselineDist !== undefined && existsSync(join(baselineDist, 'pagefind', 'pagefind.js'));
  if (baselineDist !== undefined && !baselineFound) console.warn(`No Starlight baseline at ${baselineDist}: measuring the guide alone.`);
  const sites = [guide(dist), ...(baselineFound && baselineDist ? [starlight(baselineDist)] : [])];
  const servers = await Promise.all(sites.map((s) => serve(s.root, s.port)));
  let browser: Browser | undefined;
  try {
    const executablePath = chromiumPath(undefined);
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
    const results = new Map<string, Round[]>(sites.map((s) => [s.name, []]));
    let turn = 0;
    for (let r = 0; r < rounds; r += 1) {
      for (let q = 0; q < queries.length; q += 1) {
        const words = queries.map((_, i) => queries[(q + i) % queries.length] ?? '');
        // Alternate which site goes first, so neither always meets a warmer machine.
        const order = turn % 2 === 0 ? sites : [...sites].reverse();
        turn += 1;
        for (const site of order) {
          try {
            results.get(site.name)?.push(await round(browser, site, words));
          } catch (error) {
            throw new Error(`${site.name}, queries ${words.join(', ')}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
          }
        }
      }
    }
    const pages = builtPagePaths(dist).length;
    const bundle = join(dist, 'pagefind');
    const indexBytes =
      folderBytes(join(bundle, 'index')) +
      folderBytes(join(bundle, 'filter')) +
      readdirSync(bundle)
        .filter((f) => f.endsWith('.pf_meta'))
        .reduce((s, f) => s + statSync(join(bundle, f)).size, 0);
    const baseline = results.get('Starlight');
    return {
      guide: figures(results.get('guide') ?? []),
      baseline: baseline ? figures(baseline) : undefined,
      pages,
      indexBytesPerPage: indexBytes / pages,
      fragmentBytesPerPage: folderBytes(join(bundle, 'fragment')) / pages,
    };
  } finally {
    await browser?.close();
    servers.forEach(stop);
  }
}

/** The targets: guide / Starlight at most this. */
const targets = { cold: 0.6, warm: 0.5, next: 0.4, bytes: 0.8 };

export function printSearchBench(r: SearchBench): void {
  const { guide: g, baseline: b } = r;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const row = (value: (f: SearchFigures) => number, show: (n: number) => string, target: number) => ({
    guide: show(value(g)),
    ...(b ? { Starlight: show(value(b)), 'guide / Starlight': (value(g) / value(b)).toFixed(2), target: `≤ ${target}` } : {}),
  });
  console.table({
    'cold (empty cache; box focused, then typing)': row((f) => f.coldMs, ms, targets.cold),
    'warm (page loaded again, files cached)': row((f) => f.warmMs, ms, targets.warm),
    'next query on the same page': row((f) => f.nextMs, ms, targets.next),
    'bytes from page load through the first search (gzip)': row((f) => f.firstSearchGzipBytes, kb, targets.bytes),
  });
  const files = (f: SearchFigures) => f.searchFiles.map((x) => `${x.file.replace(/^.*\/pagefind\//, '')} ${kb(x.gzipBytes)}`).join(', ');
  console.log(`Guide's search files in one cold search (${g.searchFiles.length}): ${files(g)}`);
  if (b) console.log(`Starlight's (${b.searchFiles.length}): ${files(b)}`);
  console.log(`Guide index per page ${kb(r.indexBytesPerPage)} (+ ${kb(r.fragmentBytesPerPage)} fragments); ${r.pages} pages.`);
  console.log(
    `Medians of ${rounds} rounds × ${queries.length} queries (${queries.join(', ')}), alternating order; ` +
      `${new Date().toISOString().slice(0, 10)}, ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, headless Chromium.`,
  );
}

if (import.meta.main) {
  printSearchBench(await benchSearch(process.argv[2] ?? 'dist', process.argv[3] ?? defaultBaseline));
}
