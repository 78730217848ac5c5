import { AstroError } from 'astro/errors';
/**
 * Finds an item by id, or fails the build with a message that names the component, the
 * bad key and every valid key, so an MDX author can fix a typo without opening the data.
 */
export function pick<T extends { id: string }>(
  items: readonly T[],
  id: string,
  what: string,
  where: string,
): T {
  const found = items.find((item) => item.id === id);
  if (found) return found;
  const valid = items.map((item) => `"${item.id}"`).join(', ');
  throw new AstroError(`${where}: "${id}" is not a known ${what}. Valid keys: ${valid}.`, 'Use one of the valid keys (they come from the files in content/), or add the missing entry there.');
}
