import { z } from 'astro/zod';

/**
 * A scoring scale used in animal research (`content/cia-scoring.json`). Only the parts the
 * fact base confirms are stored: the range per paw and the maximum per animal. Steps a
 * source does not define are left to the text, not invented.
 */
export const scoringSchema = z
  .strictObject({
    /** Key, e.g. `"clinical-score"`. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Name shown in the table caption. */
    name: z.string().min(1),
    /** What one score covers, e.g. `"per paw"`. */
    unit: z.string().min(1),
    /** Lowest score for one paw. */
    min: z.number().int().min(0),
    /** Highest score for one paw. */
    max: z.number().int().positive(),
    /** Paws scored per animal. */
    paws: z.number().int().positive(),
    /** Highest total per animal; must equal `max × paws`. */
    maxPerAnimal: z.number().int().positive(),
    /** Scores the source describes, with their meaning in plain words. */
    levels: z.array(z.strictObject({ score: z.number().int(), meaning: z.string().min(1) })).min(1),
  })
  .superRefine((scale, ctx) => {
    if (scale.max * scale.paws !== scale.maxPerAnimal) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxPerAnimal'],
        input: scale.maxPerAnimal,
        message: `"maxPerAnimal" is ${scale.maxPerAnimal}, but ${scale.paws} paws × ${scale.max} is ${scale.max * scale.paws}. Fix: make them agree.`,
      });
    }
    scale.levels.forEach((level, i) => {
      if (level.score < scale.min || level.score > scale.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'score'],
          input: level.score,
          message: `Score ${level.score} is outside the scale (${scale.min} to ${scale.max}). Fix: check the score.`,
        });
      }
    });
  });
