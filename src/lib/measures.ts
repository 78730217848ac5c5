/**
 * The outcome measures a trial file may use, with the words the site uses for each.
 * The keys are the only valid values of `outcomes[].measure` in `content/trials.json`.
 */
export const measures = {
  ACR20: {
    name: 'ACR20',
    kind: 'benefit',
    /**
     * Completes "N out of 100 people … {happened}". Says what improved, since "20%" alone
     * leaves a reader asking "of what?" (ACR20: at least 20% fewer sore and swollen joints,
     * and at least 20% better on 3 of 5 other checks).
     */
    happened: 'improved by at least 20% (ACR20: fewer sore and swollen joints, and better on other checks)',
    /** Completes "So about 16 more people out of 100 … {more}" (the measure is already named). */
    more: 'improved',
  },
  ACR50: { name: 'ACR50', kind: 'benefit', happened: 'improved by at least 50% (ACR50: a bigger fall in sore and swollen joints)', more: 'improved this much' },
  ACR70: { name: 'ACR70', kind: 'benefit', happened: 'improved by at least 70% (ACR70: an even bigger fall in sore and swollen joints)', more: 'improved this much' },
  'injection-site-reaction': {
    name: 'Injection-site reaction',
    kind: 'harm',
    happened: 'had a reaction where they injected',
    more: 'had a skin reaction',
  },
  'withdrawal-injection-site-reaction': {
    name: 'Stopped because of injection-site reactions',
    kind: 'harm',
    happened: 'stopped treatment early because of injection-site reactions',
    more: 'stopped early',
  },
  'serious-infection': { name: 'Serious infection', kind: 'harm', happened: 'had a serious infection', more: 'had a serious infection' },
} as const satisfies Record<string, { name: string; kind: 'benefit' | 'harm'; happened: string; more: string }>;

export type MeasureId = keyof typeof measures;
export const measureIds = Object.keys(measures) as [MeasureId, ...MeasureId[]];
