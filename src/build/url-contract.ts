/**
 * The URL contract: every public page address and section anchor, committed in
 * tests/url-contract.json. Clinicians send these links in emails and print them on
 * handouts, so one that disappears is a broken promise. Adding pages and sections is free;
 * removing one needs a redirect in astro.config.mjs (`moved`, built as Astro `redirects`)
 * or a kept anchor.
 */
import { parseHTML } from 'linkedom';

/** Page path ("/results/") → its section anchors ("key-facts", …), sorted. */
export type UrlContract = Record<string, string[]>;

/** The section anchors of a built page: the ids of its h2 and h3 headings in <main>. */
export function sectionIds(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('main :is(h2, h3)[id]')].map((h) => h.id).sort();
}

/** True for a page Astro wrote for a `redirects` entry (a meta refresh to the new address). */
export function isRedirectPage(html: string): boolean {
  return /<meta\s+http-equiv="refresh"/i.test(html);
}

export interface BuiltPage {
  html: string;
}

/**
 * What the build broke: each address that is gone with no redirect, and each anchor that
 * is gone from a page that still exists. `built` maps a path to its HTML.
 */
export function contractProblems(contract: UrlContract, built: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, ids] of Object.entries(contract)) {
    const html = built.get(path);
    if (html === undefined) {
      problems.push(`${path} is gone. Fix: add a redirect in astro.config.mjs (moved) from it to the page that replaced it, or restore the page.`);
      continue;
    }
    if (isRedirectPage(html)) continue;
    const present = new Set([...parseHTML(html).document.querySelectorAll('[id]')].map((el) => el.id));
    for (const id of ids) {
      if (!present.has(id)) {
        problems.push(`${path}#${id} is gone. Fix: keep the old anchor (<span id="${id}"></span>) by the new heading, or keep the heading's words.`);
      }
    }
  }
  return problems;
}

/** The contract after this build: everything promised before, plus new pages and anchors. */
export function extendContract(contract: UrlContract, built: ReadonlyMap<string, string>): UrlContract {
  const next: UrlContract = {};
  const paths = new Set([...Object.keys(contract), ...built.keys()]);
  for (const path of [...paths].sort()) {
    const html = built.get(path);
    const now = html && !isRedirectPage(html) ? sectionIds(html) : [];
    next[path] = [...new Set([...(contract[path] ?? []), ...now])].sort();
  }
  return next;
}
