/**
 * `/robots.txt`: everything may be indexed. Built for one address (SITE_URL), it names the
 * sitemap's full address; a copy built to work anywhere has no sitemap, so no line for one.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site && `\nSitemap: ${new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site).href}\n`;
  return new Response(`User-agent: *\nAllow: /\n${sitemap ?? ''}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
