import { getCollection } from 'astro:content';
import { pick } from '../lib/lookup.ts';
import type { Arm, Outcome, Trial } from '../schemas/trial.ts';

/**
 * The one way components read trial data: by key, failing the build with the valid keys
 * when a key is wrong (see `src/lib/lookup.ts`).
 */
export async function getTrial(id: string, where: string): Promise<Trial> {
  const trials = (await getCollection('trials')).map((entry) => entry.data);
  return pick(trials, id, 'trial', where);
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
