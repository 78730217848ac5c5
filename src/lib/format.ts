/**
 * How numbers are written for readers. The content standards ask for "N out of 100" with
 * the percent beside it, the same denominator everywhere, and never a guessed figure.
 */

import type { DoseUnit, NumberWords } from './wording.ts';

export type { DoseUnit };

/** A figure from a trial file: a percent, or the marker that the source gave none. */
export type Figure = number | 'not reported';

/** The marker the trial files use for a figure the source did not give (never shown as is). */
export const notReported = 'not reported';

/** A number in the language's digits: 2846 → "2,846" (English), "2846" (Spanish); 1.8 → "1.8" / "1,8". */
export function formatNumber(value: number, w: NumberWords): string {
  return new Intl.NumberFormat(w.locale, { maximumFractionDigits: 2 }).format(value);
}

/** 46 → "46%"; 1.8 → "1.8%" (English), "1,8 %" (Spanish). */
export function formatPercent(value: Figure, w: NumberWords): string {
  if (value === notReported) return w.notReported;
  return new Intl.NumberFormat(w.locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/**
 * 46 → "46 out of 100". A figure below 100 that is not whole cannot be a whole number of
 * people out of 100, so it is rounded and says "about" (1.8 → "about 2 out of 100"),
 * and anything above 0 but below 0.5 says "fewer than 1 out of 100" rather than "0".
 */
export function formatOutOf100(value: Figure, w: NumberWords): string {
  if (value === notReported) return w.notReported;
  return outOf(value, '100', w);
}

/** People out of `of` ("100" or "1,000"), rounded with "about" when not whole. */
export function outOf(people: number, of: string, w: NumberWords): string {
  if (Number.isInteger(people)) return w.outOf(formatNumber(people, w), of);
  if (people < 0.5) return w.fewerThanOne(of);
  return w.aboutOutOf(formatNumber(Math.round(people), w), of);
}

/** How many of 100 icons to fill for a figure (used by icon arrays and their tests). */
export function iconsOutOf100(value: number): number {
  return Math.round(value);
}

/**
 * 12 → "after 12 weeks"; undefined (a pooled review) → "across the trials". Harms are
 * counted over the whole trial, so they read "over 24 weeks".
 */
export function formatWhen(week: number | undefined, kind: 'benefit' | 'harm', w: NumberWords): string {
  if (week === undefined) return w.acrossTrials;
  return kind === 'harm' ? w.over(week) : w.after(week);
}

/** 419 → "419"; 2846 → "2,846" (English) or "2846" (Spanish, which groups from 5 digits). */
export function formatCount(value: number, w: NumberWords): string {
  return formatNumber(value, w);
}

/** A ratio in words, as a patient page says it: 2 → "twice", 3 → "three times", 1.5 → "1.5 times". */
export function formatRatio(ratio: number, w: NumberWords): string {
  return w.ratio(ratio, formatNumber(ratio, w));
}

/** "mg/kg" → "mg per kg of body weight"; "mg" → "mg". */
export function doseUnitWords(unit: DoseUnit, w: NumberWords): string {
  return w.doseUnits[unit];
}

/** A dose as a short label: (1, "mg/kg") → "1 mg/kg"; (100, "mg") → "100 mg". */
export function doseLabel(amount: number, unit: DoseUnit | undefined, w: NumberWords): string {
  const n = formatNumber(amount, w);
  return unit ? `${n} ${unit}` : n;
}
