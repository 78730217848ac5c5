/**
 * Previous and next pages in reading order (the NHS pagination pattern), from the same
 * ordered list the contents uses, so the two can never disagree.
 */
export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/** The items before and after `current` in `ordered`; both undefined when it is not there. */
export function neighbours<T extends { id: string }>(ordered: readonly T[], current: string): Neighbours<T> {
  const i = ordered.findIndex((item) => item.id === current);
  if (i === -1) return { previous: undefined, next: undefined };
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}
