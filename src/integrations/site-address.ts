import type { AstroIntegration } from 'astro';
import { anywhereNotice, type SiteAddress } from '../lib/site-address.ts';

/**
 * Says once, at the start of a build, when the copy is built without an address (no
 * SITE_URL), and what that leaves out, so a host who meant to set it notices. Nothing is
 * said by `astro dev`, `astro check` or the tests that load the config.
 */
export function siteAddress(address: SiteAddress): AstroIntegration {
  return {
    name: 'guide:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const notice = anywhereNotice(address);
        if (notice) logger.warn(notice);
      },
    },
  };
}
