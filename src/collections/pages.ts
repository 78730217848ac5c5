import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';

/**
 * The guide's pages in reading order, as the contents list shows them: the one order that
 * the contents list and the previous/next links both read.
 */
export async function pagesInOrder(): Promise<CollectionEntry<'pages'>[]> {
  return (await getCollection('pages', (p) => p.data.inContents)).sort((a, b) => a.data.order - b.data.order);
}

/** A page by id, failing the build with the valid ids when it does not exist. */
export async function pageById(id: string, where: string): Promise<CollectionEntry<'pages'>> {
  const pages = await getCollection('pages');
  const found = pages.find((p) => p.id === id);
  if (found) return found;
  throw new AstroError(`${where}: "${id}" is not a page. Valid pages: ${pages.map((p) => `"${p.id}"`).join(', ')}.`, 'Use a page id: the file name in content/pages without .mdx.');
}
