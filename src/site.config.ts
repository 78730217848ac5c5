/**
 * Site-wide settings kept in one place. A hospital or charity hosting its own copy changes
 * this file only: its name, contacts, the clinician who reviewed the pages, its address.
 * Every care card, the footer and the "About" page read from here, so a phone number is
 * never typed into a page.
 */

/** A way to reach someone: what to call them, and how (a number, or where to look it up). */
export interface Contact {
  /** Who, as a reader would say it: "your rheumatology team". */
  name: string;
  /** How: a phone number, or honest words for any reader ("the number on your clinic letter"). */
  how: string;
  /** A `tel:` number (digits and +), only when `how` is a single real number. */
  tel?: string;
}

/** A named clinician who checked the pages against their sources, with credentials. */
export interface Reviewer {
  name: string;
  /** Role and registration as a reader can check it: "Consultant rheumatologist, GMC 1234567". */
  credentials: string;
  /** Where they work. */
  organisation?: string;
}

export interface SiteConfig {
  /** Shown in the header, the `<title>` and citations. */
  name: string;
  shortName: string;
  /** `lang` of every page. */
  lang: string;
  /** Who writes and checks the pages (shown on every page and in citations). */
  author: string;
  /**
   * Where readers report a mistake: a real address the host reads, or null. Never a
   * placeholder: until a host sets one, the About page asks readers to tell whoever gave
   * them the guide, with no e-mail link.
   */
  contactEmail: string | null;
  /**
   * Whom to contact, by urgency, shown in every care card. The defaults are honest for any
   * reader anywhere; a hospital puts its own numbers here.
   */
  contacts: {
    /** Life-threatening: swelling of the throat, cannot breathe. */
    emergency: Contact;
    /** Needs advice today: signs of infection, a possible overdose. */
    urgent: Contact;
    /** The team that prescribes and monitors the medicines. */
    careTeam: Contact;
  };
  /**
   * The clinician who reviewed this copy, or null. Never invent one: until a host names a
   * real reviewer, every page says that no named clinician has reviewed this copy.
   */
  reviewer: Reviewer | null;
  /** The host's postal address, shown in the footer when set. */
  address: string | null;
}

export const site: SiteConfig = {
  name: 'Anakinra with methotrexate: a guide for rheumatoid arthritis',
  shortName: 'Anakinra + methotrexate guide',
  lang: 'en-GB',
  author: "The guide's editorial team",
  contactEmail: null,
  contacts: {
    emergency: {
      name: 'your local emergency number',
      how: '999 in the UK, 911 in the US, 112 in the EU',
    },
    urgent: {
      name: 'an urgent advice line or out-of-hours doctor',
      how: 'in the UK call 111; elsewhere, the number your care team gave you',
    },
    careTeam: {
      name: 'your rheumatology team',
      how: 'use the phone number on your clinic letter or medicine record',
    },
  },
  reviewer: null,
  address: null,
};
