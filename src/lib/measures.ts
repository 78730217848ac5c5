/**
 * The outcome measures a trial file may use, and whether each is a benefit or a harm.
 * The keys are the only valid values of `outcomes[].measure` in `content/trials.json`; the
 * words for each are in every language's dictionary (`numbers.measures` in src/i18n/en.ts).
 */
export const measures = {
  ACR20: { kind: 'benefit' },
  ACR50: { kind: 'benefit' },
  ACR70: { kind: 'benefit' },
  'injection-site-reaction': { kind: 'harm' },
  'withdrawal-injection-site-reaction': { kind: 'harm' },
  'serious-infection': { kind: 'harm' },
} as const satisfies Record<string, { kind: 'benefit' | 'harm' }>;

export type MeasureId = keyof typeof measures;
export const measureIds = Object.keys(measures) as [MeasureId, ...MeasureId[]];
