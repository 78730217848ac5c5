import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { UiText } from '../i18n/en.ts';
import { pageReadability, type ReadabilityScores, type SpanishReadabilityScores } from './readability.ts';

/** One built page's reading level, as written to `dist/readability.json`. */
export type PageReadability = {
  /** URL path without the base: "/", "/results/". */
  path: string;
  title: string;
  audience: string;
} & (ReadabilityScores | SpanishReadabilityScores);

/** Grade at or below which an English patient page passes; the target is 7. */
export const patientGradeLimit = 8;
export const patientGradeTarget = 7;
/**
 * Szigriszt-Pazos score at or above which a Spanish patient page passes: INFLESZ "normal"
 * starts at 55; the target is "bastante fácil" (fairly easy), from 65.
 */
export const spanishEaseLimit = 55;
export const spanishEaseTarget = 65;

/** Spanish patient pages below the limit, to stop the build with their names and scores. */
export function spanishPagesTooHard(report: readonly PageReadability[]): string[] {
  return report
    .filter((p) => p.lang === 'es' && p.audience === 'patients' && p.szigrisztPazos < spanishEaseLimit)
    .map((p) => `${p.path} (Szigriszt-Pazos ${p.lang === 'es' ? p.szigrisztPazos : ''}, INFLESZ ${p.lang === 'es' ? p.inflesz : ''})`);
}

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

/**
 * The tables shown on the About page, one per language, in the words of the page they go on
 * (`ui.readingLevels`). Built from the measurements; nothing typed by hand.
 */
export function readabilityTableHtml(report: readonly PageReadability[], base: string, ui: UiText): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const t = ui.readingLevels;
  const link = (p: PageReadability) => `<th scope="row"><a href="${root}${p.path.slice(1)}">${escape(p.title)}</a></th>`;
  const table = (caption: string, headers: readonly string[], rows: string[]) =>
    `<div class="results-table not-prose"><table><caption>${escape(caption)}</caption><thead><tr>` +
    headers.map((h) => `<th scope="col">${escape(h)}</th>`).join('') +
    `</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  const english = report.flatMap((p) =>
    p.lang === 'en' ? [`<tr>${link(p)}<td>${p.fleschKincaidGrade.toFixed(1)}</td><td>${p.fleschReadingEase.toFixed(0)}</td><td>${p.smogGrade.toFixed(1)}</td></tr>`] : [],
  );
  const spanish = report.flatMap((p) =>
    p.lang === 'es'
      ? [`<tr>${link(p)}<td>${p.fernandezHuerta.toFixed(0)}</td><td>${p.szigrisztPazos.toFixed(0)}</td><td>${escape(t.spanish.grades[p.inflesz])}</td></tr>`]
      : [],
  );
  return [
    english.length > 0 ? table(t.english.caption, [t.page, ...t.english.columns], english) : '',
    spanish.length > 0 ? table(t.spanish.caption, [t.page, ...t.spanish.columns], spanish) : '',
  ].join('');
}

/** Where the About page asks for the table (rendered by `<ReadingLevels />`). */
export const tableMarker = '<div data-readability-table></div>';

/**
 * Puts the tables into every built page that has the marker, in that page's language
 * (`tableHtml` is asked for the page's path). Returns how many it filled.
 */
export function fillReadabilityTables(dist: string, paths: readonly string[], tableHtml: (path: string) => string): number {
  let filled = 0;
  for (const path of paths) {
    const file = join(dist, path, 'index.html');
    const html = readFileSync(file, 'utf-8');
    if (!html.includes(tableMarker)) continue;
    writeFileSync(file, html.replace(tableMarker, `<div data-readability-table>${tableHtml(path)}</div>`));
    filled += 1;
  }
  return filled;
}
