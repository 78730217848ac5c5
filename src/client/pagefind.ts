/**
 * The parts of Pagefind's JS API (`/pagefind/pagefind.js`, written by the build) that this
 * site calls. Types only: the module is loaded from the built site at run time.
 */
import type { searchRanking } from '../lib/search-ranking.ts';

/** Filter name → values, e.g. `{ audience: { any: ['Researchers'] } }`. */
export type SearchFilters = Record<string, { any: string[] }>;
/** Filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}

/** A result's fragment: fetched only for results that are shown. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}

export interface Result {
  id: string;
  data(): Promise<ResultData>;
}

export interface Search {
  results: Result[];
  /** Counts among these results, per filter value. */
  filters: FilterCounts;
  /** Counts across the whole site, per filter value. */
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options(options: { ranking?: typeof searchRanking; highlightParam?: string; baseUrl?: string }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string, options?: { filters?: SearchFilters }): Promise<Search>;
}
