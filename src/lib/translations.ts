import { AstroError } from 'astro/errors';
/**
 * Putting another language's words on the English data. A translation file
 * (`content/i18n/<lang>/*.json`) holds only words, by the English ids; the numbers are read
 * from the English entry. Every entry, arm and note must be translated: a gap fails the
 * build naming the file, the entry and the field, and is never filled with English.
 */

interface Entry {
  id: string;
}

/** The translation of each English entry, failing on a missing or an extra id. */
export function pairUp<E extends Entry, T extends Entry>(english: readonly E[], texts: readonly T[], file: string): Map<string, T> {
  const byId = new Map(texts.map((t) => [t.id, t]));
  const missing = english.filter((e) => !byId.has(e.id)).map((e) => e.id);
  if (missing.length > 0) {
    throw new AstroError(`${file}: no translation for ${missing.map((id) => `"${id}"`).join(', ')}.`, `Add an entry with that "id" and every text field of the English entry.`);
  }
  const extra = texts.filter((t) => !english.some((e) => e.id === t.id)).map((t) => t.id);
  if (extra.length > 0) {
    throw new AstroError(`${file}: ${extra.map((id) => `"${id}"`).join(', ')} is not an id in the English file.`, 'Use the ids of the English file, or remove the entry.');
  }
  return byId;
}

/** The fields of a trial a translation replaces; the rest (every number) stays English. */
export interface TranslatableTrial {
  id: string;
  shortName: string;
  population: string;
  notReported: string[];
  arms: { id: string; label: string; shortLabel: string; dose: string }[];
  outcomes: { id: string; note?: string | undefined }[];
}

export interface TrialWords {
  id: string;
  shortName: string;
  population: string;
  notReported: string[];
  arms: { id: string; label: string; shortLabel: string; dose: string }[];
  outcomes: { id: string; note: string }[];
}

/** A trial with its words in another language, or an error naming what is missing. */
export function translateTrial<T extends TranslatableTrial>(trial: T, words: TrialWords, file: string): T {
  const where = `${file}, trial "${trial.id}"`;
  if (words.notReported.length !== trial.notReported.length) {
    throw new AstroError(`${where}, "notReported": ${words.notReported.length} sentences, but the English has ${trial.notReported.length}.`, 'Translate each English sentence once, in the same order.');
  }
  const arms = pairUp(trial.arms, words.arms, `${where}, "arms"`);
  const withNotes = trial.outcomes.filter((o) => o.note !== undefined);
  const notes = pairUp(withNotes, words.outcomes, `${where}, "outcomes" (only those with a "note" in English)`);
  return {
    ...trial,
    shortName: words.shortName,
    population: words.population,
    notReported: words.notReported,
    arms: trial.arms.map((arm) => {
      const text = arms.get(arm.id)!;
      return { ...arm, label: text.label, shortLabel: text.shortLabel, dose: text.dose };
    }),
    outcomes: trial.outcomes.map((o) => (o.note === undefined ? o : { ...o, note: notes.get(o.id)!.note })),
  };
}
