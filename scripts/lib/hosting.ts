/**
 * What HOSTING.txt says about the copy in the zip, read from the built site itself (not
 * from the environment of `npm run package`, which may differ from the build's): a copy
 * built for one address has canonical links; a copy that works anywhere has none.
 */

export interface BuiltCopy {
  /** The address the copy was built for ("https://guide.org/ra-guide/"), or null: it works anywhere. */
  address: string | null;
  /** BASE_PATH, from the favicon link every page has ("/ra-guide/"). */
  base: string;
}

export function describeBuild(homeHtml: string): BuiltCopy {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(homeHtml)?.[1] ?? null;
  const base = /<link rel="icon" href="([^"]*\/)favicon\.svg"/.exec(homeHtml)?.[1] ?? '/';
  return { address: canonical, base };
}

/** The paragraph HOSTING.txt gives each kind of copy: what it means for QR codes, previews and search engines. */
export function kindOfCopy({ address }: BuiltCopy): { builtFor: string; kind: string } {
  if (address) {
    return {
      builtFor: `${address}   (a copy for one address, SITE_URL)`,
      kind: `This copy was built for one address: ${address}
Serve it there. Printed pages and their QR codes, "Cite this page", link
previews (when someone shares a page), canonical links and the sitemap for
search engines all name that address, wherever the files are served from.
Served anywhere else, printouts would still send readers to ${address}.`,
    };
  }
  return {
    builtFor: 'any address   (a "works anywhere" copy, built without SITE_URL)',
    kind: `This is a "works anywhere" copy: it names no address of its own, so it is
right at whatever address you serve it from.
- Printouts and QR codes: when a reader prints a page, the address and QR code
  printed are those of the page as the reader opened it on your server (drawn
  by the browser at print time; with JavaScript off, the page's path is printed).
- "Cite this page" gives the address the reader is on.
- Link previews: none. Pages have no Open Graph or Twitter tags, so a shared
  link shows as plain text.
- Search engines: no canonical links and no sitemap; robots.txt allows indexing,
  and search engines find the pages by following links.
To have previews, a sitemap and canonical links, rebuild with SITE_URL (step 2).`,
  };
}
