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

/** Groups entries by their first letter (digits and symbols under "#"), each group sorted. */
export function aToZ(entries: readonly AToZEntry[]): AToZGroup[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const groups = new Map<string, AToZEntry[]>();
  for (const entry of [...entries].sort((a, b) => collator.compare(a.label, b.label))) {
    const first = entry.label.trim().charAt(0).toLocaleUpperCase('en');
    const letter = /\p{L}/u.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, list]) => ({ letter, entries: list })).sort((a, b) => collator.compare(a.letter, b.letter));
}
