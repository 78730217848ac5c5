/**
 * How numbers are written for readers. The content standards ask for "N out of 100" with
 * the percent beside it, the same denominator everywhere, and never a guessed figure.
 */

/** A figure from a trial file: a percent, or the marker that the source gave none. */
export type Figure = number | 'not reported';

export const notReported = 'not reported';

/** 46 → "46%"; 1.8 → "1.8%". */
export function formatPercent(value: Figure): string {
  if (value === notReported) return notReported;
  return `${trimNumber(value)}%`;
}

/**
 * 46 → "46 out of 100". A figure below 100 that is not whole cannot be a whole number of
 * people out of 100, so it is rounded and says "about" (1.8 → "about 2 out of 100"),
 * and anything above 0 but below 0.5 says "fewer than 1 out of 100" rather than "0".
 */
export function formatOutOf100(value: Figure): string {
  if (value === notReported) return notReported;
  if (Number.isInteger(value)) return `${value} out of 100`;
  if (value < 0.5) return 'fewer than 1 out of 100';
  return `about ${Math.round(value)} out of 100`;
}

/** How many of 100 icons to fill for a figure (used by icon arrays and their tests). */
export function iconsOutOf100(value: number): number {
  return Math.round(value);
}

/**
 * 12 → "after 12 weeks"; undefined (a pooled review) → "across the trials". Harms are
 * counted over the whole trial, so they read "over 24 weeks".
 */
export function formatWhen(week: number | undefined, kind: 'benefit' | 'harm' = 'benefit'): string {
  if (week === undefined) return 'across the trials';
  const weeks = week === 1 ? '1 week' : `${week} weeks`;
  return kind === 'harm' ? `over ${weeks}` : `after ${weeks}`;
}

/** 419 → "419"; 2846 → "2,846". */
export function formatCount(value: number): string {
  return value.toLocaleString('en-GB');
}

function trimNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

/** A ratio in words, as a patient page says it: 2 → "twice", 3 → "three times", 1.5 → "1.5 times". */
export function formatRatio(ratio: number): string {
  const words: Record<number, string> = { 2: 'twice', 3: 'three times', 4: 'four times' };
  return words[ratio] ?? `${ratio} times`;
}

/** The dose units a trial file may use (`doseUnit` in src/schemas/trial.ts), in words. */
const doseUnits = { 'mg/kg': 'mg per kg of body weight', mg: 'mg' } as const;
export type DoseUnit = keyof typeof doseUnits;

/** "mg/kg" → "mg per kg of body weight"; "mg" → "mg". */
export function doseUnitWords(unit: DoseUnit): string {
  return doseUnits[unit];
}

/** A dose as a short label: (1, "mg/kg") → "1 mg/kg"; (100, "mg") → "100 mg". */
export function doseLabel(amount: number, unit: DoseUnit | undefined): string {
  return unit ? `${amount} ${unit}` : String(amount);
}
