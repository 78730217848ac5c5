import { z } from 'astro/zod';

/** A term explained in the glossary, and marked on first use with `<Term>`. */
export const glossarySchema = z.strictObject({
  /** Key and page anchor: `"acr20"` gives `/glossary/#acr20`. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'Use lower-case letters, digits and hyphens only, e.g. "il-1".' }),
  /** The term as it is written in a sentence: `"ACR20"`. */
  term: z.string().min(1),
  /**
   * Other words people use for it, including brand names, abbreviations and lay words:
   * `["Kineret"]`, `["MTX", "Trexall"]`. Search indexes these so either word finds the term.
   */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Common misspellings (`"methotrexat"`, `"anakinara"`). Search only: never shown, so a
   * reader who types one still finds the page. Pagefind has no typo tolerance of its own.
   */
  misspellings: z.array(z.string().min(1)).default([]),
  /** One plain sentence, shown where the term is first used. Keep it under 25 words. */
  short: z
    .string()
    .min(1)
    .refine((s) => s.split(/\s+/).length <= 25, { error: 'Keep "short" to 25 words or fewer; put the rest in "long".' }),
  /** A fuller plain explanation for the glossary page. */
  long: z.string().min(1),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
