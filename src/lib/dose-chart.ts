import { formatOutOf100, notReported, type Figure } from './format.ts';
import type { NumberWords } from './wording.ts';

/** One bar of a dose-response chart, in dose order (control first). */
export interface DosePoint {
  label: string;
  value: Figure;
  isControl: boolean;
}

/**
 * The chart's message, worked out from the data so it can never disagree with the bars:
 * which reported dose did best against control, whether a higher reported dose did
 * better, and how many doses have no figure.
 */
export function doseMessage(points: readonly DosePoint[], measure: string, when: string, w: NumberWords): string {
  const doses = points.filter((p) => !p.isControl);
  const control = points.find((p) => p.isControl);
  const reported = doses.filter((p): p is DosePoint & { value: number } => p.value !== notReported);
  const missing = doses.length - reported.length;
  if (reported.length === 0) return w.dose.noneReported(measure, when);
  const best = reported.reduce((a, b) => (b.value > a.value ? b : a));
  let text = w.dose.best(best.label, measure, when, formatOutOf100(best.value, w));
  text += control && control.value !== notReported ? `${w.dose.versusPlacebo(formatOutOf100(control.value, w))}.` : '.';
  const higher = reported.filter((p) => doses.indexOf(p) > doses.indexOf(best));
  if (higher.length > 0) text += ` ${w.dose.higherNotBetter(new Intl.ListFormat(w.locale).format(higher.map((p) => p.label)))}`;
  if (missing > 0) text += ` ${w.dose.missing(missing)}`;
  return text;
}

/**
 * The one sentence a reader takes from the chart in a few seconds: which dose did best
 * among those with a reported figure (never "helped most" when some doses have none: the
 * missing ones might have done better), against placebo, and when. `verb` completes
 * "N out of 100 … {verb}".
 */
export function doseHeadline(points: readonly DosePoint[], verb: string, when: string, w: NumberWords): string {
  const control = points.find((p) => p.isControl);
  const doses = points.filter((p) => !p.isControl);
  const reported = doses.filter((p): p is DosePoint & { value: number } => p.value !== notReported);
  if (reported.length === 0) return w.dose.noneReportedShort(when);
  const best = reported.reduce((a, b) => (b.value > a.value ? b : a));
  const against = control && control.value !== notReported ? w.dose.versusPlacebo(formatOutOf100(control.value, w)) : '';
  const among = reported.length < doses.length ? w.dose.amongReported : w.dose.amongAll;
  return `${among}${w.dose.didBest(best.label, when, formatOutOf100(best.value, w), verb)}${against}.`;
}
