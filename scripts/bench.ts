/**
 * `npm run bench`: where the build's time and bytes go, and how they scale. Prints:
 * 1. the full build (Astro + Pagefind + service worker), median of 3, for the real guide;
 * 2. builds of 100, 1,000 and 5,000 generated pages (in a temporary folder, never in
 *    content/): time per page, peak memory of the build's processes, and search index and
 *    fragment bytes per page. They are left out of the contents list (inContents: false):
 *    a list of every page, repeated on every page, grows the build with the square of the
 *    page count (500 listed pages: 40 KB of HTML each, 42 s to build);
 * 3. the search benchmark (scripts/bench-search.ts) on the real guide.
 * Figures, not tests. Must finish within 10 minutes on a 2-core machine; pass sizes as
 * arguments to run others (`npm run bench -- 100 500`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchSearch, printSearchBench } from './bench-search.ts';
import { kb, median } from './lib/figures.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const scaling = sizes.length > 0 ? sizes : [100, 1000, 5000];
const started = performance.now();

/** Resident memory of a process and all its descendants, in bytes, from /proc (Linux). */
function treeRss(root: number): number {
  let children: Map<number, number[]>;
  try {
    children = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf-8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      } catch {
        // the process ended while we looked
      }
    }
  } catch {
    return 0; // no /proc: not Linux
  }
  let total = 0;
  const visit = (pid: number) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf-8'));
      total += Number(rss?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return total;
}

interface BuildRun {
  seconds: number;
  peakBytes: number;
}

/** Runs `astro build` with extra environment, sampling the process tree's memory. */
function build(args: string[], env: Record<string, string>): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('npx', ['astro', 'build', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 100);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ seconds: (performance.now() - t0) / 1000, peakBytes: peak });
      else reject(new Error(`astro build failed (${code}):\n${stderr.slice(-2000)}`));
    });
  });
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? folderBytes(join(folder, e.name)) : statSync(join(folder, e.name)).size),
    0,
  );
}

const topics = ['basics', 'medicines', 'evidence', 'safety'] as const;
// Words from the real pages, so generated pages have a realistic spread of vocabulary
// (and the search index a realistic size), picked deterministically per page.
const words = [
  ...new Set(
    readdirSync('content/pages')
      .map((f) => readFileSync(join('content/pages', f), 'utf-8'))
      .join(' ')
      .toLowerCase()
      .match(/\b[a-z]{4,}\b/g) ?? [],
  ),
];

/** One generated page: real frontmatter, components that read the real data, plain prose. */
function syntheticPage(i: number): string {
  const w = (k: number) => words[(i * 37 + k * 101) % words.length] ?? "word";
  const paragraph = (k: number) =>
    `Page ${i} explains ${w(k)} and ${w(k + 1)} in plain words. People with ${w(k + 2)} ask about ${w(k + 3)} and ${w(k + 4)}. ` +
    `The care team checks the ${w(k + 5)} each time.`;
  return `---
title: "Generated page ${i}: ${w(0)} and ${w(1)}"
description: "A generated page for the build benchmark, about ${w(2)} and ${w(3)} number ${i}."
order: ${100 + i}
inContents: false
audience: patients
topic: ${topics[i % topics.length]}
pageType: guide
lastReviewed: 2026-11-22
nextReview: 2027-11-22
sources: [cohen-2004]
---

<KeyFacts>
- ${paragraph(0)}
- In the larger trial, <Stat trial="cohen-2004" outcome="acr20-week24" arm="anakinra-100mg" /> improved.
- ${paragraph(3)}
</KeyFacts>

## About ${w(4)}

${paragraph(1)} <Cite id="cohen-2004" />

${paragraph(2)}

## About ${w(6)}

${paragraph(5)}

<ResultsTable trial="cohen-2004" outcomes={["acr20-week24"]} />

### More on ${w(8)}

${paragraph(7)}
`;
}

const rows: Record<string, string>[] = [];

// 1. The real guide, three times.
const real: BuildRun[] = [];
for (let i = 0; i < 3; i += 1) real.push(await build([], {}));
const guidePages = readdirSync('content/pages').filter((f) => f.endsWith('.mdx')).length;
rows.push({
  build: `the guide (${guidePages} pages), median of 3`,
  'total time': `${median(real.map((r) => r.seconds)).toFixed(1)} s`,
  'time per page': `${((median(real.map((r) => r.seconds)) * 1000) / guidePages).toFixed(0)} ms`,
  'peak memory': `${(Math.max(...real.map((r) => r.peakBytes)) / 2 ** 20).toFixed(0)} MB`,
  'index per page': kb((folderBytes('dist/pagefind/index') + folderBytes('dist/pagefind/filter')) / guidePages),
  'fragments per page': kb(folderBytes('dist/pagefind/fragment') / guidePages),
});

// 2. Generated pages, outside content/.
for (const n of scaling) {
  const root = mkdtempSync(join(tmpdir(), `guide-bench-${n}-`));
  try {
    const pagesDir = join(root, 'pages');
    mkdirSync(pagesDir);
    for (let i = 1; i <= n; i += 1) writeFileSync(join(pagesDir, `generated-${i}.mdx`), syntheticPage(i));
    const out = join(root, 'dist');
    const run = await build(['--outDir', out], { GUIDE_PAGES_DIR: pagesDir });
    rows.push({
      build: `${n.toLocaleString('en-GB')} generated pages`,
      'total time': `${run.seconds.toFixed(1)} s`,
      'time per page': `${((run.seconds * 1000) / n).toFixed(1)} ms`,
      'peak memory': `${(run.peakBytes / 2 ** 20).toFixed(0)} MB`,
      'index per page': kb((folderBytes(join(out, 'pagefind/index')) + folderBytes(join(out, 'pagefind/filter'))) / n),
      'fragments per page': kb(folderBytes(join(out, 'pagefind/fragment')) / n),
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

console.log(`\nBuild (Astro + Pagefind + service worker). ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`);
console.table(rows);

// 3. Search, on the real guide (rebuild it: the last build above was generated pages).
await build([], {});
console.log('\nSearch (real guide, local static server, headless Chromium):');
printSearchBench(await benchSearch('dist'));
console.log(`\nBenchmark took ${((performance.now() - started) / 60000).toFixed(1)} minutes.`);
