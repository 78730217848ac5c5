/**
 * `/og/<page id>.png`: each guide page's link-preview image, generated at build time. Only
 * a build for one address (SITE_URL) has link previews, so only it draws them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ogImagePng } from '../../build/og-image.ts';
import { audienceLabels } from '../../lib/taxonomy.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () =>
  import.meta.env.SITE ? (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'pages'> }> = async ({ props }) => {
  const { data } = props.entry;
  const png = await ogImagePng({
    title: data.title,
    siteName: site.shortName,
    footer: `Plain-language guide · for ${audienceLabels[data.audience].toLowerCase()}`,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
