/**
 * The results interface, fetched on the first sign of intent (search.ts), never at page
 * load. It runs a search on every keystroke; a search that finishes after a newer one
 * started is dropped (sequence numbers), so the last word typed wins even when Pagefind
 * answers out of order. Only the results shown have their fragments fetched, and only
 * real results are drawn: no placeholders. The words come from SearchPanel.astro's
 * `data-*` attributes (src/i18n/en.ts), never from this file.
 */
import type { FilterCounts, Pagefind, ResultData, Result, Search, SearchFilters } from './pagefind.ts';

/** Sections listed under a result: the three where the words are found most. */
const sectionsShown = 3;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  made.append(...children);
  return made;
}

function link(href: string, className: string, text: string): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

/**
 * An excerpt as text with Pagefind's `<mark>`s kept and nothing else: parsed in an inert
 * <template>, so no markup in the indexed text can run or load anything.
 */
function marked(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    out.append(node.nodeName === 'MARK' ? element('mark', '', node.textContent ?? '') : (node.textContent ?? ''));
  }
  return out;
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = element('li', 'search-result', link(data.url, 'search-result__link', data.meta.title ?? data.url), element('p', 'search-result__excerpt', marked(data.excerpt)));
  // Pagefind lists the page itself among its sub-results when the words are above the
  // first heading; only sections (with an #anchor) are listed under the page.
  const sections = data.sub_results
    .filter((s) => s.url.includes('#') && s.url !== data.url)
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, sectionsShown);
  if (sections.length > 0) {
    item.append(element('ul', 'search-result__sections', ...sections.map((s) => element('li', '', link(s.url, '', s.title), element('p', 'search-result__excerpt', marked(s.excerpt))))));
  }
  return item;
}

/** A results panel (SearchPanel.astro): runs searches and draws what they found. */
class ResultsPanel {
  private sequence = 0;
  private results: Result[] = [];
  private shown = 0;
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;
  private readonly empty: HTMLElement | null;
  private readonly more: HTMLElement | null;
  /** Called with each search that is drawn (the search page updates its filter counts). */
  onDrawn: ((search: Search) => void) | undefined;

  constructor(
    readonly root: HTMLElement,
    /** Pagefind, started (or started again after a failed start) on each call. */
    private readonly pagefind: () => Promise<Pagefind>,
    private readonly pageSize: number,
  ) {
    this.list = root.querySelector<HTMLElement>('[data-search-results]') ?? root;
    this.status = root.querySelector<HTMLElement>('[data-search-status]') ?? root;
    this.empty = root.querySelector<HTMLElement>('[data-search-empty]');
    this.more = root.querySelector<HTMLElement>('[data-search-more]');
  }

  get hasQuery(): boolean {
    return this.status.textContent !== '';
  }

  /** Searches and draws; resolves to false when nothing was drawn (an empty box, or a newer search started). */
  async search(term: string, filters: SearchFilters = {}): Promise<boolean> {
    const mine = ++this.sequence;
    const query = term.trim();
    if (query === '') {
      this.draw([], [], query);
      return false;
    }
    const search = await (await this.pagefind()).search(query, { filters });
    if (mine !== this.sequence) return false;
    const first = await Promise.all(search.results.slice(0, this.pageSize).map((r) => r.data()));
    if (mine !== this.sequence) return false;
    this.draw(search.results, first, query);
    this.onDrawn?.(search);
    return true;
  }

  /** Draws the next page of results and moves focus to the first of them. */
  async showMore(): Promise<void> {
    const mine = this.sequence;
    const next = await Promise.all(this.results.slice(this.shown, this.shown + this.pageSize).map((r) => r.data()));
    if (mine !== this.sequence || next.length === 0) return;
    const items = next.map(renderResult);
    this.list.append(...items);
    this.shown += items.length;
    if (this.more) this.more.hidden = this.shown >= this.results.length;
    items[0]?.querySelector('a')?.focus();
  }

  private draw(results: Result[], first: ResultData[], query: string): void {
    this.results = results;
    this.shown = first.length;
    this.list.replaceChildren(...first.map(renderResult));
    const { one = '', other = '' } = this.root.dataset;
    this.status.textContent = query === '' ? '' : (results.length === 1 ? one : other).replace('{count}', String(results.length)).replace('{query}', query);
    if (this.empty) this.empty.hidden = query === '' || results.length > 0;
    if (this.more) this.more.hidden = this.shown >= results.length;
  }
}

/** Every link and button in the panel, in order: what the arrow keys move through. */
function stops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-search-results] a, [data-search-all], [data-search-more]')].filter((e) => !e.hidden);
}

/** Down arrow from the box goes to the first result; up and down move through them; up from the first returns to the box. */
function arrowKeys(root: HTMLElement, input: HTMLInputElement): void {
  input.addEventListener('keydown', (event) => {
    const first = stops(root)[0];
    if (event.key !== 'ArrowDown' || !first) return;
    event.preventDefault();
    first.focus();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = stops(root);
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[at + 1] : (all[at - 1] ?? input);
    next?.focus();
  });
}

/** The header box: results open under it as the reader types. */
export function attachHeader(form: HTMLFormElement, input: HTMLInputElement, popup: HTMLElement, pagefind: () => Promise<Pagefind>): void {
  // On the search page the results are already on the page: the header box searches there.
  const pageBox = document.querySelector<HTMLInputElement>('#search-page-q');
  if (pageBox) {
    const forward = () => {
      if (input.value.trim() === '') return;
      pageBox.value = input.value;
      pageBox.focus();
      pageBox.dispatchEvent(new Event('input'));
    };
    input.addEventListener('input', forward);
    forward();
    return;
  }
  const root = popup.querySelector<HTMLElement>('[data-search-panel]');
  if (!root) return;
  const panel = new ResultsPanel(root, pagefind, 5);
  const all = popup.querySelector<HTMLAnchorElement>('[data-search-all]');
  const container = form.closest('search') ?? form;
  const show = (open: boolean) => (popup.hidden = !open);
  const run = async () => {
    const term = input.value.trim();
    if (term === '') show(false);
    if (await panel.search(term)) {
      if (all) all.href = `${form.action}?q=${encodeURIComponent(term)}`;
      show(true);
    }
  };
  input.addEventListener('input', () => void run().catch((error: unknown) => console.error(error)));
  // Coming back to the box from elsewhere shows its results again (not when Escape brought
  // focus back from them).
  input.addEventListener('focus', (event) => {
    const fromResults = event.relatedTarget instanceof Node && popup.contains(event.relatedTarget);
    if (!fromResults && panel.hasQuery && input.value.trim() !== '') show(true);
  });
  arrowKeys(popup, input);
  // Escape closes the results and keeps the words (a search box would otherwise clear them).
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || popup.hidden) return;
    event.preventDefault();
    show(false);
  });
  popup.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    show(false);
    input.focus();
  });
  // Leaving the search area, by keyboard or pointer, closes the results.
  container.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && container.contains(event.relatedTarget))) show(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node && container.contains(event.target))) show(false);
  });
  if (input.value.trim() !== '') void run().catch((error: unknown) => console.error(error));
}

/** Which filter values are ticked, as Pagefind wants them. */
function chosenFilters(root: HTMLElement): SearchFilters {
  const filters: SearchFilters = {};
  // Named by data-filter, not name: the boxes are never submitted, and several share a filter.
  for (const box of root.querySelectorAll<HTMLInputElement>('[data-search-filters] input:checked')) {
    (filters[box.dataset['filter'] ?? ''] ??= { any: [] }).any.push(box.value);
  }
  return filters;
}

/** Shows how many results each filter value has; a value no page has is left out. */
function showCounts(root: HTMLElement, counts: FilterCounts, totals: FilterCounts): void {
  for (const box of root.querySelectorAll<HTMLInputElement>('[data-search-filters] input')) {
    const name = box.dataset['filter'] ?? '';
    const label = box.closest('label');
    const count = label?.querySelector('[data-filter-count]');
    if (count) count.textContent = ` (${counts[name]?.[box.value] ?? 0})`;
    if (label) label.hidden = (totals[name]?.[box.value] ?? 0) === 0 && !box.checked;
  }
}

/** The search page: the query in `?q=`, filters, more results, and the address kept in step. */
export function attachPage(root: HTMLElement, pagefind: () => Promise<Pagefind>): void {
  const input = root.querySelector<HTMLInputElement>('#search-page-q');
  const panelRoot = root.querySelector<HTMLElement>('[data-search-panel]');
  if (!input || !panelRoot) return;
  const panel = new ResultsPanel(panelRoot, pagefind, 10);
  panel.onDrawn = (search) => showCounts(root, search.filters, search.totalFilters);
  const run = () => {
    const term = input.value.trim();
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void panel.search(term, chosenFilters(root)).catch((error: unknown) => console.error(error));
  };
  input.addEventListener('input', run);
  root.querySelector('[data-search-filters]')?.addEventListener('change', run);
  root.querySelector('[data-search-more]')?.addEventListener('click', () => void panel.showMore());
  arrowKeys(panelRoot, input);
  panelRoot.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    input.focus();
  });
  input.value = new URLSearchParams(window.location.search).get('q') ?? input.value;
  if (input.value) run();
  input.focus();
}
