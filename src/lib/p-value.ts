/**
 * P-values are kept as text exactly as the paper printed them ("0.001", "<0.001"), because
 * turning "<0.01" into a number would lose what the authors actually reported.
 * Accepted: an optional "<", then a decimal between 0 and 1 written with a leading "0".
 */
export const pValuePattern = /^<?0\.\d*[1-9]\d*$/;

export const pValueHelp =
  'Write the p-value as text exactly as the paper reports it, e.g. "0.007" or "<0.001" (leading 0, no "P =", no spaces).';

/** "<0.001" → "P < 0.001"; "0.007" → "P = 0.007". For clinician panels only. */
export function formatPValue(p: string): string {
  return p.startsWith('<') ? `P < ${p.slice(1)}` : `P = ${p}`;
}
