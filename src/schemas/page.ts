import { z } from 'astro/zod';
import { reviewDateProblem } from '../lib/review-dates.ts';
import { audiences, topics } from '../lib/taxonomy.ts';

export { audiences };

/**
 * Frontmatter of a guide page in `content/pages/*.mdx`.
 *
 * @param referenceIds - ids in `content/references.json`; `sources` may only name these.
 */
export function pageSchema(referenceIds: readonly [string, ...string[]]) {
  return z
    .strictObject({
      /** The page's `<h1>` and `<title>`. */
      title: z.string().min(1),
      /** One sentence for search results and link previews. */
      description: z.string().min(20).max(200),
      /** Shorter title for the contents list. Defaults to `title`. */
      navTitle: z.string().min(1).optional(),
      /** Position in the contents list (lower first). */
      order: z.number().int(),
      /**
       * Listed in the contents list on every page (default). The list is repeated on each
       * page, so a guide that grows to hundreds of pages should group them instead; the
       * build benchmark's generated pages set this to false.
       */
      inContents: z.boolean().default(true),
      /** Who the page is written for. Patient pages must read at grade 8 or below. */
      audience: z.enum(audiences),
      /** Topic, shown as a search filter. Labels live in `src/lib/taxonomy.ts`. */
      topic: z.enum(topics, {
        error: (issue) => `"${String(issue.input)}" is not a topic. Fix: use one of: ${topics.join(', ')} (or add it to src/lib/taxonomy.ts).`,
      }),
      /** Template: a medicine page follows the NHS-style medicine template; a handout prints on 2 sheets. */
      pageType: z.enum(['home', 'guide', 'medicine', 'evidence', 'reference', 'about', 'handout']),
      /** Date a person last checked the page against its sources (YYYY-MM-DD). */
      lastReviewed: z.coerce.date({ error: 'Write "lastReviewed" as a date: YYYY-MM-DD.' }),
      /** Date the page is next due for review: after lastReviewed, at most 3 years later. */
      nextReview: z.coerce.date({ error: 'Write "nextReview" as a date: YYYY-MM-DD.' }),
      /**
       * The page's sources, by id in `content/references.json`, in the order they are
       * numbered on the page. `<Cite>` and result components may only cite these.
       */
      sources: z
        .array(
          z.enum(referenceIds, {
            error: (issue) =>
              `"${String(issue.input)}" is not in content/references.json. Fix: use one of: ${referenceIds.join(', ')}.`,
          }),
        )
        .default([]),
    })
    .superRefine((page, ctx) => {
      const problem = reviewDateProblem(page.lastReviewed, page.nextReview);
      if (problem) ctx.addIssue({ code: 'custom', path: ['nextReview'], message: problem, input: page.nextReview });
      const repeated = page.sources.find((s, i) => page.sources.indexOf(s) !== i);
      if (repeated) ctx.addIssue({ code: 'custom', path: ['sources'], message: `"${repeated}" is listed twice. Fix: list each source once.`, input: repeated });
    });
}

export type PageData = z.infer<ReturnType<typeof pageSchema>>;
