/**
 * The review rule from the content standards: a page is due for review after it was last
 * reviewed, and no more than 3 years later.
 */
export const maxReviewYears = 3;

/** Adds whole years in UTC, keeping the calendar day (29 Feb → 28 Feb). */
export function addYears(date: Date, years: number): Date {
  const result = new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), 1));
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return result;
}

/** `YYYY-MM-DD` in UTC, as used in `<time datetime>` and in error messages. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Returns what is wrong with a pair of review dates, or `undefined` when they are fine. */
export function reviewDateProblem(lastReviewed: Date, nextReview: Date): string | undefined {
  if (nextReview.getTime() <= lastReviewed.getTime()) {
    return (
      `"nextReview" (${isoDate(nextReview)}) must be after "lastReviewed" (${isoDate(lastReviewed)}). ` +
      'Fix: set nextReview to a later date, at most 3 years after lastReviewed.'
    );
  }
  const latest = addYears(lastReviewed, maxReviewYears);
  if (nextReview.getTime() > latest.getTime()) {
    return (
      `"nextReview" (${isoDate(nextReview)}) is more than ${maxReviewYears} years after "lastReviewed" (${isoDate(lastReviewed)}). ` +
      `Fix: set nextReview on or before ${isoDate(latest)}.`
    );
  }
  return undefined;
}
