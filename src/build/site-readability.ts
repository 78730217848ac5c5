import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { pageReadability, type ReadabilityScores } from './readability.ts';

/** One built page's reading level, as written to `dist/readability.json`. */
export interface PageReadability extends ReadabilityScores {
  /** URL path without the base: "/", "/results/". */
  path: string;
  title: string;
  audience: string;
}

/** Grade at or below which a patient page passes; the target is 7. */
export const patientGradeLimit = 8;
export const patientGradeTarget = 7;

/** Measures every page (URL paths from the build output) in the `dist` folder. */
export function measureSite(dist: string, paths: readonly string[]): PageReadability[] {
  return paths.map((path) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf-8');
    const { document } = parseHTML(html);
    return {
      path,
      title: document.querySelector('h1')?.textContent?.trim() ?? path,
      audience: document.querySelector('main')?.getAttribute('data-audience') ?? 'unknown',
      ...pageReadability(html),
    };
  });
}

/** The table shown on the About page. Built from the measurements; nothing typed by hand. */
export function readabilityTableHtml(report: readonly PageReadability[], base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = report
    .map(
      (p) =>
        `<tr><th scope="row"><a href="${root}${p.path.slice(1)}">${escape(p.title)}</a></th>` +
        `<td>${p.fleschKincaidGrade.toFixed(1)}</td>` +
        `<td>${p.fleschReadingEase.toFixed(0)}</td><td>${p.smogGrade.toFixed(1)}</td></tr>`,
    )
    .join('');
  return (
    '<div class="results-table not-prose"><table><caption>Reading level of each page, measured on the built pages ' +
    '(school grade: lower is easier; reading ease: higher is easier)</caption>' +
    '<thead><tr><th scope="col">Page</th><th scope="col">Grade (Flesch-Kincaid)</th>' +
    '<th scope="col">Reading ease (Flesch)</th><th scope="col">Grade (SMOG)</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></div>`
  );
}

/** Where the About page asks for the table (rendered by `<ReadingLevels />`). */
export const tableMarker = '<div data-readability-table></div>';

/** Puts the table into every built page that has the marker. Returns how many it filled. */
export function fillReadabilityTables(dist: string, paths: readonly string[], tableHtml: string): number {
  let filled = 0;
  for (const path of paths) {
    const file = join(dist, path, 'index.html');
    const html = readFileSync(file, 'utf-8');
    if (!html.includes(tableMarker)) continue;
    writeFileSync(file, html.replace(tableMarker, `<div data-readability-table>${tableHtml}</div>`));
    filled += 1;
  }
  return filled;
}
