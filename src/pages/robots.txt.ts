/** `/robots.txt`: everything may be indexed; the sitemap's full address comes from SITE_URL. */
import { AstroError } from 'astro/errors';
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new AstroError('astro.config.mjs must set `site` (from SITE_URL).', 'Keep the `site` line in astro.config.mjs; set SITE_URL to the address readers use.');
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
