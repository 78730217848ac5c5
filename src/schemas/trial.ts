import { z } from 'astro/zod';
import { measureIds } from '../lib/measures.ts';
import { pValueHelp, pValuePattern } from '../lib/p-value.ts';

const key = z
  .string()
  .regex(/^[a-z0-9.-]+$/, { error: 'Use lower-case letters, digits, dots and hyphens only, e.g. "anakinra-100mg".' });

/** A p-value kept as the paper printed it (see `src/lib/p-value.ts`). */
const pValue = z.string({ error: pValueHelp }).regex(pValuePattern, { error: pValueHelp });

const percent = z
  .number({ error: 'A percent must be a number from 0 to 100, or the text "not reported".' })
  .min(0, { error: 'A percent cannot be below 0. Fix: check the figure in the paper.' })
  .max(100, { error: 'A percent cannot be above 100. Fix: check the figure in the paper (a typo such as 146 for 46?).' });

/** One group of people in a trial. */
const arm = z.strictObject({
  /** Key used by outcomes and MDX components: `"placebo"`, `"anakinra-1mgkg"`. */
  id: key,
  /** Plain words for the group: `"Anakinra 1 mg/kg plus methotrexate"`. */
  label: z.string().min(1),
  /** Short words for the group, used inside sentences: `"anakinra plus methotrexate"`. */
  shortLabel: z.string().min(1),
  /** The dose as a reader would say it: `"1 mg per kg of body weight, once a day"`. Empty for placebo. */
  dose: z.string(),
  /** The dose as a number, for ordering a dose-response chart; omit for placebo. */
  doseAmount: z.number().positive().optional(),
  /** Unit of `doseAmount`. */
  doseUnit: z.enum(['mg/kg', 'mg']).optional(),
  /** How many people in this group were analysed, where the source gives it. Omit when unknown. */
  analysed: z.number().int().positive().optional(),
});

/** One measured result: the percent of each group who reached it at one time point. */
const outcome = z.strictObject({
  /** Key used by MDX components: `"acr20-week24"`. */
  id: key,
  /** What was measured; one of the keys in `src/lib/measures.ts`. */
  measure: z.enum(measureIds, { error: `Field "measure" must be one of: ${measureIds.join(', ')}.` }),
  /** Week the result was measured. Required for a single trial; omitted for a pooled review. */
  week: z.number().int().min(0).optional(),
  /**
   * Percent of each arm who had the outcome, keyed by arm id. Every arm must be listed;
   * write `"not reported"` when the source gives no figure (never a guess).
   */
  percent: z.record(z.string(), z.union([percent, z.literal('not reported')])),
  /** P-values against the control arm, exactly as reported, keyed by arm id. */
  pVersusControl: z.record(z.string(), pValue).default({}),
  /** P-value for a trend across doses, exactly as reported. */
  pTrend: pValue.optional(),
  /** Anything a reader needs to read the figure right, e.g. "over the whole 24 weeks". */
  note: z.string().optional(),
});

/**
 * A trial or a pooled review in `content/trials.json`.
 *
 * @param referenceIds - the ids in `content/references.json`, so a trial cannot cite a
 *   source that is not in the reference list.
 */
export function trialSchema(referenceIds: readonly [string, ...string[]]) {
  return z
    .strictObject({
      /** Key used by MDX components: `"cohen-2004"`. */
      id: key,
      /** What pages call it: `"2004 trial (100 mg)"`. */
      shortName: z.string().min(1),
      /** `"trial"` for one randomised trial; `"pooled-review"` for a review that combines trials. */
      kind: z.enum(['trial', 'pooled-review']),
      /** The source, by id in `content/references.json`. */
      reference: z.enum(referenceIds, {
        error: (issue) =>
          `Field "reference" is "${String(issue.input)}", which is not in content/references.json. ` +
          `Fix: use one of: ${referenceIds.join(', ')}, or add the source there first.`,
      }),
      /** Design flags, as the paper's title and methods state them. */
      design: z.strictObject({
        randomised: z.boolean(),
        doubleBlind: z.boolean(),
        placeboControlled: z.boolean(),
      }),
      /** Who took part, in plain words. */
      population: z.string().min(1),
      /** How many people were randomised (for a pooled review: people in all its trials). */
      randomised: z.number().int().positive(),
      /** For a pooled review: how many trials it combined. */
      studies: z.number().int().positive().optional(),
      /** How long the trial lasted, in weeks. Required for a single trial. */
      durationWeeks: z.number().int().positive().optional(),
      /** The main result the trial was designed to test, when the source states it. */
      primaryEndpoint: z.strictObject({ measure: z.enum(measureIds), week: z.number().int().positive() }).optional(),
      /**
       * An early difference the paper reports only as a ratio, with no percentages: e.g.
       * `{ "measure": "ACR20", "week": 4, "ratio": 2, "pVersusControl": "<0.005" }` for
       * "at week 4, twice as many reached ACR20 on the drug as on the control".
       */
      earlyResponse: z
        .strictObject({
          measure: z.enum(measureIds),
          week: z.number().int().positive(),
          /** How many times as many people responded on the drug as on the control. */
          ratio: z.number().positive(),
          pVersusControl: pValue,
        })
        .optional(),
      /** The arm every other arm is compared with (usually placebo). */
      control: key,
      /** The groups, in the order tables should show them (control first). */
      arms: z.array(arm).min(2, { error: 'A trial needs at least two arms.' }),
      /** Results. Each names arms by id. */
      outcomes: z.array(outcome).min(1),
      /** What the source did not report, in plain words, so pages never fill the gap with a guess. */
      notReported: z.array(z.string().min(1)).default([]),
    })
    .superRefine((trial, ctx) => {
      const armIds = trial.arms.map((a) => a.id);
      const armList = armIds.join(', ');
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message, input: undefined });

      const duplicate = (ids: string[]) => ids.find((value, index) => ids.indexOf(value) !== index);
      const dupArm = duplicate(armIds);
      if (dupArm) issue(['arms'], `Arm id "${dupArm}" is used twice. Fix: give each arm a unique id.`);
      const dupOutcome = duplicate(trial.outcomes.map((o) => o.id));
      if (dupOutcome) issue(['outcomes'], `Outcome id "${dupOutcome}" is used twice. Fix: give each outcome a unique id.`);

      if (!armIds.includes(trial.control)) {
        issue(['control'], `Field "control" is "${trial.control}", which is not an arm of this trial. Fix: use one of: ${armList}.`);
      }

      if (trial.kind === 'trial' && trial.durationWeeks === undefined) {
        issue(['durationWeeks'], 'A single trial needs "durationWeeks". Fix: add the trial length in weeks.');
      }
      if (trial.kind === 'pooled-review' && trial.studies === undefined) {
        issue(['studies'], 'A pooled review needs "studies". Fix: add how many trials it combined.');
      }

      const analysed = trial.arms.reduce((sum, a) => sum + (a.analysed ?? 0), 0);
      if (analysed > trial.randomised) {
        issue(['arms'], `The arms analyse ${analysed} people but only ${trial.randomised} were randomised. Fix: check "analysed" and "randomised".`);
      }

      const checkWeek = (path: (string | number)[], week: number | undefined) => {
        if (trial.kind === 'trial' && week === undefined) {
          issue(path, 'A single trial\'s outcome needs "week". Fix: add the week the result was measured.');
        }
        if (week !== undefined && trial.durationWeeks !== undefined && week > trial.durationWeeks) {
          issue(path, `Week ${week} is after the end of the trial (${trial.durationWeeks} weeks). Fix: check the week, or "durationWeeks".`);
        }
      };
      if (trial.primaryEndpoint) checkWeek(['primaryEndpoint', 'week'], trial.primaryEndpoint.week);
      if (trial.earlyResponse) checkWeek(['earlyResponse', 'week'], trial.earlyResponse.week);

      trial.outcomes.forEach((outcome, i) => {
        checkWeek(['outcomes', i, 'week'], outcome.week);
        for (const armId of Object.keys(outcome.percent)) {
          if (!armIds.includes(armId)) {
            issue(['outcomes', i, 'percent', armId], `Outcome "${outcome.id}" names arm "${armId}", which this trial does not have. Fix: use one of: ${armList}.`);
          }
        }
        for (const armId of armIds) {
          if (!(armId in outcome.percent)) {
            issue(['outcomes', i, 'percent'], `Outcome "${outcome.id}" has no value for arm "${armId}". Fix: add "${armId}": a percent, or "${armId}": "not reported".`);
          }
        }
        for (const armId of Object.keys(outcome.pVersusControl)) {
          if (!armIds.includes(armId) || armId === trial.control) {
            issue(['outcomes', i, 'pVersusControl', armId], `Outcome "${outcome.id}" gives a p-value for "${armId}", which is not a non-control arm of this trial. Fix: use one of: ${armIds.filter((a) => a !== trial.control).join(', ')}.`);
          }
        }
      });
    });
}

export type Trial = z.infer<ReturnType<typeof trialSchema>>;
export type Arm = Trial['arms'][number];
export type Outcome = Trial['outcomes'][number];

/**
 * A trial's words in another language (`content/i18n/<lang>/trials.json`): the same ids, and
 * only text. Numbers stay in content/trials.json alone, so a figure can never differ between
 * languages; a number field here fails the build as an unknown key.
 */
export const trialTextSchema = z.strictObject({
  id: key,
  shortName: z.string().min(1),
  population: z.string().min(1),
  /** One sentence per entry of the English `notReported`, in the same order. */
  notReported: z.array(z.string().min(1)).default([]),
  /** Every arm of the trial, by id. */
  arms: z.array(z.strictObject({ id: key, label: z.string().min(1), shortLabel: z.string().min(1), dose: z.string() })),
  /** The outcomes whose English has a `note`, by id. */
  outcomes: z.array(z.strictObject({ id: key, note: z.string().min(1) })).default([]),
});
export type TrialText = z.infer<typeof trialTextSchema>;
