/**
 * `/og/<page id>.png`: each guide page's link-preview image, generated at build time. Only
 * a build for one address (SITE_URL) has link previews, so only it draws them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ogImagePng } from '../../build/og-image.ts';
import { dictionaries } from '../../i18n/index.ts';
import { langOfPageId } from '../../lib/languages.ts';
import { siteIn } from '../../site.config.ts';

export const getStaticPaths = (async () =>
  import.meta.env.SITE ? (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'pages'> }> = async ({ props }) => {
  const { data, id } = props.entry;
  // The image speaks the page's language: a Spanish page's preview is in Spanish.
  const lang = langOfPageId(id);
  const ui = dictionaries[lang];
  const png = await ogImagePng({
    title: data.title,
    siteName: siteIn(lang).shortName,
    footer: ui.ogFooter(ui.taxonomy.audience[data.audience]),
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
