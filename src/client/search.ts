/**
 * Search, the part every page carries: it only listens. It sits in every page's JavaScript
 * budget, so the results interface (search-ui.ts) and Pagefind are fetched on a sign of
 * intent: focus on a search box, "/", or a pointer over or down on the header's search
 * control. Both start at once, in parallel, so Pagefind's worker, WebAssembly and index
 * metadata are usually ready when the first key lands.
 */
import { searchRanking } from '../lib/search-ranking.ts';
import type { Pagefind } from './pagefind.ts';

/** Where Pagefind's files are: under the site's base path, so a subpath build works. */
const base = import.meta.env.BASE_URL;
const bundlePath = `${base}pagefind/`;
/** Query parameter Pagefind adds to result links; the opened page highlights those words. */
const highlightParam = 'highlight';

let pagefind: Promise<Pagefind> | undefined;
let ui: Promise<typeof import('./search-ui.ts')> | undefined;

/** Imports pagefind.js once and sets it up for this site; later calls share it. */
function startPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const loaded = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
    await loaded.options({ ranking: searchRanking, highlightParam, baseUrl: base });
    // Starts the worker, the WebAssembly and the index metadata, and loads the (tiny)
    // filter lists: by the time it resolves, a search only waits for its index chunk.
    await loaded.filters();
    return loaded;
  })();
  // A start that failed (a dropped connection, a worker replaced mid-fetch) is not kept:
  // the next keystroke or focus tries again instead of leaving search dead on this page.
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

/** Starts both downloads; safe to call on every sign of intent. */
function prepare() {
  const started = startPagefind();
  ui ??= import('./search-ui.ts');
  // A failed start is handled where results are shown; here it must not be unhandled.
  started.catch(() => undefined);
  return ui.then((module) => ({ module, started }));
}

/** True when a key press belongs to a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** "/" moves focus to the search box (the search page's own box when there is one). */
function focusSearchOnSlash(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const box = document.querySelector<HTMLInputElement>('#search-page-q, #site-search-q');
    if (!box) return;
    event.preventDefault();
    // On a phone the header box is inside the closed "Search" disclosure: open it first.
    const disclosure = box.closest('details');
    if (disclosure) disclosure.open = true;
    box.focus();
  });
}

/** On a page opened from a search result (`?highlight=word`), marks the words searched for. */
async function highlightSearchedWords(): Promise<void> {
  if (!new URLSearchParams(window.location.search).has(highlightParam)) return;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`)) as {
    default: new (options: object) => unknown;
  };
  // addStyles: false — its inline <style> would break the CSP; global.css styles the marks.
  // Marks go in ignored parts too (the glossary list is ignored only to avoid double results).
  new PagefindHighlight({ highlightParam, markContext: '#main-content article', markOptions: { className: 'pagefind-highlight', exclude: [] }, addStyles: false });
}

/** Wires the header search box on every page. */
export function enableHeaderSearch(): void {
  focusSearchOnSlash();
  void highlightSearchedWords().catch(() => undefined);
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const popup = document.querySelector<HTMLElement>('[data-search-popup]');
  if (!form || !input || !popup) return;

  // On a phone the box is inside the header's "Search" panel: opening the panel puts the
  // cursor in the box, and Escape closes the panel and returns to its button.
  const panel = form.closest('details');
  panel?.addEventListener('toggle', () => panel.open && panel.name && input.focus());
  panel?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !panel.name || event.defaultPrevented) return;
    panel.open = false;
    panel.querySelector('summary')?.focus();
  });

  if (import.meta.env.DEV) {
    // `astro dev` has no index (Pagefind runs after a build): say so instead of failing.
    const note = form.querySelector<HTMLElement>('[data-search-dev]');
    input.addEventListener('focus', () => note && (note.hidden = false));
    form.addEventListener('submit', (event) => event.preventDefault());
    return;
  }

  // Until the interface has loaded, the form is a plain form that opens /search/?q=…;
  // if loading fails it stays one. Keys typed meanwhile are searched once it attaches.
  let attached = false;
  const intent = () => {
    if (attached) return;
    attached = true;
    void prepare()
      .then(({ module }) => module.attachHeader(form, input, popup, startPagefind))
      .catch((error: unknown) => console.error(error));
  };
  input.addEventListener('focus', intent);
  input.addEventListener('input', intent);
  form.addEventListener('pointerover', intent);
  form.addEventListener('pointerdown', intent);
  panel?.querySelector('summary')?.addEventListener('pointerdown', intent);
  // On a slow phone the reader may be in the box, even typing, before this script runs:
  // the focus and the keys came before the listeners, so start now and search what is there.
  if (document.activeElement === input) intent();
}

/**
 * The search page: loads search straight away, runs the query in `?q=`, and keeps the
 * address in step with the words typed, so a search can be bookmarked or shared.
 */
export async function enableSearchPage(root: HTMLElement): Promise<void> {
  const note = root.querySelector<HTMLElement>('[data-search-needs-js]');
  const live = root.querySelector<HTMLElement>('[data-search-live]');
  // The note is for readers without JavaScript (.no-js-only); bring it back when search
  // cannot run here after all, and take away the empty search box.
  const cannotSearch = (message?: string) => {
    if (note) {
      note.classList.remove('no-js-only');
      if (message) note.textContent = message;
    }
    if (live) live.hidden = true;
  };
  if (import.meta.env.DEV) {
    // The words are the interface dictionary's, rendered by search.astro (data-dev-only).
    cannotSearch(note?.dataset['devOnly']);
    return;
  }
  try {
    const { module, started } = await prepare();
    await started;
    module.attachPage(root, startPagefind);
  } catch (error) {
    cannotSearch();
    throw error;
  }
}
