/**
 * The A–Z list on the search page: every page and every glossary term, by first letter.
 * It is what a reader without JavaScript gets instead of search, and a way to browse.
 */
export interface AToZEntry {
  label: string;
  href: string;
  /** "page" for a guide page, "term" for a glossary entry. */
  kind: 'page' | 'term';
}

export interface AToZGroup {
  letter: string;
  entries: AToZEntry[];
}

/**
 * Groups entries by their first letter (digits and symbols under "#"), each group sorted in
 * the language's order. An accent does not make a letter of its own ("Ácido" is under A),
 * but a letter the language has is kept (Spanish "Ñ").
 */
export function aToZ(entries: readonly AToZEntry[], locale: string): AToZGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const groups = new Map<string, AToZEntry[]>();
  for (const entry of [...entries].sort((a, b) => collator.compare(a.label, b.label))) {
    const first = entry.label.trim().charAt(0).toLocaleUpperCase(locale);
    const bare = first === 'Ñ' ? first : first.normalize('NFD').replace(/\p{M}/gu, '');
    const letter = /\p{L}/u.test(bare) ? bare : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, list]) => ({ letter, entries: list })).sort((a, b) => collator.compare(a.letter, b.letter));
}
