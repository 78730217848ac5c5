import { getCollection } from 'astro:content';
import { notReported } from '../lib/format.ts';
import type { Lang } from '../lib/languages.ts';
import { trialsIn } from './translations.ts';
import { pick } from '../lib/lookup.ts';
import type { Arm, Outcome, Trial } from '../schemas/trial.ts';

/**
 * The one way components read trial data: by key, failing the build with the valid keys
 * when a key is wrong (see `src/lib/lookup.ts`).
 */
export async function getTrial(id: string, where: string, lang: Lang): Promise<Trial> {
  return pick(await trialsIn(lang), id, 'trial', where);
}

export function getOutcome(trial: Trial, id: string, where: string): Outcome {
  return pick(trial.outcomes, id, `outcome in trial "${trial.id}"`, where);
}

export function getArm(trial: Trial, id: string, where: string): Arm {
  return pick(trial.arms, id, `arm in trial "${trial.id}"`, where);
}

export async function getReference(id: string, where: string) {
  const references = (await getCollection('references')).map((entry) => entry.data);
  return pick(references, id, 'reference', where);
}

/** Which figure a data component shows: a trial, one of its outcomes, and an arm. */
export interface FigureKey {
  trial: string;
  outcome: string;
  arm: string;
}

/**
 * A trial and one of its outcomes, as `<Component trial outcome>` names them; a wrong key
 * fails the build naming the component and the valid keys.
 */
export async function resolveOutcome(key: Omit<FigureKey, 'arm'>, component: string, lang: Lang) {
  const where = `<${component} trial="${key.trial}" outcome="${key.outcome}">`;
  const trial = await getTrial(key.trial, where, lang);
  return { where, trial, outcome: getOutcome(trial, key.outcome, where) };
}

/** One arm's figure for an outcome ("not reported" when the source gives none). */
export async function resolveFigure(key: FigureKey, component: string, lang: Lang) {
  const { trial, outcome } = await resolveOutcome(key, component, lang);
  const where = `<${component} trial="${key.trial}" outcome="${key.outcome}" arm="${key.arm}">`;
  const arm = getArm(trial, key.arm, where);
  return { where, trial, outcome, arm, value: outcome.percent[arm.id] ?? notReported };
}
