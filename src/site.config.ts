/**
 * Site-wide settings kept in one place. Hosts who publish their own copy change these.
 */
export const site = {
  /** Shown in the header, the `<title>` and citations. */
  name: 'Anakinra with methotrexate: a guide for rheumatoid arthritis',
  shortName: 'Anakinra + methotrexate guide',
  /** `lang` of every page. */
  lang: 'en-GB',
  /** Who writes and checks the pages (shown on every page and in citations). */
  author: 'The guide\'s editorial team',
  /** Where readers report a mistake. */
  contactEmail: 'corrections@anakinra-guide.example',
} as const;
