/**
 * The guide's languages and how a page's id says which one it is in. English pages live in
 * `content/pages/*.mdx` (ids "anakinra", "index"); every other language in a folder named by
 * its code, `content/pages/es/*.mdx` (ids "es/anakinra", and "es" for its home page), so the
 * address of a page in another language is the English address with "/es" in front.
 */
export const languages = ['en', 'es'] as const;
export type Lang = (typeof languages)[number];
/** The language with no prefix in addresses, and the one the data files are written in. */
export const defaultLang = 'en' satisfies Lang;

/**
 * Each language's BCP 47 tag: the pages' `<html lang>` (Pagefind builds one search index per
 * value) and the locale dates and numbers are written in (`Intl`: "1,8 %" in Spanish).
 */
export const locales: Record<Lang, string> = { en: 'en-GB', es: 'es' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** "es/anakinra" → "es"; "es" → "es"; "anakinra" → "en". */
export function langOfPageId(id: string): Lang {
  const first = id.split('/')[0];
  return isLang(first) && first !== defaultLang ? first : defaultLang;
}

/** "es/anakinra" → "anakinra"; "es" → "index"; "anakinra" → "anakinra". The id shared by a page's editions. */
export function basePageId(id: string): string {
  const lang = langOfPageId(id);
  if (lang === defaultLang) return id;
  const rest = id.slice(lang.length + 1);
  return rest === '' ? 'index' : rest;
}

/** The id of a page's edition in `lang`: ("anakinra", "es") → "es/anakinra"; ("index", "es") → "es". */
export function pageIdIn(id: string, lang: Lang): string {
  const base = basePageId(id);
  if (lang === defaultLang) return base;
  return base === 'index' ? lang : `${lang}/${base}`;
}

/**
 * The language of an address path below the site's base: "/ra-guide/es/anakinra/" with base
 * "/ra-guide/" → "es". Used where there is no page id (the search page, components).
 */
export function langOfPath(pathname: string, base: string): Lang {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return langOfPageId(rest.replace(/\/$/, ''));
}

/** The file a page id comes from, for error messages: "es" → "content/pages/es/index.mdx". */
export function pageFile(id: string): string {
  const lang = langOfPageId(id);
  const file = lang !== defaultLang && basePageId(id) === 'index' ? `${id}/index` : id;
  return `content/pages/${file}.mdx`;
}
