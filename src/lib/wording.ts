/**
 * The words a language needs to say numbers and results: "46 out of 100", "after 12 weeks",
 * "about 16 more people out of 100". The sentence builders in format.ts, risk.ts,
 * sentences.ts and dose-chart.ts take a `NumberWords` and never hold a word themselves, so
 * the same figure from content/trials.json reads "46 de cada 100" on a Spanish page.
 * Each language's dictionary (src/i18n/en.ts, es.ts) has one, under `numbers`.
 */
import type { MeasureId } from './measures.ts';

/** How often a harm happens, by the EU leaflet convention (see risk.ts). */
export type FrequencyWord = 'very common' | 'common' | 'uncommon' | 'rare' | 'very rare' | 'not seen';
export type DoseUnit = 'mg/kg' | 'mg';

export interface MeasureWords {
  /** In table headings and captions: "ACR20". */
  name: string;
  /** Completes "N out of 100 people … {happened}". */
  happened: string;
  /** Completes "So about 16 more people out of 100 … {more}" (the measure is already named). */
  more: string;
}

export interface NumberWords {
  /** The `Intl` locale numbers are written in: "en-GB" gives "2,846" and "1.8%", "es" gives "2846" and "1,8 %". */
  locale: string;
  /** A figure the source did not give. */
  notReported: string;
  /** ("46", "100") → "46 out of 100". */
  outOf: (people: string, of: string) => string;
  /** A rounded figure: ("2", "100") → "about 2 out of 100". */
  aboutOutOf: (people: string, of: string) => string;
  /** ("100") → "fewer than 1 out of 100". */
  fewerThanOne: (of: string) => string;
  /** When a benefit was measured: 12 → "after 12 weeks". */
  after: (weeks: number) => string;
  /** The time a harm was counted over: 24 → "over 24 weeks". */
  over: (weeks: number) => string;
  /** A pooled review's figure, which has no one time point. */
  acrossTrials: string;
  /** 2 → "twice", 1.5 → "1.5 times" (the number already written in the locale). */
  ratio: (ratio: number, written: string) => string;
  doseUnits: Record<DoseUnit, string>;
  /** A difference that rounds to no one. */
  sameNumber: string;
  /** ("16", true, "100") → "about 16 more people out of 100"; one person is "person". */
  moreOrFewer: (people: number, written: string, more: boolean, of: string) => string;
  measures: Record<MeasureId, MeasureWords>;
  frequency: Record<FrequencyWord, string>;
  /** The parts of a result sentence (sentences.ts), so each language orders them its own way. */
  result: {
    /** "46 out of 100 people (46%) taking anakinra plus methotrexate improved … after 12 weeks" */
    main: (figure: string, percent: string, arm: string, happened: string, when: string) => string;
    notReported: (arm: string, happened: string, when: string) => string;
    controlNotReported: (control: string) => string;
    /** ", compared with 19 out of 100 (19%) taking a placebo injection plus methotrexate" */
    comparedWith: (figure: string, control: string) => string;
    /** "So about 16 more people out of 100 improved." */
    so: (difference: string, verb: string) => string;
    /** "So about the same number of people improved in both groups." */
    same: (verb: string) => string;
  };
  /** The dose-response chart's message and headline (dose-chart.ts). */
  dose: {
    noneReported: (measure: string, when: string) => string;
    noneReportedShort: (when: string) => string;
    best: (dose: string, measure: string, when: string, figure: string) => string;
    versusPlacebo: (figure: string) => string;
    higherNotBetter: (doses: string) => string;
    missing: (count: number) => string;
    amongReported: string;
    amongAll: string;
    didBest: (dose: string, when: string, figure: string, verb: string) => string;
  };
}
