import { formatOutOf100, formatPercent, formatWhen, notReported, type Figure } from './format.ts';
import { measures, type MeasureId } from './measures.ts';

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

/** "46 out of 100 (46%)", or "not reported". */
export function figureText(value: Figure | undefined): string {
  if (value === undefined || value === notReported) return notReported;
  return `${formatOutOf100(value)} (${formatPercent(value)})`;
}

/**
 * One result as the sentence the content standards ask for: the arm, the measure and the
 * time, with the control arm beside it in the same "out of 100" form. Never merges arms
 * or trials; a missing figure is said to be missing.
 *
 * "46 out of 100 people (46%) taking anakinra 1.0 mg/kg plus methotrexate improved by at
 * least 20% (ACR20) after 12 weeks, compared with 19 out of 100 (19%) taking methotrexate
 * alone."
 */
export function resultSentence(trial: SentenceTrial, outcome: SentenceOutcome, armId: string): string {
  const label = (id: string) => trial.arms.find((a) => a.id === id)?.shortLabel ?? id;
  const measure = measures[outcome.measure];
  const when = formatWhen(outcome.week, measure.kind);
  const value = outcome.percent[armId];
  const control = outcome.percent[trial.control];

  if (value === undefined || value === notReported) {
    return `The source did not report how many people taking ${label(armId)} ${measure.happened} ${when}.`;
  }
  const main = `${formatOutOf100(value)} people (${formatPercent(value)}) taking ${label(armId)} ${measure.happened} ${when}`;
  if (armId === trial.control) return `${main}.`;
  if (control === undefined || control === notReported) {
    return `${main}. The source did not report a figure for people taking ${label(trial.control)}.`;
  }
  return `${main}, compared with ${figureText(control)} taking ${label(trial.control)}.`;
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
