/**
 * Interface text: the words the page frame and components say, in one place, so a second
 * language is one more file of the same shape and no component hard-codes a sentence.
 * (Medical content lives in content/; this is only the interface.)
 *
 * A translation is `export const es: UiText = { … }` in `src/i18n/es.ts`: the type makes it
 * name every key below, with the same function arguments. Sentences that hold a value are
 * functions, so a language can put the value where its word order needs it.
 *
 * Browser scripts never import this file (it would cost every page's JavaScript budget):
 * the component renders the few words a script needs into `data-*` attributes, and the
 * script reads them there (see `pageTools` and `search.devOnly`).
 */
import type { Audience, Topic } from '../lib/taxonomy.ts';
import type { CitationWords } from '../lib/page-meta.ts';
import type { InfleszGrade } from '../lib/spanish-readability.ts';
import type { NumberWords } from '../lib/wording.ts';
import type { LocalContact as Contact, LocalReviewer as Reviewer } from '../site.config.ts';

/**
 * How English says numbers and results (the sentence builders in src/lib take this).
 * Read aloud, every result sentence must still name the group, the measure and the time.
 */
/** Words before a contact, and the contact whose number (or way to reach) follows them. */
type ContactLine = readonly [words: string, contact: Contact];

const numbers: NumberWords = {
  locale: 'en-GB',
  notReported: 'not reported',
  outOf: (people, of) => `${people} out of ${of}`,
  aboutOutOf: (people, of) => `about ${people} out of ${of}`,
  fewerThanOne: (of) => `fewer than 1 out of ${of}`,
  after: (weeks) => `after ${weeks === 1 ? '1 week' : `${weeks} weeks`}`,
  over: (weeks) => `over ${weeks === 1 ? '1 week' : `${weeks} weeks`}`,
  acrossTrials: 'across the trials',
  ratio: (ratio, written) => ({ 2: 'twice', 3: 'three times', 4: 'four times' } as Record<number, string>)[ratio] ?? `${written} times`,
  doseUnits: { 'mg/kg': 'mg per kg of body weight', mg: 'mg' },
  sameNumber: 'about the same number of people',
  moreOrFewer: (people, written, more, of) => `about ${written} ${more ? 'more' : 'fewer'} ${people === 1 ? 'person' : 'people'} out of ${of}`,
  measures: {
    ACR20: {
      name: 'ACR20',
      // Says what improved, since "20%" alone leaves a reader asking "of what?" (ACR20: at
      // least 20% fewer sore and swollen joints, and at least 20% better on 3 of 5 other checks).
      happened: 'improved by at least 20% (ACR20: fewer sore and swollen joints, and better on other checks)',
      more: 'improved',
    },
    ACR50: { name: 'ACR50', happened: 'improved by at least 50% (ACR50: a bigger fall in sore and swollen joints)', more: 'improved this much' },
    ACR70: { name: 'ACR70', happened: 'improved by at least 70% (ACR70: an even bigger fall in sore and swollen joints)', more: 'improved this much' },
    'injection-site-reaction': { name: 'Injection-site reaction', happened: 'had a reaction where they injected', more: 'had a skin reaction' },
    'withdrawal-injection-site-reaction': {
      name: 'Stopped because of injection-site reactions',
      happened: 'stopped treatment early because of injection-site reactions',
      more: 'stopped early',
    },
    'serious-infection': { name: 'Serious infection', happened: 'had a serious infection', more: 'had a serious infection' },
  },
  frequency: { 'very common': 'very common', common: 'common', uncommon: 'uncommon', rare: 'rare', 'very rare': 'very rare', 'not seen': 'not seen' },
  result: {
    main: (figure, percent, arm, happened, when) => `${figure} people${percent ? ` (${percent})` : ''} taking ${arm} ${happened} ${when}`,
    notReported: (arm, happened, when) => `The source did not report how many people taking ${arm} ${happened} ${when}.`,
    controlNotReported: (control) => `The source did not report a figure for people taking ${control}.`,
    comparedWith: (figure, control) => `, compared with ${figure} taking ${control}`,
    so: (difference, verb) => `So ${difference} ${verb}.`,
    same: (verb) => `So about the same number of people ${verb} in both groups.`,
  },
  dose: {
    noneReported: (measure, when) => `No dose had a reported ${measure} result ${when}.`,
    noneReportedShort: (when) => `No dose had a reported result ${when}.`,
    best: (dose, measure, when, figure) => `${dose} had the best reported ${measure} result ${when}: ${figure} people`,
    versusPlacebo: (figure) => `, compared with ${figure} on placebo`,
    higherNotBetter: (doses) => `The higher ${doses} dose did not do better.`,
    missing: (count) => `${count} ${count === 1 ? 'dose has' : 'doses have'} no reported figure.`,
    amongReported: 'Of the doses with a reported result, ',
    amongAll: 'Of all the doses, ',
    didBest: (dose, when, figure, verb) => `${dose} did best ${when}: ${figure} ${verb}`,
  },
};

export const en = {
  numbers,
  /** A page's audience and topic: search filters, the A–Z list and link previews. */
  taxonomy: {
    audience: { patients: 'Patients and families', clinicians: 'Clinicians', researchers: 'Researchers' } satisfies Record<Audience, string>,
    topic: {
      basics: 'The basics',
      medicines: 'The medicines',
      evidence: 'Trial results',
      safety: 'Side effects and safety',
      reference: 'Reference',
      research: 'Research',
      about: 'About this guide',
    } satisfies Record<Topic, string>,
  },
  /**
   * The language switch in the header: it leads to the same page in the other language,
   * named in that language ("Español"), with `lang` and `hreflang` set for screen readers.
   */
  language: {
    label: 'Language',
    /** On the one 404 page every language shares, in this language, to this language's home page. */
    home: 'This guide in English: go to the home page',
  },
  /** The glossary's own search results (src/build/search-records.ts). */
  searchRecord: {
    otherNames: (names: string) => `Other names: ${names}.`,
    spelled: (names: string) => `Sometimes spelled ${names}.`,
    title: (term: string) => `${term} (glossary)`,
  },
  /** The footer line of a page's link-preview image. */
  ogFooter: (audience: string) => `Plain-language guide · for ${audience.toLowerCase()}`,
  skipLink: 'Skip to main content',
  header: { search: 'Search', menu: 'Menu', contents: 'Pages in this guide' },

  /** The header search box (SiteSearch), its results panel (SearchPanel) and the /search/ page. */
  search: {
    label: 'Search the guide',
    placeholder: 'Search the guide',
    submit: 'Search',
    /**
     * Said under the box to screen readers. The sentences below with `{count}` and
     * `{query}` reach src/client/search-ui.ts as `data-*` attributes, filled in there.
     */
    hint: 'Results show as you type. Press the down arrow to move through them.',
    count: { one: '1 result for “{query}”', other: '{count} results for “{query}”' },
    /** Under the header box's results: opens /search/?q=… with every result and the filters. */
    allResults: 'All results, with filters, on the search page',
    more: 'Show more results',
    filters: { audience: 'Audience', topic: 'Topic' },
    /** Shown in `astro dev`, which has no search index; the command is shown as code. */
    devOnly: { before: 'Search works in the built site: run', command: 'npm start', after: '.' },
    empty: {
      nothing: 'Nothing in the guide matched those words.',
      tryThese: 'You could try:',
      tips: [
        'a shorter or simpler word, such as “injection”, “infection” or “side effects”',
        'another name for a medicine, such as “Kineret” for anakinra or “MTX” for methotrexate',
        'checking the spelling',
        'removing a filter, if you chose one',
      ],
      /** "You can also look the word up in [the glossary], or choose a page from [the list of pages]." */
      alsoBefore: 'You can also look the word up in',
      glossaryLink: 'the glossary',
      alsoBetween: ', or choose a page from',
      pagesLink: 'the list of pages',
      alsoAfter: '.',
    },
    page: {
      title: 'Search this guide',
      description: 'Type what you want to know, in your own words. You can also choose from every page and word in the guide, A to Z.',
      needsJs:
        'Search needs JavaScript, and it is turned off or not working in this browser. Every page and every word in the glossary is listed below, A to Z.',
      aToZ: 'Pages and words, A to Z',
      letter: (letter: string) => `Letter ${letter}`,
      /** After a glossary word in the A to Z list (a leading space separates it from the word). */
      inGlossary: ' (in the glossary)',
    },
  },

  /**
   * Share and Print under the page title, and what the status region announces. The last
   * three reach src/client/page-tools.ts as `data-*` attributes on the announcer.
   */
  pageTools: {
    share: 'Share this page',
    print: 'Print this page',
    copied: 'Link copied',
    sectionNotCopied: 'Could not copy. The address bar now has the link to this section.',
    /** `{url}` is replaced in the browser by the page's address. */
    pageNotCopied: 'Could not copy. The page address is {url}',
  },
  sectionLink: 'Link to this section',

  careCard: {
    'non-urgent': { label: 'Non-urgent advice', visible: 'Contact your care team' },
    urgent: { label: 'Urgent advice', visible: 'Get advice now' },
    emergency: { label: 'Immediate action required', visible: 'Get help now' },
    important: { label: 'Important', visible: 'Important' },
    /** The line under each card that says whom to contact and how. */
    how: {
      'non-urgent': (team: Contact): ContactLine => [`Contact ${team.name}:`, team],
      urgent: (team: Contact): ContactLine => [`Contact ${team.name} straight away:`, team],
      emergency: (emergency: Contact): ContactLine => [`Call ${emergency.name}`, emergency],
    },
    urgentFallback: (urgent: Contact): ContactLine => [`If they are closed, contact ${urgent.name}:`, urgent],
    emergencyAlso: 'or go to the nearest emergency department.',
  },
  keyFacts: { heading: 'Key facts' },
  nextSteps: { heading: 'What to do next' },
  forClinicians: (title: string) => `For clinicians: ${title}`,
  checklist: {
    saved: 'Your ticks are kept on this device only. They are never sent anywhere.',
  },
  pagination: { label: 'Previous and next page', previous: 'Previous', next: 'Next' },
  /** The colour control in the header menu; "system" follows the device's light or dark setting. */
  theme: { legend: 'Colours', system: 'Match my device', light: 'Light', dark: 'Dark' },

  /** Trial tables and pictures (ResultsTable, DoseResponse, DoseResponseChart, IconArray). */
  results: {
    /** A cell with no figure: a gap, never a guessed number. */
    notReported: 'Not reported',
    group: 'Group',
    percent: 'Percent',
    analysed: (people: number) => `${people} people analysed`,
    /** A p-value against the comparison group, e.g. "P < 0.001 vs placebo". */
    versus: (p: string, control: string) => `${p} vs ${control}`,
    trend: (measure: string, p: string) => `${measure}, trend across doses: ${p}`,
    /** Before the numbered link to the trial's reference. */
    source: (trial: string) => `Source: ${trial}`,
  },
  doseResponse: {
    caption: (trial: string, measure: string, when: string) => `${trial}: ${measure} ${when}, by daily dose of anakinra`,
    doseHeader: 'Daily dose (everyone also took methotrexate)',
    placeboRow: 'Placebo (no anakinra)',
    notReportedNote: '"Not reported" means the source we checked gives no figure for that dose, so we show none.',
  },
  doseChart: {
    placebo: 'Placebo',
    /** Beside the short dashed stub drawn for a dose with no figure. */
    notReported: 'not reported',
    description: (trial: string, measure: string, when: string) =>
      `Bar chart: percent of people in each group of the ${trial} who reached ${measure} ${when}, by daily dose of anakinra, from 0 to 100%.`,
    /** Units in words, e.g. ["milligrams per kilogram of body weight"]. */
    units: (units: string[]) => ` Doses are in ${units.join(' or ')}, once a day.`,
  },
  iconArray: {
    notReported: 'Not reported: the source gives no figure for this group.',
    /** The picture's accessible name: "Placebo: 22 of 100 icons filled, improved …". */
    picture: (arm: string, filled: number, outOf: 100 | 1000, happened: string) =>
      `${arm}: ${filled} of ${outOf === 1000 ? '1,000' : '100'} icons filled, ${happened}.`,
    didNot: 'did not',
    key: (harm: boolean, happened: string) =>
      `Key: a filled ${harm ? 'triangle, a harm,' : 'circle'} is one person who ${happened}; an empty ring is one person who did not.`,
    showTable: 'Show as a table',
    outOf: (scale: 100 | 1000): string => (scale === 1000 ? 'Out of 1,000' : 'Out of 100'),
  },
  /** The injection-sites figure: its words, beside a picture that never tells alone. */
  injectionSites: {
    title: 'Where to inject: 1, front of the thighs; 2, the belly away from the navel; 3, the back of the upper arms.',
    front: 'Front',
    back: 'Back',
    intro: 'You can inject into:',
    sites: [
      'The front of your thighs.',
      'Your belly, but not close to your belly button (navel).',
      'The back of your upper arms, if someone else gives the injection.',
    ],
    rotate: 'Use a different spot each day.',
  },
  /** The example week (WeekStrip): which medicine on which day. */
  weekStrip: {
    caption: 'An example week. Your team chooses your days and writes them down with you.',
    medicine: 'Medicine',
    /**
     * Monday first: the short name shown, and the full name it abbreviates. Two letters, so
     * seven columns and the medicine names fit a 320 px screen without breaking a word.
     */
    days: [
      ['Mo', 'Monday'],
      ['Tu', 'Tuesday'],
      ['We', 'Wednesday'],
      ['Th', 'Thursday'],
      ['Fr', 'Friday'],
      ['Sa', 'Saturday'],
      ['Su', 'Sunday'],
    ] as [short: string, full: string][],
    rows: {
      methotrexate: { label: 'Methotrexate', note: 'once a week, same day' },
      'folic-acid': { label: 'Folic acid', note: 'not on the methotrexate day' },
      anakinra: { label: 'Anakinra', note: 'every day' },
    },
    /** Visually hidden in each day's cell. */
    dose: 'take it',
    noDose: 'none',
  },
  scoringScale: {
    caption: (scale: { name: string; min: number; max: number; unit: string; paws: number; maxPerAnimal: number }) =>
      `${scale.name}: ${scale.min} to ${scale.max} ${scale.unit}, ${scale.paws} paws, up to ${scale.maxPerAnimal} per mouse`,
    score: 'Score',
    meaning: 'Meaning',
  },
  glossary: {
    letters: 'Glossary, A to Z',
    aliases: (names: string[]) => `Also called: ${names.join(', ')}`,
    /** In a term's pop-up definition. */
    more: (term: string) => `More about ${term} in the glossary`,
  },
  qrCode: {
    /** The code's accessible name. */
    image: (title: string, url: string) => `QR code for ${title}: ${url}`,
    caption: (title: string) => `Scan to open “${title}”`,
  },
  /** Visually hidden before a citation number, so "[2]" is read as "source [2]". */
  cite: { source: 'source ' },
  reportMistake: {
    before: 'If you find a mistake, please email the editorial team at',
    after: '. Tell us the page and what is wrong. We check every report against the sources.',
    /** When the host has set no e-mail address (`contactEmail: null`). */
    noEmail: 'If you find a mistake, please tell the clinic or group that gave you this guide. Say which page it is on and what is wrong.',
  },

  /** The 404 page: what the host shows for an address the guide does not have. */
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address. The link may have a typing mistake, or the page may have moved.',
    searchHeading: 'Search for what you wanted',
    searchLabel: 'Words to search for',
    pagesHeading: 'Or choose a page',
    reportHeading: 'Did a link bring you here?',
    /** "If a letter, leaflet or website sent you here, please tell us at [email] …" */
    reportBefore: 'If a letter, leaflet or website sent you here, please email',
    reportAfter: 'with the address you used, so we can fix it.',
    /** When the host has set no e-mail address (`contactEmail: null`). */
    reportNoEmail: 'If a letter, leaflet or website sent you here, please tell the clinic or group that gave you this guide, and say which address you used.',
  },

  /**
   * Offline reading (src/client/register-sw.ts and offline-save.ts read these from data-*
   * attributes). `{…}` is filled in by the browser.
   */
  offline: {
    /** At the top of a page served from the saved copy; the date is the day the copy was built. */
    savedCopy: (date: string) => `You are offline. This is the copy saved on ${date}.`,
    /** On the 404 page, when the worker shows it offline for a page that was not saved. */
    notSaved: 'You are offline, and this page was not saved on this device. Connect to the internet and try again.',
    updated: 'This guide has been updated. Reload to see the latest version.',
    reload: 'Reload',
    save: {
      summary: 'Save this guide for offline reading',
      needsJs: 'Saving the guide for offline reading needs JavaScript, which is off or not working in this browser.',
      notSaved: 'The guide is not saved on this device. Saving it downloads about {size}.',
      saved: 'The guide is saved on this device ({size}). You can read it with no signal. Online, you always see the latest version.',
      saving: 'Saving: {done} of {total} files.',
      removed: 'The saved copy is removed from this device.',
      unsupported: 'This browser cannot save the guide for offline reading.',
      failed: 'The guide could not be saved. Check your connection and try again.',
      save: 'Save the guide',
      remove: 'Remove the saved copy',
    },
  },

  sources: { summary: 'Sources and citation', heading: 'Sources' },
  /** Links after a reference, in Vancouver/NLM style. */
  reference: {
    currentVersion: 'current version',
    pubmed: (pmid: string) => `PubMed ${pmid}`,
    doi: (doi: string) => `DOI ${doi}`,
    fullText: (pmcid: string) => `Full text ${pmcid}`,
    online: (host: string) => `Online at ${host}`,
  },
  /** The About page's reading-level tables (filled in after the build: src/build/site-readability.ts). */
  readingLevels: {
    page: 'Page',
    english: {
      caption: 'Reading level of each English page, measured on the built pages (school grade: lower is easier; reading ease: higher is easier)',
      columns: ['Grade (Flesch-Kincaid)', 'Reading ease (Flesch)', 'Grade (SMOG)'],
    },
    spanish: {
      caption: 'Reading ease of each Spanish page, measured on the built pages (higher is easier; INFLESZ reads the Szigriszt-Pazos score)',
      columns: ['Fernández-Huerta', 'Szigriszt-Pazos', 'INFLESZ'],
      grades: {
        'very-difficult': 'very difficult',
        'somewhat-difficult': 'somewhat difficult',
        normal: 'normal',
        'fairly-easy': 'fairly easy',
        'very-easy': 'very easy',
      } satisfies Record<InfleszGrade, string>,
    },
  },
  citeThisPage: {
    heading: 'Cite this page',
    /** Stands in for the cited date until the browser fills in today's. */
    dateRead: 'date you read it',
    /** NLM's own words (Citing Medicine), kept as the style writes them. */
    nlm: {
      in: 'In',
      internet: 'Internet',
      reviewed: 'reviewed',
      cited: 'cited',
      availableFrom: 'Available from',
      months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    } satisfies CitationWords,
  },
  reviewDates: {
    lastReviewed: 'Page last reviewed:',
    nextReview: 'Next review due:',
    writtenBy: (author: string) => `Written by: ${author}`,
  },
  reviewer: {
    named: (r: Reviewer) => `Reviewed by: ${r.name}, ${r.credentials}${r.organisation ? `, ${r.organisation}` : ''}`,
    none: 'No named clinician has reviewed this copy of the guide. Check anything you read here with your care team.',
  },
  /** Only on paper: the page's QR code, address and review dates. */
  printFooter: {
    label: 'Printed copy',
    qr: (url: string) => `QR code for ${url}`,
    online: 'Online, always up to date:',
    /** Dates as the NLM style writes them ("2026 Nov 22"). */
    reviewed: (last: string, next: string | undefined) => `Last reviewed ${last}${next ? `; next review due ${next}` : ''}.`,
    printed: 'Printed from the website. Check the page online for changes.',
  },
  footer: {
    disclaimerLead: 'This guide is for information only.',
    disclaimer: (emergency: Contact) =>
      `It does not replace advice from your rheumatologist, nurse, GP or pharmacist. Do not start, stop or change a medicine without talking to your care team. In an emergency, call ${emergency.name} (${emergency.how}).`,
    credit: (siteName: string, author: string) => `${siteName}. Written by ${author}. Free to copy and host under CC BY 4.0.`,
  },
};

/** The shape every language's dictionary has: `export const es: UiText = { … }`. */
export type UiText = typeof en;



