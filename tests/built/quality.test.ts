import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { brokenLinks, pageWeight, vagueLinks } from '../helpers/site-checks.ts';
import { distDir } from '../helpers/built-pages.ts';
import { readBuiltSite, subpathDir } from '../helpers/built-site.ts';

// Gates over the built site, so a new page cannot quietly break HTML, links or budgets.
const sites = [
  { name: 'dist/', dir: distDir, base: '/' },
  { name: 'the /ra-guide/ subpath build', dir: subpathDir, base: '/ra-guide/' },
];

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate(
    new StaticConfigLoader({ extends: ['html-validate:recommended'] }),
  );
  const { pages } = readBuiltSite();
  const errors: string[] = [];
  for (const [path, html] of pages) {
    const report = await validator.validateString(html, `dist${path}index.html`);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(errors).toEqual([]);
});

for (const site of sites) {
  test(`every internal link, asset and #anchor resolves in ${site.name}`, () => {
    const built = readBuiltSite(site.dir, site.base);
    expect(built.pages.size).toBeGreaterThan(10);
    expect(brokenLinks(built)).toEqual([]);
  });
}

test('no link says only "click here", "read more" or the like', () => {
  const { pages } = readBuiltSite();
  const vague = [...pages].flatMap(([path, html]) => vagueLinks(html).map((l) => `${path}: ${l}`));
  expect(vague).toEqual([]);
});

// Budgets: gzip bytes a page needs before the reader does anything (search, icons and the
// index load later). Deterministic, so they are tests; the message names the page and files.
// JavaScript: 4 KB, plus 128 B while the printed address (src/client/reader-address.ts,
// ~220 B) shares the page with the old search script; the new, smaller search brings every
// page back under 4 KB, and then this goes back to 4 KB.
const kb = 1024;
const budget = { total: 30 * kb, js: 4 * kb + 128, css: 12 * kb, image: 100 * kb };

test('each page fits its byte budget: 30 KB in all, 4 KB (+128 B) of JavaScript, 12 KB of CSS', () => {
  const { pages } = readBuiltSite();
  const over: string[] = [];
  for (const [path, html] of pages) {
    const w = pageWeight(html, '/', (file) => readFileSync(join(distDir, file), 'utf-8'));
    const list = (files: { file: string; gzipBytes: number }[]) => files.map((f) => `${f.file} ${f.gzipBytes} B`).join(', ');
    const js = w.js.reduce((n, f) => n + f.gzipBytes, 0);
    const css = w.css.reduce((n, f) => n + f.gzipBytes, 0);
    if (w.total > budget.total) over.push(`${path}: ${w.total} B in all (HTML ${w.htmlGzip} B; ${list([...w.css, ...w.js])}) > ${budget.total} B`);
    if (js > budget.js) over.push(`${path}: JavaScript ${js} B > ${budget.js} B (${list(w.js)})`);
    if (css > budget.css) over.push(`${path}: CSS ${css} B > ${budget.css} B (${list(w.css)})`);
  }
  expect(over).toEqual([]);
});

// Components import their own stylesheets; a page that imports a component before the
// layout would put that component's `@layer components` ahead of Tailwind's layers, ranking
// it below the reset. The page's CSS must open with Tailwind's layers.
test("every page's CSS declares Tailwind's layers before any component style", () => {
  const { pages } = readBuiltSite();
  const wrong: string[] = [];
  for (const [path, html] of pages) {
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"|<style>([^<]*)<\/style>/g)];
    const css = sheets.map(([, file, inline]) => (file ? readFileSync(join(distDir, file), 'utf-8') : inline)).join('\n');
    const start = css.replace(/\/\*[\s\S]*?\*\//g, '').trimStart();
    if (!/^@layer (properties|theme)\b/.test(start)) wrong.push(`${path}: CSS starts with "${start.slice(0, 50)}"; import global.css first in the page's frontmatter`);
  }
  expect(wrong).toEqual([]);
});

test('no image is over 100 KB', () => {
  const { files } = readBuiltSite();
  const big = [...files]
    .filter((f) => /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(f))
    .map((f) => ({ f, size: statSync(join(distDir, f)).size }))
    .filter(({ size }) => size > budget.image)
    .map(({ f, size }) => `${f}: ${size} B > ${budget.image} B`);
  expect(big).toEqual([]);
});
