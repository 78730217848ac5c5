/**
 * Site-wide settings kept in one place. A hospital or charity hosting its own copy changes
 * this file only: its name, contacts, the clinician who reviewed the pages, its address.
 * Every care card, the footer and the "About" page read from here, so a phone number is
 * never typed into a page.
 */

import { locales, type Lang } from './lib/languages.ts';

/**
 * Words a reader sees, in every language of the guide: `{ en: "…", es: "…" }`. The type asks
 * for each language, so a copy cannot show English on a Spanish page by leaving one out.
 */
export type Words = Record<Lang, string>;

/** A way to reach someone: what to call them, and how (a number, or where to look it up). */
export interface Contact<Text = Words> {
  /** Who, as a reader would say it: "your rheumatology team". */
  name: Text;
  /** How: a phone number, or honest words for any reader ("the number on your clinic letter"). */
  how: Text;
  /** A `tel:` number (digits and +), only when `how` is a single real number. */
  tel?: string;
}

/** A named clinician who checked the pages against their sources, with credentials. */
export interface Reviewer<Text = Words> {
  name: string;
  /** Role and registration as a reader can check it: "Consultant rheumatologist, GMC 1234567". */
  credentials: Text;
  /** Where they work. */
  organisation?: string;
}

export interface SiteConfig<Text = Words> {
  /** Shown in the header, the `<title>` and citations. */
  name: Text;
  shortName: Text;
  /** Who writes and checks the pages (shown on every page and in citations). */
  author: Text;
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
    emergency: Contact<Text>;
    /** Needs advice today: signs of infection, a possible overdose. */
    urgent: Contact<Text>;
    /** The team that prescribes and monitors the medicines. */
    careTeam: Contact<Text>;
  };
  /**
   * The clinician who reviewed this copy, or null. Never invent one: until a host names a
   * real reviewer, every page says that no named clinician has reviewed this copy.
   */
  reviewer: Reviewer<Text> | null;
  /** The host's postal address, shown in the footer when set. */
  address: string | null;
}

export const site: SiteConfig = {
  name: {
    en: 'Anakinra with methotrexate: a guide for rheumatoid arthritis',
    es: 'Anakinra con metotrexato: una guía para la artritis reumatoide',
  },
  shortName: { en: 'Anakinra + methotrexate guide', es: 'Guía de anakinra + metotrexato' },
  author: { en: "The guide's editorial team", es: 'El equipo editorial de la guía' },
  contactEmail: null,
  contacts: {
    emergency: {
      name: { en: 'your local emergency number', es: 'el número de emergencias de su país' },
      how: { en: '999 in the UK, 911 in the US, 112 in the EU', es: '999 en el Reino Unido, 911 en EE. UU., 112 en la Unión Europea' },
    },
    urgent: {
      name: { en: 'an urgent advice line or out-of-hours doctor', es: 'una línea de consulta urgente o un médico de guardia' },
      how: { en: 'in the UK call 111; elsewhere, the number your care team gave you', es: 'en el Reino Unido llame al 111; en otros países, al número que le dio su equipo de atención' },
    },
    careTeam: {
      name: { en: 'your rheumatology team', es: 'su equipo de reumatología' },
      how: { en: 'use the phone number on your clinic letter or medicine record', es: 'use el teléfono que aparece en su carta de la clínica o en su registro de medicamentos' },
    },
  },
  reviewer: null,
  address: null,
};

/** The settings with every reader-facing text in one language, as pages use them. */
export interface LocalSite extends SiteConfig<string> {
  /** The language's BCP 47 tag, for `<html lang>` and dates ("en-GB", "es"). */
  lang: string;
}

/** `site` in one language: `siteIn("es").contacts.careTeam.name` is "su equipo de reumatología". */
export function siteIn(lang: Lang): LocalSite {
  const pick = (words: Words) => words[lang];
  const contact = (c: Contact): Contact<string> => ({ name: pick(c.name), how: pick(c.how), ...(c.tel ? { tel: c.tel } : {}) });
  return {
    ...site,
    lang: locales[lang],
    name: pick(site.name),
    shortName: pick(site.shortName),
    author: pick(site.author),
    contacts: { emergency: contact(site.contacts.emergency), urgent: contact(site.contacts.urgent), careTeam: contact(site.contacts.careTeam) },
    reviewer: site.reviewer && { ...site.reviewer, credentials: pick(site.reviewer.credentials) },
  };
}

/** A contact and a reviewer in one language, as the dictionary's sentences take them. */
export type LocalContact = Contact<string>;
export type LocalReviewer = Reviewer<string>;
