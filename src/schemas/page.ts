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
      /**
       * "What to do next": 1 to 3 concrete actions that end the page (required on patient
       * pages). `page` is a page id (file name without `.mdx`) to link to, `anchor` a
       * heading anchor on it; both are checked when the page is built.
       */
      nextSteps: z
        .array(
          z.strictObject({
            /** The action, as an instruction: "Write your methotrexate day on the pack." */
            text: z.string().min(5),
            /** Page id to link the action to, e.g. `questions`. */
            page: z.string().regex(/^[a-z0-9-]+$/, { error: 'Write a page id: the file name without .mdx, e.g. "questions".' }).optional(),
            /** Heading anchor on that page, without "#". */
            anchor: z.string().regex(/^[a-z0-9-]+$/).optional(),
          }),
        )
        .max(3, { error: 'Give at most 3 next steps: a reader acts on a few, not a list.' })
        .default([]),
      /**
       * Other words readers search with for this page's subject, when the page itself does
       * not use them ("questions for my doctor", "appointment" for the questions page). Only
       * the search index sees them (src/build/search-records.ts); the page shows nothing.
       * For a medical word, add it to the glossary term's `aliases` instead.
       */
      searchAliases: z.array(z.string().min(2)).max(10, { error: 'Give at most 10 search aliases: the words readers really use.' }).default([]),
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
      if (page.audience === 'patients' && page.nextSteps.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['nextSteps'],
          message: 'A patient page ends with 1 to 3 things to do. Fix: add "nextSteps:" with items like "- text: Print the questions for your next visit." (see src/schemas/page.ts).',
          input: page.nextSteps,
        });
      }
      const repeated = page.sources.find((s, i) => page.sources.indexOf(s) !== i);
      if (repeated) ctx.addIssue({ code: 'custom', path: ['sources'], message: `"${repeated}" is listed twice. Fix: list each source once.`, input: repeated });
    });
}

export type PageData = z.infer<ReturnType<typeof pageSchema>>;
