/**
 * The words readers see for a page's audience and topic: in search filters, the A–Z list
 * and anywhere else a page is labelled. Keys are what frontmatter uses; values are shown.
 */
export const audienceLabels = {
  patients: 'Patients and families',
  clinicians: 'Clinicians',
  researchers: 'Researchers',
} as const;

export const topicLabels = {
  basics: 'The basics',
  medicines: 'The medicines',
  evidence: 'Trial results',
  safety: 'Side effects and safety',
  reference: 'Reference',
  research: 'Research',
  about: 'About this guide',
} as const;

export type Audience = keyof typeof audienceLabels;
export type Topic = keyof typeof topicLabels;

export const audiences = Object.keys(audienceLabels) as [Audience, ...Audience[]];
export const topics = Object.keys(topicLabels) as [Topic, ...Topic[]];
