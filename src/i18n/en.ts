/**
 * Interface text: the words the page frame and components say, in one place, so a second
 * language is one more file of the same shape and no component hard-codes a sentence.
 * (Medical content lives in content/; this is only the interface.)
 */
import type { Contact } from '../site.config.ts';

export const ui = {
  careCard: {
    'non-urgent': { label: 'Non-urgent advice', visible: 'Contact your care team' },
    urgent: { label: 'Urgent advice', visible: 'Get advice now' },
    emergency: { label: 'Immediate action required', visible: 'Get help now' },
    important: { label: 'Important', visible: 'Important' },
    /** The line under each card that says whom to contact and how. */
    how: {
      'non-urgent': (team: Contact) => [`Contact ${team.name}:`, team] as const,
      urgent: (team: Contact) => [`Contact ${team.name} straight away:`, team] as const,
      emergency: (emergency: Contact) => [`Call ${emergency.name}`, emergency] as const,
    },
    urgentFallback: (urgent: Contact) => [`If they are closed, contact ${urgent.name}:`, urgent] as const,
    emergencyAlso: 'or go to the nearest emergency department.',
  },
  nextSteps: { heading: 'What to do next' },
  pagination: { label: 'Previous and next page', previous: 'Previous', next: 'Next' },
  sources: { summary: 'Sources and citation' },
  reviewer: {
    named: 'Reviewed by',
    none: 'No named clinician has reviewed this copy of the guide. Check anything you read here with your care team.',
  },
  sectionLink: 'Link to this section',
  checklist: {
    saved: 'Your ticks are kept on this device only. They are never sent anywhere.',
    clear: 'Clear my ticks',
  },
  header: { search: 'Search', menu: 'Menu', contents: 'Pages in this guide' },
  /** The colour control in the header menu; "system" follows the device's light or dark setting. */
  theme: { legend: 'Colours', system: 'Match my device', light: 'Light', dark: 'Dark' },
  frequency: {
    /** Said beside a frequency word the first time, so "common" is never read as "rare". */
    scale: 'Very common: more than 1 in 10 people. Common: up to 1 in 10. Uncommon: up to 1 in 100. Rare: up to 1 in 1,000.',
  },
} as const;
