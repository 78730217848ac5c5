/**
 * The 404 page turns the address that was not found into search words, so a reader who
 * followed an old or mistyped link (/anakinra-dose/) is offered a search for "anakinra dose".
 * Pure: the page's script (src/client/not-found.ts) passes location.pathname and the base.
 * Kept small: it ships on the 404 page, inside the 4 KB JavaScript budget.
 */

/**
 * "/ra-guide/anakinra-dose/" with base "/ra-guide/" → "anakinra dose". Strips the base
 * (which ends in "/", as import.meta.env.BASE_URL does), splits at anything that is not a
 * letter or digit, drops "index", "html", numbers-only parts such as "404" and parts over
 * 30 characters (hashes, ids), keeps 6 words, and lower-cases.
 * Returns "" when nothing readable is left.
 */
export function searchWordsFromPath(pathname: string, base: string): string {
  let path = pathname.startsWith(base) ? pathname.slice(base.length) : '';
  try {
    path = decodeURIComponent(path);
  } catch {
    // A broken %-escape: keep the raw text, the words around it still help.
  }
  return path
    .split(/[^\p{L}\p{N}]+/u)
    // `\d*` also drops the empty parts around separators.
    .filter((w) => w.length <= 30 && !/^(\d*|index|html?)$/i.test(w))
    .slice(0, 6)
    .join(' ')
    .toLowerCase();
}
