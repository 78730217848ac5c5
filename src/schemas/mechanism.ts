import { z } from 'astro/zod';

/** The three pictures of `<MechanismDiagram>`, in the order they are drawn. */
export const mechanismSteps = ['il1', 'anakinra', 'methotrexate'] as const;

/**
 * The words of one step of "how the two medicines work": beside and inside its picture.
 * A translation (`content/i18n/<lang>/mechanism.json`) has exactly these fields.
 */
export const mechanismTextSchema = z.strictObject({
  /** Which picture: "il1", "anakinra" or "methotrexate". */
  id: z.enum(mechanismSteps),
  /** The picture's title (read by screen readers), e.g. "1. IL-1 switches the cell on". */
  title: z.string().min(1),
  /** The same step written out as a sentence or two beside the picture. */
  text: z.string().min(20),
  /** Short labels drawn inside the picture. `blocked` is used by the anakinra picture only. */
  labels: z.strictObject({
    cell: z.string().min(1),
    note: z.string().min(1),
    result: z.string().min(1),
    blocked: z.string().min(1).optional(),
  }),
});
export type MechanismText = z.infer<typeof mechanismTextSchema>;

/**
 * One step of "how the two medicines work" (`content/mechanism.json`): its words, and the
 * source they come from. The drawing is the component's; every word a reader sees is here.
 *
 * @param referenceIds - ids in `content/references.json`; `source` may only name these.
 */
export function mechanismSchema(referenceIds: readonly [string, ...string[]]) {
  return mechanismTextSchema.extend({
    /** The source the step comes from, cited under the diagram. */
    source: z.enum(referenceIds, {
      error: (issue) => `"${String(issue.input)}" is not in content/references.json. Fix: use one of: ${referenceIds.join(', ')}.`,
    }),
  });
}

export type MechanismStep = z.infer<ReturnType<typeof mechanismSchema>>;
