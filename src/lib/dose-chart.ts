import { formatOutOf100, notReported, type Figure } from './format.ts';

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
export function doseMessage(points: readonly DosePoint[], measure: string, when: string): string {
  const doses = points.filter((p) => !p.isControl);
  const control = points.find((p) => p.isControl);
  const reported = doses.filter((p): p is DosePoint & { value: number } => p.value !== notReported);
  const missing = doses.length - reported.length;
  if (reported.length === 0) return `No dose had a reported ${measure} result ${when}.`;
  const best = reported.reduce((a, b) => (b.value > a.value ? b : a));
  let text = `${best.label} had the best reported ${measure} result ${when}: ${formatOutOf100(best.value)} people`;
  text += control && control.value !== notReported ? `, compared with ${formatOutOf100(control.value)} on placebo.` : '.';
  const higher = reported.filter((p) => doses.indexOf(p) > doses.indexOf(best));
  if (higher.length > 0) text += ` The higher ${higher.map((p) => p.label).join(' and ')} dose did not do better.`;
  if (missing > 0) text += ` ${missing} ${missing === 1 ? 'dose has' : 'doses have'} no reported figure.`;
  return text;
}

/**
 * The one sentence a reader takes from the chart in a few seconds: which dose did best
 * among those with a reported figure (never "helped most" when some doses have none: the
 * missing ones might have done better), against placebo, and when. `verb` completes
 * "N out of 100 … {verb}".
 */
export function doseHeadline(points: readonly DosePoint[], verb: string, when: string): string {
  const control = points.find((p) => p.isControl);
  const doses = points.filter((p) => !p.isControl);
  const reported = doses.filter((p): p is DosePoint & { value: number } => p.value !== notReported);
  if (reported.length === 0) return `No dose had a reported result ${when}.`;
  const best = reported.reduce((a, b) => (b.value > a.value ? b : a));
  const against = control && control.value !== notReported ? `, compared with ${formatOutOf100(control.value)} on placebo` : '';
  const among = reported.length < doses.length ? 'Of the doses with a reported result, ' : 'Of all the doses, ';
  return `${among}${best.label} did best ${when}: ${formatOutOf100(best.value)} ${verb}${against}.`;
}
