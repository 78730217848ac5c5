/**
 * A page's audience and topic, as frontmatter names them. The words readers see for each (in
 * search filters, the A–Z list, link previews) are in every language's dictionary under
 * `taxonomy` (src/i18n/en.ts), whose type asks for one label per key below.
 */
export const audiences = ['patients', 'clinicians', 'researchers'] as const;
export const topics = ['basics', 'medicines', 'evidence', 'safety', 'reference', 'research', 'about'] as const;

export type Audience = (typeof audiences)[number];
export type Topic = (typeof topics)[number];
