/**
 * Page URLs. Every internal link goes through here so a build under a subpath
 * (BASE_PATH=/ra-guide/) gets the same links with the prefix.
 */

/** `base` always ends in "/"; `id` is a page id from `content/pages` ("index" is the home page). */
export function pageHref(base: string, id: string, hash?: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = id === 'index' ? root : `${root}${id}/`;
  return hash ? `${path}#${hash}` : path;
}

/** The current BASE_URL of the build. */
export function href(id: string, hash?: string): string {
  return pageHref(import.meta.env.BASE_URL, id, hash);
}
