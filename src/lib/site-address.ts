import { AstroError } from 'astro/errors';

/**
 * Whether this build knows the address readers will use. A hospital often unpacks the zip
 * onto its own server without rebuilding, so a copy built without SITE_URL must never name
 * an address: no canonical link, no link previews, no sitemap, and printouts take the
 * address from the page the reader opened (src/client/reader-address.ts).
 */

/**
 * Top-level domains reserved for examples and tests (RFC 2606): an address on one of them
 * reaches nothing, so a SITE_URL naming one is treated as no address at all.
 */
export const placeholderDomain = /(?:^|\.)(?:example|invalid|test)$/i;

/** `canonical`: built for `origin` ("https://guide.hospital.org", no trailing slash). `anywhere`: no address known. */
export type SiteAddress = { kind: 'canonical'; origin: string } | { kind: 'anywhere'; reason: 'unset' | 'placeholder' };

/**
 * Decides the site's public address from SITE_URL. Unset or empty: a copy that works
 * anywhere. A reserved top-level domain (*.example, *.invalid, *.test): the same, because
 * a QR code to it would reach nothing. A path in SITE_URL is a mistake (the folder is
 * BASE_PATH), and so is anything that is not an http(s) address: both throw, with the fix.
 */
export function decideSiteAddress(raw: string | undefined): SiteAddress {
  const value = raw?.trim() ?? '';
  if (value === '') return { kind: 'anywhere', reason: 'unset' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AstroError(`SITE_URL="${value}" is not a web address.`, 'Set SITE_URL to the address readers use, such as https://guide.hospital.org, or leave it unset for a copy that works anywhere.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AstroError(`SITE_URL="${value}" is not an http(s) address.`, 'Set SITE_URL to the address readers use, starting with https://, such as https://guide.hospital.org.');
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new AstroError(
      `SITE_URL="${value}" has a path, and the folder the site lives in is BASE_PATH's to say.`,
      `Set SITE_URL=${url.origin} BASE_PATH=${url.pathname.replace(/\/?$/, '/')}`,
    );
  }
  if (placeholderDomain.test(url.hostname)) return { kind: 'anywhere', reason: 'placeholder' };
  return { kind: 'canonical', origin: url.origin };
}

/** What the build log says when it makes a copy that works anywhere; said once, plainly. */
export function anywhereNotice(address: SiteAddress): string | undefined {
  if (address.kind === 'canonical') return undefined;
  const why = address.reason === 'unset' ? 'SITE_URL is not set' : 'SITE_URL names a placeholder domain, which reaches nothing';
  return `${why}: building a copy that works at any address. No canonical links, link previews or sitemap; printouts show the address the reader opened. To build for one address, set SITE_URL (e.g. SITE_URL=https://guide.hospital.org).`;
}
