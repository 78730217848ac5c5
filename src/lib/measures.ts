/**
 * The outcome measures a trial file may use, with the words the site uses for each.
 * The keys are the only valid values of `outcomes[].measure` in `content/trials.json`.
 */
export const measures = {
  ACR20: {
    name: 'ACR20',
    kind: 'benefit',
    /** Completes "N out of 100 people … {happened}". */
    happened: 'improved by at least 20% (ACR20)',
    /** Completes "So about 16 more people out of 100 … {more}" (the measure is already named). */
    more: 'improved',
  },
  ACR50: { name: 'ACR50', kind: 'benefit', happened: 'improved by at least 50% (ACR50)', more: 'improved this much' },
  ACR70: { name: 'ACR70', kind: 'benefit', happened: 'improved by at least 70% (ACR70)', more: 'improved this much' },
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
