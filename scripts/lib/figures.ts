/** How the benchmark scripts print figures, so every script says them the same way. */

/** 2048 → "2.0 KB". */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The middle value (the upper middle for an even count); NaN for none. */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
