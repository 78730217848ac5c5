/**
 * The dictionaries by language, and how a component finds the one for the page it is on.
 * A component never imports `en.ts` directly: it calls `useUi(Astro)`, so the same component
 * speaks Spanish on /es/ pages. The page's language comes from its address (Astro's i18n
 * routing sets `Astro.currentLocale`), so nothing has to pass it down by hand.
 */
import { defaultLang, isLang, pageIdIn, type Lang } from '../lib/languages.ts';
import { href } from '../lib/urls.ts';
import { siteIn, type LocalSite } from '../site.config.ts';
import { en, type UiText } from './en.ts';
import { es } from './es.ts';

export type { Lang, UiText };

/** Each language's dictionary and the facts about the language the page frame needs. */
export const dictionaries: Record<Lang, UiText> = { en, es };

/** The language's own name, for the language switch ("Español" on an English page). */
export const languageName: Record<Lang, string> = { en: 'English', es: 'Español' };

/** What a component needs to know about where it is rendered. */
interface Rendering {
  currentLocale: string | undefined;
}

/** The language of the page being rendered (English when rendered outside a page, as in tests). */
export function langOf(astro: Rendering): Lang {
  return isLang(astro.currentLocale) ? astro.currentLocale : defaultLang;
}

/** The interface words for the page being rendered. */
export function useUi(astro: Rendering): UiText {
  return dictionaries[langOf(astro)];
}

/** The site settings (names, contacts) in the language of the page being rendered. */
export function useSite(astro: Rendering): LocalSite {
  return siteIn(langOf(astro));
}

/**
 * Links to pages in the language of the page being rendered: `href("glossary", "acr20")` is
 * /glossary/#acr20 on an English page and /es/glossary/#acr20 on a Spanish one. (A link to
 * the other language, as the language switch makes, uses `href` from src/lib/urls.ts.)
 */
export function useHref(astro: Rendering): (id: string, hash?: string) => string {
  const lang = langOf(astro);
  return (id, hash) => href(pageIdIn(id, lang), hash);
}
