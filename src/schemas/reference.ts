import { z } from 'astro/zod';

const id = z
  .string()
  .regex(/^[a-z0-9-]+$/, { error: 'Use lower-case letters, digits and hyphens only, e.g. "cohen-2004".' });

/** Fields every source has. */
const common = {
  /** Short unique key used by trials and pages, e.g. `"cohen-2004"`. */
  id,
  /** Authors as printed in a citation: `"Cohen SB, Moreland LW, Cush JJ, et al."`. */
  authors: z.string().min(1),
  /** Full title, without a trailing full stop. */
  title: z.string().min(1),
  /** A web address for the source, when one was checked. Optional. */
  url: z.url({ protocol: /^https$/, error: 'Use a full https:// address.' }).optional(),
};

/**
 * A journal article. PubMed ID is required because every article in the fact base was
 * checked through PubMed; DOI and PMCID are optional because some were not verified and
 * a guessed DOI is worse than none.
 */
const article = z
  .strictObject({
  ...common,
  type: z.literal('article'),
  /** Publication year. */
  year: z.number().int().min(1900).max(2100),
  /** Journal abbreviation as in PubMed: `"Ann Rheum Dis"`. */
  journal: z.string().min(1),
  /** Volume number, as printed. */
  volume: z.string().regex(/^\d+$/, { error: 'Write the volume as digits in quotes, e.g. "63".' }),
  /** Issue number, as printed. Optional: some journals have none. */
  issue: z.string().min(1).optional(),
  /** Page range, as printed: `"1062-1068"`. */
  pages: z.string().regex(/^[A-Za-z]?\d+(-[A-Za-z]?\d+)?$/, { error: 'Write pages as "614-624".' }),
  /** PubMed ID, digits only. Give a PubMed ID, a DOI or both, and only ones you checked. */
  pmid: z.string().regex(/^\d{6,9}$/, { error: 'A PubMed ID is 6 to 9 digits, e.g. "15082469".' }).optional(),
  /** DOI without the `https://doi.org/` prefix: `"10.1136/ard.2003.016014"`. */
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, { error: 'A DOI starts with "10." and has no https://doi.org/ prefix.' }).optional(),
  /** PubMed Central ID: `"PMC1755108"`. */
  pmcid: z.string().regex(/^PMC\d+$/, { error: 'A PMCID looks like "PMC1755108".' }).optional(),
  })
  .refine((a) => a.pmid !== undefined || a.doi !== undefined, {
    path: ['pmid'],
    error: 'An article needs "pmid" or "doi" (or both) so readers can find it. Fix: add the checked PubMed ID or DOI.',
  });

/**
 * A drug label, guideline, safety notice, or patient information page (NHS, a charity, a
 * maker's leaflet): cited by publisher and year.
 */
const document = z.strictObject({
  ...common,
  type: z.enum(['label', 'guideline', 'notice', 'patient-information']),
  /** Who published it: `"US Food and Drug Administration"`. */
  publisher: z.string().min(1),
  /** Year of the version cited. Omit for a label that is revised over time ("current version"). */
  year: z.number().int().min(1900).max(2100).optional(),
});

/** A source cited on the site. Numbered per page in the order a page lists them. */
export const referenceSchema = z.discriminatedUnion('type', [article, document], {
  error: 'Field "type" must be "article", "label", "guideline", "notice" or "patient-information".',
});

export type Reference = z.infer<typeof referenceSchema>;
