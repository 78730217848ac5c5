import { getCollection } from 'astro:content';
import { defaultLang, type Lang } from '../lib/languages.ts';
import { pairUp, translateTrial } from '../lib/translations.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { MechanismStep } from '../schemas/mechanism.ts';
import type { Trial } from '../schemas/trial.ts';

/**
 * The data in a page's language. English is the data itself; another language puts the words
 * of `content/i18n/<lang>/` on it (see src/lib/translations.ts), so its numbers are the
 * English file's. A language's three files are registered in src/content.config.ts; this
 * table says which collection holds each.
 */
const collectionsFor = {
  es: { trials: 'trialsEs', glossary: 'glossaryEs', mechanism: 'mechanismEs' },
} as const satisfies Record<Exclude<Lang, typeof defaultLang>, Record<string, string>>;

const fileOf = (lang: Lang, kind: string) => `content/i18n/${lang}/${kind}.json`;

export async function trialsIn(lang: Lang): Promise<Trial[]> {
  const trials = (await getCollection('trials')).map((e) => e.data);
  if (lang === defaultLang) return trials;
  const file = fileOf(lang, 'trials');
  const words = pairUp(trials, (await getCollection(collectionsFor[lang].trials)).map((e) => e.data), file);
  return trials.map((trial) => translateTrial(trial, words.get(trial.id)!, file));
}

export async function glossaryIn(lang: Lang): Promise<GlossaryTerm[]> {
  const terms = (await getCollection('glossary')).map((e) => e.data);
  if (lang === defaultLang) return terms;
  const words = pairUp(terms, (await getCollection(collectionsFor[lang].glossary)).map((e) => e.data), fileOf(lang, 'glossary'));
  // The English order is kept (the A–Z list sorts for itself).
  return terms.map((term) => words.get(term.id)!);
}

export async function mechanismIn(lang: Lang): Promise<MechanismStep[]> {
  const steps = (await getCollection('mechanism')).map((e) => e.data);
  if (lang === defaultLang) return steps;
  const words = pairUp(steps, (await getCollection(collectionsFor[lang].mechanism)).map((e) => e.data), fileOf(lang, 'mechanism'));
  return steps.map((step) => ({ ...step, ...words.get(step.id)! }));
}
