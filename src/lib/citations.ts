import { AstroError } from 'astro/errors';
/**
 * Per-page reference numbers. A page lists its sources in frontmatter; that order is the
 * numbering, so "[2]" in the text and "2." in the page's source list always agree.
 */
export interface Citations {
  /** 1-based number of a source on this page; throws if the page does not list it. */
  number(id: string, where: string): number;
  readonly ids: readonly string[];
}

export function createCitations(ids: readonly string[], page: string): Citations {
  return {
    ids,
    number(id, where) {
      const index = ids.indexOf(id);
      if (index === -1) {
        throw new AstroError(
          `${where} cites "${id}", which ${page} does not list in its "sources" frontmatter.`,
          `Add "${id}" to sources (listed now: ${ids.length ? ids.join(', ') : 'none'}).`,
        );
      }
      return index + 1;
    },
  };
}

/** The anchor id of a source in a page's source list. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}
