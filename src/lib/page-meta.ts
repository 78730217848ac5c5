/**
 * What a page says about itself to other software: the NLM citation people copy, and the
 * schema.org `MedicalWebPage` record search engines read. Pure, so both are unit-tested.
 */

/**
 * The words of an NLM citation in one language (each dictionary's `citeThisPage.nlm`):
 * Citing Medicine's English, or the Spanish of the Vancouver style ("En:", "citado",
 * "Disponible en:"), with the month abbreviations dates use.
 */
export interface CitationWords {
  in: string;
  internet: string;
  reviewed: string;
  cited: string;
  availableFrom: string;
  /** January first: "Jan" … "Dec"; "ene" … "dic". */
  months: readonly string[];
}

/** A date as NLM writes it: "2026 Nov 22" (UTC, as content dates are plain dates); "2026 nov 22" in Spanish. */
export function nlmDate(date: Date, months: readonly string[]): string {
  return `${date.getUTCFullYear()} ${months[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

/** An ISO calendar date, "2026-11-22". */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export interface CitationInput {
  /** Who wrote and checks the page (an organisation is fine). */
  author: string;
  title: string;
  siteName: string;
  /** The page's full address. */
  url: string;
  lastReviewed: Date;
}

/**
 * The page as an NLM (Citing Medicine) reference to part of a website, without the cited
 * date, which is the day the reader reads it:
 * `Author. Title. In: Site [Internet]. [reviewed 2026 Nov 22; cited <date>]. Available from: URL`.
 * Returns the parts before and after the cited date, so the page can put today's date between.
 */
export function nlmCitation(c: CitationInput, w: CitationWords): { before: string; after: string } {
  const end = /[.?!]$/;
  const title = end.test(c.title) ? c.title : `${c.title}.`;
  const author = end.test(c.author) ? c.author : `${c.author}.`;
  return {
    before: `${author} ${title} ${w.in}: ${c.siteName} [${w.internet}]. [${w.reviewed} ${nlmDate(c.lastReviewed, w.months)}; ${w.cited} `,
    after: `]. ${w.availableFrom}: ${c.url}`,
  };
}

export interface MedicalPageInput {
  title: string;
  description: string;
  /** The page's, the site's and the preview image's full addresses: only in a build for one address (SITE_URL). */
  url?: string | undefined;
  siteName: string;
  siteUrl?: string | undefined;
  language: string;
  /** The named clinician who reviewed the page, or undefined: then no `reviewedBy` is claimed. */
  reviewedBy?: { name: string; credentials: string } | undefined;
  /** Who wrote it (an organisation). */
  author: string;
  lastReviewed: Date;
  audience: 'patients' | 'clinicians' | 'researchers';
  image?: string | undefined;
}

/** The medicines every page is about (schema.org `Drug`). */
export const pageDrugs = [
  { '@type': 'Drug', name: 'anakinra', alternateName: 'Kineret', nonProprietaryName: 'anakinra' },
  { '@type': 'Drug', name: 'methotrexate', nonProprietaryName: 'methotrexate' },
] as const;

/**
 * schema.org `MedicalWebPage` JSON-LD for a guide page. A copy built to work anywhere knows
 * no address, so it names none rather than a wrong one.
 */
export function medicalWebPage(p: MedicalPageInput): Record<string, unknown> {
  const audience =
    p.audience === 'patients'
      ? { '@type': 'MedicalAudience', audienceType: 'Patient' }
      : p.audience === 'clinicians'
        ? { '@type': 'MedicalAudience', audienceType: 'Clinician' }
        : { '@type': 'MedicalAudience', audienceType: 'MedicalResearcher' };
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: p.title,
    headline: p.title,
    description: p.description,
    ...(p.url ? { url: p.url } : {}),
    inLanguage: p.language,
    ...(p.image ? { image: p.image } : {}),
    lastReviewed: isoDate(p.lastReviewed),
    author: { '@type': 'Organization', name: p.author },
    ...(p.reviewedBy ? { reviewedBy: { '@type': 'Person', name: p.reviewedBy.name, jobTitle: p.reviewedBy.credentials } } : {}),
    audience,
    about: [...pageDrugs, { '@type': 'MedicalCondition', name: 'rheumatoid arthritis' }],
    isPartOf: { '@type': 'WebSite', name: p.siteName, ...(p.siteUrl ? { url: p.siteUrl } : {}) },
  };
}
