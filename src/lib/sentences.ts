import { formatPercent, formatWhen, notReported, type Figure } from './format.ts';
import { measures, type MeasureId } from './measures.ts';
import { difference, formatPeople, scaleFor, type Scale } from './risk.ts';
import type { NumberWords } from './wording.ts';

/** The parts of a trial a result sentence needs; a structural subset of `Trial`. */
export interface SentenceTrial {
  control: string;
  arms: readonly { id: string; shortLabel: string }[];
}
export interface SentenceOutcome {
  measure: MeasureId;
  week?: number | undefined;
  percent: Record<string, Figure>;
}

/** "46 out of 100 (46%)" (or "18 out of 1,000 (1.8%)" on that scale), or "not reported". */
export function figureText(value: Figure | undefined, w: NumberWords, scale: Scale = 100): string {
  if (value === undefined || value === notReported) return w.notReported;
  // Out of 1,000 the figure is already whole people; a decimal percent ("1.8%") beside it
  // is a number readers do not use (CDC Clear Communication Index), so it stays in the table.
  return scale === 1000 ? formatPeople(value, scale, w) : `${formatPeople(value, scale, w)} (${formatPercent(value, w)})`;
}

/** The scale (100 or 1,000) that shows every figure of an outcome without hiding a difference. */
export function outcomeScale(outcome: SentenceOutcome): Scale {
  return scaleFor(Object.values(outcome.percent));
}

/**
 * "So about 16 more people out of 100 improved." The difference in people between an arm
 * and the control arm, or undefined when either figure is missing.
 */
export function differenceSentence(trial: SentenceTrial, outcome: SentenceOutcome, armId: string, w: NumberWords): string | undefined {
  const value = outcome.percent[armId];
  const control = outcome.percent[trial.control];
  if (armId === trial.control || value === undefined || control === undefined || value === notReported || control === notReported) return undefined;
  const d = difference(value, control, w, outcomeScale(outcome));
  const verb = w.measures[outcome.measure].more;
  return d.people === 0 ? w.result.same(verb) : w.result.so(d.text, verb);
}

/**
 * One result as the sentence the content standards ask for: the arm, the measure and the
 * time, with the control arm beside it in the same "out of 100" form. Never merges arms
 * or trials; a missing figure is said to be missing.
 *
 * "46 out of 100 people (46%) taking anakinra 1.0 mg/kg plus methotrexate improved by at
 * least 20% (ACR20) after 12 weeks, compared with 19 out of 100 (19%) taking a placebo
 * injection plus methotrexate. So about 27 more people out of 100 improved.""
 */
export function resultSentence(trial: SentenceTrial, outcome: SentenceOutcome, armId: string, w: NumberWords): string {
  const label = (id: string) => trial.arms.find((a) => a.id === id)?.shortLabel ?? id;
  const measure = w.measures[outcome.measure];
  const when = formatWhen(outcome.week, measures[outcome.measure].kind, w);
  const value = outcome.percent[armId];
  const control = outcome.percent[trial.control];
  const scale = outcomeScale(outcome);

  if (value === undefined || value === notReported) return w.result.notReported(label(armId), measure.happened, when);
  const percent = scale === 1000 ? '' : formatPercent(value, w);
  const main = w.result.main(formatPeople(value, scale, w), percent, label(armId), measure.happened, when);
  if (armId === trial.control) return `${main}.`;
  if (control === undefined || control === notReported) return `${main}. ${w.result.controlNotReported(label(trial.control))}`;
  return `${main}${w.result.comparedWith(figureText(control, w, scale), label(trial.control))}. ${differenceSentence(trial, outcome, armId, w)}`;
}

/**
 * A table caption that names the trial, each measure and its time point:
 * "2004 trial (100 mg): ACR20, ACR50 and ACR70 after 24 weeks".
 */
export function resultsCaption(trialName: string, outcomes: readonly SentenceOutcome[], w: NumberWords): string {
  const groups = new Map<string, string[]>();
  for (const outcome of outcomes) {
    const when = formatWhen(outcome.week, measures[outcome.measure].kind, w);
    groups.set(when, [...(groups.get(when) ?? []), w.measures[outcome.measure].name]);
  }
  const parts = [...groups].map(([when, names]) => `${listJoin(names, w)} ${when}`);
  return `${trialName}: ${listJoin(parts, w)}`;
}

/** ["a", "b", "c"] → "a, b and c" (English), "a, b y c" (Spanish). */
export function listJoin(items: readonly string[], w: NumberWords): string {
  return new Intl.ListFormat(w.locale, { type: 'conjunction' }).format(items);
}
