/**
 * One vocabulary for risk. The word for how often something happens ("common", "rare") is
 * derived from the figure by the European convention used in every EU medicine leaflet
 * (European Commission SmPC guideline), never typed by hand: a page that says "rare" for
 * 1.8 in 100 cannot be written, because the word comes from the number.
 *
 * The difference between two groups is said in people ("about 16 more people out of 100"),
 * on a scale that keeps it visible: out of 1,000 when a figure is not a whole number of
 * people out of 100 (1.8 vs 0.6 would round to 2 vs 1 and hide that one is three times the other).
 */
import { formatNumber, notReported, outOf, type Figure } from './format.ts';
import type { FrequencyWord, NumberWords } from './wording.ts';

export type { FrequencyWord };

/**
 * The EU frequency word for a percent: very common ≥ 1 in 10; common 1 in 100 to 1 in 10;
 * uncommon 1 in 1,000 to 1 in 100; rare 1 in 10,000 to 1 in 1,000; very rare below that.
 * Each band includes its lower bound (10% is "very common", 1% is "common").
 */
export function frequencyWord(percent: number): FrequencyWord {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`frequencyWord: ${percent} is not a percent between 0 and 100.`);
  }
  if (percent >= 10) return 'very common';
  if (percent >= 1) return 'common';
  if (percent >= 0.1) return 'uncommon';
  if (percent >= 0.01) return 'rare';
  if (percent > 0) return 'very rare';
  return 'not seen';
}

/** How many people a figure is counted out of: 100, or 1,000 when 100 would round it. */
export type Scale = 100 | 1000;

/** The scale that shows every reported figure of a comparison as whole (or near-whole) people. */
export function scaleFor(values: readonly Figure[]): Scale {
  return values.some((v) => v !== notReported && !Number.isInteger(v)) ? 1000 : 100;
}

/** A percent as people on a scale: 1.8 on 1,000 → 18; 46 on 100 → 46. */
export function peopleOutOf(percent: number, scale: Scale): number {
  return Math.round((percent * scale) / 100 * 10) / 10;
}

/** 18 on 1,000 → "18 out of 1,000"; 0.4 on 100 → "fewer than 1 out of 100". */
export function formatPeople(percent: number, scale: Scale, w: NumberWords): string {
  return outOf(peopleOutOf(percent, scale), formatNumber(scale, w), w);
}

export interface Difference {
  /** Whole people more (positive) or fewer (negative) on the chosen scale. */
  people: number;
  scale: Scale;
  /** "about 16 more people out of 100"; "about the same number of people". */
  text: string;
}

/**
 * How many more (or fewer) people out of 100 or 1,000 had an outcome in one group than in
 * the comparison group. "About", because a trial estimates it; "about the same" when it
 * rounds to no one.
 */
export function difference(value: number, comparison: number, w: NumberWords, scale: Scale = scaleFor([value, comparison])): Difference {
  const people = Math.round(peopleOutOf(value, scale) - peopleOutOf(comparison, scale));
  if (people === 0) return { people, scale, text: w.sameNumber };
  const text = w.moreOrFewer(Math.abs(people), formatNumber(Math.abs(people), w), people > 0, formatNumber(scale, w));
  return { people, scale, text };
}
