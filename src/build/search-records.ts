/**
 * What the search index holds beyond the page text: other names for glossary terms (so
 * "Kineret" finds anakinra pages) and one record per glossary term (so a term is its own
 * result, linking to its anchor). Pure: the Pagefind integration feeds these in.
 */
import { parseHTML } from 'linkedom';
import type { UiText } from '../i18n/en.ts';
import { locales, pageIdIn, type Lang } from '../lib/languages.ts';

/** The glossary fields search needs (a subset of the glossary schema). */
export interface SearchTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  misspellings: readonly string[];
  short: string;
  long: string;
}

/** Matches `word` as a whole word or phrase, case-insensitive; hyphens and spaces interchangeable. */
function wordPattern(word: string): RegExp {
  const escaped = word
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[-\s]+/g, '[-\\s]?');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

export interface TermOnPage {
  id: string;
  term: string;
  /** The term's names (term and aliases) that the page does not use itself. */
  missingNames: string[];
  misspellings: readonly string[];
  /** How often the term or any alias appears on the page. */
  mentions: number;
  /** Share of the title's words that are names of the term (1: the page is about it). */
  titleShare: number;
}

const countWords = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;

/**
 * The glossary terms a page's text mentions (by term or alias), most-mentioned first.
 * A page about anakinra mentions "anakinra" often; it should then also be found by
 * "Kineret", and rank for it the way it ranks for "anakinra".
 */
export function termsOnPage(text: string, glossary: readonly SearchTerm[], title = ''): TermOnPage[] {
  return glossary
    .map((term) => {
      const shown = [term.term, ...term.aliases];
      const uses = (within: string, name: string) => within.match(wordPattern(name))?.length ?? 0;
      const mentions = shown.reduce((sum, name) => sum + uses(text, name), 0);
      let rest = title;
      for (const name of [...shown].sort((a, b) => b.length - a.length)) rest = rest.replace(wordPattern(name), ' ');
      const titleShare = countWords(title) === 0 ? 0 : 1 - countWords(rest) / countWords(title);
      const missingNames = [...new Set(shown)].filter((name) => uses(text, name) === 0);
      return { id: term.id, term: term.term, missingNames, misspellings: term.misspellings, mentions, titleShare };
    })
    .filter((t) => t.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
}

/**
 * Pagefind weight for a term's other names on a page, so "MTX" ranks pages the way
 * "methotrexate" does. A page whose title is the term ("Methotrexate") gets the most
 * (10); a title that names it among other words gets less; otherwise the weight grows
 * with how often the page uses the term, so a page that names it once ranks low.
 * Pagefind allows 0–10; body text is 1 and an h1 is 7.
 */
export function aliasWeight(term: Pick<TermOnPage, 'mentions' | 'titleShare'>): number {
  const round = (n: number) => Math.round(n * 10) / 10;
  if (term.titleShare > 0) return round(3 + 7 * term.titleShare);
  return round(Math.min(3, Math.max(0.5, Math.sqrt(term.mentions) / 1.5)));
}

/**
 * The element's text with a space between nodes. `textContent` runs "<h1>Home</h1><p>MTX"
 * together as "HomeMTX", which would hide whole words from the matcher.
 */
function textOf(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    for (const child of node.childNodes) walk(child);
  };
  walk(element);
  return parts.join(' ');
}

/**
 * Pagefind weight of a page's own search aliases: the page is about them (as a page whose
 * title is a glossary term is about it, see aliasWeight), so they rank like a title word.
 */
export const pageAliasWeight = 7;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page's HTML as the index should see it: with a block of other names for the terms it
 * mentions placed under the page's title and summary. Only the index sees this; the
 * published page is unchanged. Returns `undefined` for a page without `data-pagefind-body`
 * (the search page): it is not a search result.
 */
export function indexableHtml(html: string, glossary: readonly SearchTerm[]): string | undefined {
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const copy = body.cloneNode(true) as Element;
  for (const ignored of copy.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  const found = termsOnPage(textOf(copy), glossary, copy.querySelector('h1')?.textContent ?? '');
  const list = (names: readonly string[]) => names.map(escapeHtml).join(', ');
  // Other names read as a sentence, since an excerpt may show them; misspellings go last,
  // so they appear in an excerpt only when someone typed one.
  // The page's own `searchAliases` (frontmatter): words readers use for its subject.
  const pageAliases = (body.getAttribute('data-search-words') ?? '').split(';').map((a) => a.trim()).filter(Boolean);
  const paragraphs = [
    ...(pageAliases.length > 0 ? [`<p data-pagefind-weight="${pageAliasWeight}">Also searched as: ${list(pageAliases)}.</p>`] : []),
    ...found
      .filter((t) => t.missingNames.length > 0)
      .map((t) => `<p data-pagefind-weight="${aliasWeight(t)}">Other names for ${escapeHtml(t.term)}: ${list(t.missingNames)}.</p>`),
    ...found
      .filter((t) => t.misspellings.length > 0)
      .map((t) => `<p data-pagefind-weight="${aliasWeight(t)}">${escapeHtml(t.term)} is sometimes spelled ${list(t.misspellings)}.</p>`),
  ];
  if (paragraphs.length === 0) return html;
  const block = document.createElement('div');
  block.setAttribute('data-search-aliases', '');
  block.innerHTML = paragraphs.join('');
  // After the title and summary, so an excerpt that starts before the block reads well;
  // still above the first section heading, so matches count for the page, not a section.
  const lede = body.querySelector('h1 ~ .lede') ?? body.querySelector('h1');
  if (lede) lede.after(block);
  else body.prepend(block);
  return document.toString();
}

/** A record for Pagefind's `addCustomRecord` (the fields this site uses). */
export interface TermRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string; description: string; pageType: string };
  filters: { audience: string[]; topic: string[] };
}

/**
 * One search result per glossary term, linking to its anchor on the glossary page.
 * URLs are relative to the site root; Pagefind adds the base path when it shows them.
 * The glossary is written for patients and is reference material: its filters say so.
 */
export function glossaryRecords(glossary: readonly SearchTerm[], lang: Lang, ui: UiText): TermRecord[] {
  const page = `/${pageIdIn('glossary', lang)}/`;
  return glossary.map((term) => ({
    url: `${page}#${term.id}`,
    // Definition first (excerpts start there); other names, then misspellings, last.
    content: [
      `${term.term}: ${term.short} ${term.long}`,
      term.aliases.length > 0 ? ui.searchRecord.otherNames(term.aliases.join(', ')) : '',
      term.misspellings.length > 0 ? ui.searchRecord.spelled(term.misspellings.join(', ')) : '',
    ]
      .filter(Boolean)
      .join(' '),
    // Pagefind's language for the record: the same as `<html lang>` of the pages beside it.
    language: locales[lang].toLowerCase(),
    meta: { title: ui.searchRecord.title(term.term), description: term.short, pageType: 'glossary term' },
    filters: { audience: [ui.taxonomy.audience.patients], topic: [ui.taxonomy.topic.reference] },
  }));
}
