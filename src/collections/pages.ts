import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { languages, langOfPageId, pageIdIn, type Lang } from '../lib/languages.ts';

/**
 * The guide's pages in reading order, as the contents list shows them: the one order that
 * the contents list and the previous/next links both read.
 */
export async function pagesInOrder(lang: Lang): Promise<CollectionEntry<'pages'>[]> {
  return (await pagesIn(lang)).filter((p) => p.data.inContents).sort((a, b) => a.data.order - b.data.order);
}

/** Every page of one language's edition. */
export async function pagesIn(lang: Lang): Promise<CollectionEntry<'pages'>[]> {
  return getCollection('pages', (p) => langOfPageId(p.id) === lang);
}

/** A page by id, failing the build with the valid ids when it does not exist. */
export async function pageById(id: string, where: string): Promise<CollectionEntry<'pages'>> {
  const pages = await getCollection('pages');
  const found = pages.find((p) => p.id === id);
  if (found) return found;
  throw new AstroError(`${where}: "${id}" is not a page. Valid pages: ${pages.map((p) => `"${p.id}"`).join(', ')}.`, 'Use a page id: the file name in content/pages without .mdx.');
}

/**
 * The editions of a page, one per language that has it: the Spanish twin of "anakinra" is
 * "es/anakinra". An id that is not a guide page (the search page) exists in every language.
 */
export async function editionsOf(id: string): Promise<{ lang: Lang; id: string }[]> {
  const ids = new Set((await getCollection('pages')).map((p) => p.id));
  const isGuidePage = ids.has(id);
  return languages.map((lang) => ({ lang, id: pageIdIn(id, lang) })).filter((edition) => !isGuidePage || ids.has(edition.id));
}
