/**
 * How Pagefind ranks results on this site, shared by the search interface and the
 * relevance suite (tests/e2e/relevance-queries.ts) so the tests measure what readers get.
 *
 * Pagefind's defaults (pageLength 0.75, termSaturation 1.4) favour short documents: a
 * glossary term's record or the short handout outranked the long medicine pages that
 * answer the question ("methotrexat" found the handout before the methotrexate page).
 * Measured on the relevance suite: defaults 32/36 in the top 3; pageLength 0.3 with
 * termSaturation 1.8, 36/36 (a word used often on a page counts a little more, and a
 * page's length is held against it less). With the Spanish edition (2026-12-05), the long
 * Spanish anakinra page came 4th for "anakinra", behind three shorter pages whose titles
 * name it too; pageLength 0.2 puts it in the top 3 and keeps every English and Spanish
 * case passing (67/67; 0.1 also passes, 0.3 misses that one).
 */
export const searchRanking = { pageLength: 0.2, termSaturation: 1.8 } as const;
