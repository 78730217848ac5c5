import type { HastPluginEntry } from 'satteri';
import GithubSlugger from 'github-slugger';

/**
 * Heading anchors without accents: "## ¿Cuándo pedir ayuda?" gets `id="cuando-pedir-ayuda"`,
 * not "cuándo-pedir-ayuda". A clinician pastes a section link into an e-mail or a letter; an
 * accent there becomes "%C3%A1" or breaks when typed. Otherwise the same as Astro's own ids
 * (github-slugger, numbered when repeated): Astro's heading-ids step runs after this one and
 * keeps an id a heading already has. English headings get the ids they always had.
 *
 * A Sätteri hast plugin (Astro 7's Markdown processor); the factory gives each document its
 * own slugger, so "-1" suffixes count within one page.
 */
export const asciiHeadingIds: HastPluginEntry = () => {
  const slugger = new GithubSlugger();
  return {
    name: 'ascii-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.['id'] === 'string') return;
        ctx.setProperty(node, 'id', slugger.slug(withoutAccents(ctx.textContent(node))));
      },
    },
  };
};

/** "¿Cuándo?" → "¿Cuando?": letters keep their base form ("ñ" becomes "n", as in addresses). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
