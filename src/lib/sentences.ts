import { formatPercent, formatWhen, notReported, type Figure } from './format.ts';
import { measures, type MeasureId } from './measures.ts';
import { difference, formatPeople, scaleFor, type Scale } from './risk.ts';

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
export function figureText(value: Figure | undefined, scale: Scale = 100): string {
  if (value === undefined || value === notReported) return notReported;
  // Out of 1,000 the figure is already whole people; a decimal percent ("1.8%") beside it
  // is a number readers do not use (CDC Clear Communication Index), so it stays in the table.
  return scale === 1000 ? formatPeople(value, scale) : `${formatPeople(value, scale)} (${formatPercent(value)})`;
}

/** The scale (100 or 1,000) that shows every figure of an outcome without hiding a difference. */
export function outcomeScale(outcome: SentenceOutcome): Scale {
  return scaleFor(Object.values(outcome.percent));
}

/**
 * "So about 16 more people out of 100 improved." The difference in people between an arm
 * and the control arm, or undefined when either figure is missing.
 */
export function differenceSentence(trial: SentenceTrial, outcome: SentenceOutcome, armId: string): string | undefined {
  const value = outcome.percent[armId];
  const control = outcome.percent[trial.control];
  if (armId === trial.control || value === undefined || control === undefined || value === notReported || control === notReported) return undefined;
  const d = difference(value, control, outcomeScale(outcome));
  const verb = measures[outcome.measure].more;
  return d.people === 0 ? `So about the same number of people ${verb} in both groups.` : `So ${d.text} ${verb}.`;
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
export function resultSentence(trial: SentenceTrial, outcome: SentenceOutcome, armId: string): string {
  const label = (id: string) => trial.arms.find((a) => a.id === id)?.shortLabel ?? id;
  const measure = measures[outcome.measure];
  const when = formatWhen(outcome.week, measure.kind);
  const value = outcome.percent[armId];
  const control = outcome.percent[trial.control];
  const scale = outcomeScale(outcome);

  if (value === undefined || value === notReported) {
    return `The source did not report how many people taking ${label(armId)} ${measure.happened} ${when}.`;
  }
  const percent = scale === 1000 ? '' : ` (${formatPercent(value)})`;
  const main = `${formatPeople(value, scale)} people${percent} taking ${label(armId)} ${measure.happened} ${when}`;
  if (armId === trial.control) return `${main}.`;
  if (control === undefined || control === notReported) {
    return `${main}. The source did not report a figure for people taking ${label(trial.control)}.`;
  }
  return `${main}, compared with ${figureText(control, scale)} taking ${label(trial.control)}. ${differenceSentence(trial, outcome, armId)}`;
}

/**
 * A table caption that names the trial, each measure and its time point:
 * "2004 trial (100 mg): ACR20, ACR50 and ACR70 after 24 weeks".
 */
export function resultsCaption(trialName: string, outcomes: readonly SentenceOutcome[]): string {
  const groups = new Map<string, string[]>();
  for (const outcome of outcomes) {
    const when = formatWhen(outcome.week, measures[outcome.measure].kind);
    groups.set(when, [...(groups.get(when) ?? []), measures[outcome.measure].name]);
  }
  const parts = [...groups].map(([when, names]) => `${listJoin(names)} ${when}`);
  return `${trialName}: ${listJoin(parts)}`;
}

/** ["a", "b", "c"] → "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
