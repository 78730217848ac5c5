/**
 * Loads Pagefind's Component UI on demand. Nothing here fetches anything at page load:
 * the UI script, its styles and the index are requested only when a reader focuses a
 * search box, presses "/", or opens the search page. One module, shared by the header box
 * and the search page, so both use the same Pagefind instance and settings.
 */

import { searchRanking } from '../lib/search-ranking.ts';

/** Where Pagefind's files are: under the site's base path, so a subpath build works. */
const base = import.meta.env.BASE_URL;
const bundlePath = `${base}pagefind/`;
/** Query parameter Pagefind adds to result links; the target page highlights those words. */
const highlightParam = 'highlight';

/** The parts of Pagefind's Component UI this site calls (its script sets `window.PagefindComponents`). */
interface SearchInstance {
  searchTerm: string;
  /** Options for Pagefind itself; must be applied before it loads. */
  applyOptions(options: { ranking: typeof searchRanking }): void;
  triggerSearch(term: string): void;
  /** Loads Pagefind and the index; resolves when searches can run. */
  triggerLoad(): Promise<void>;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
  on(event: 'search', callback: (term: string) => void): void;
}
interface PagefindModalElement extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): SearchInstance } };
  }
}

let loading: Promise<SearchInstance> | undefined;

function addToHead(element: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`Could not load ${element instanceof HTMLLinkElement ? element.href : element.src}`)), { once: true });
    document.head.append(element);
  });
}

/** Fetches the Component UI once, configures it for this site, and returns its instance. */
export function loadSearch(): Promise<SearchInstance> {
  loading ??= (async () => {
    const config = document.createElement('pagefind-config');
    config.setAttribute('bundle-path', bundlePath);
    config.setAttribute('base-url', base);
    config.setAttribute('highlight-param', highlightParam);
    config.setAttribute('lang', document.documentElement.lang.toLowerCase());
    // First in <body>, so when the script defines the elements this one registers first.
    document.body.prepend(config);
    const styles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundlePath}pagefind-component-ui.css` });
    const script = Object.assign(document.createElement('script'), { src: `${bundlePath}pagefind-component-ui.js` });
    await Promise.all([addToHead(styles), addToHead(script)]);
    const components = window.PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI loaded but did not start.');
    const instance = components.getInstanceManager().getInstance();
    instance.applyOptions({ ranking: searchRanking });
    // Searches started while the index is still loading can finish out of order in
    // Pagefind 1.6 (a prefix such as "k" may land after "kineret"). Once it has loaded,
    // search again for whatever is in the box now, so the last word typed wins.
    void instance.triggerLoad().then(() => {
      const box = document.querySelector<HTMLInputElement>('pagefind-input input');
      const term = box?.value ?? instance.searchTerm;
      if (term) instance.triggerSearch(term);
    });
    instance.on('results', (result) => {
      const nothing = instance.searchTerm.trim() !== '' && result.results.length === 0;
      for (const empty of document.querySelectorAll<HTMLElement>('[data-search-empty]')) empty.hidden = !nothing;
    });
    return instance;
  })();
  return loading;
}

/** True when a key press belongs to a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** "/" moves focus to the search box (the search page's own box when there is one). */
function focusSearchOnSlash(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const box = document.querySelector<HTMLInputElement>('[data-search-page] pagefind-input input, #site-search-q');
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
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
  if (!form || !input || !template) return;

  // On a phone the box is inside the header's "Search" panel: opening the panel puts the
  // cursor in the box, and Escape closes the panel and returns to its button.
  const panel = form.closest('details');
  panel?.addEventListener('toggle', () => panel.open && panel.name && input.focus());
  panel?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !panel.name) return;
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

  let failed = false;
  let dialog: PagefindModalElement | undefined;
  const open = async () => {
    const instance = await loadSearch();
    // On the search page the results are already on the page: search there, no dialog.
    const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] pagefind-input input');
    if (pageBox) {
      instance.triggerSearch(input.value);
      pageBox.focus();
      return;
    }
    if (!dialog) {
      document.body.append(template.content.cloneNode(true));
      dialog = document.body.querySelector<PagefindModalElement>(':scope > pagefind-modal') ?? undefined;
      // Any link chosen in the dialog (a result, the glossary, the list of pages) closes it.
      dialog?.addEventListener('click', (event) => {
        if (event.target instanceof Element && event.target.closest('a')) dialog?.close();
      });
      // Keep the header box in step with what was searched in the dialog.
      dialog?.querySelector('dialog')?.addEventListener('close', () => (input.value = instance.searchTerm));
    }
    instance.triggerSearch(input.value);
    dialog?.open();
  };
  const openOrFallBack = () =>
    open().catch((error: unknown) => {
      // The box stays an ordinary form that opens the search page.
      failed = true;
      console.error(error);
    });

  input.addEventListener('focus', () => void loadSearch().catch(() => (failed = true)), { once: true });
  input.addEventListener('input', () => {
    if (input.value.trim() !== '') void openOrFallBack();
  });
  form.addEventListener('submit', (event) => {
    if (failed) return;
    event.preventDefault();
    void openOrFallBack();
  });
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
  let instance: SearchInstance;
  try {
    instance = await loadSearch();
  } catch (error) {
    cannotSearch();
    throw error;
  }
  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  instance.on('search', (term) => {
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  if (query) instance.triggerSearch(query);
  root.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
}
