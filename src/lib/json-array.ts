import { AstroError } from 'astro/errors';
/**
 * Reading the evidence files (`content/*.json`) strictly.
 *
 * Astro's own `file()` loader logs a JSON syntax error and carries on with an empty
 * collection, and only warns about a repeated id. For a medical guide both must stop the
 * build, so the loader in `json-loader.ts` uses these two pure helpers.
 */

/** One entry of a JSON array file, with its 1-based position for error messages. */
export interface ArrayItem {
  id: string;
  position: number;
  data: Record<string, unknown>;
}

/** Parses `text` as a JSON array of objects that each carry a string `id`. */
export function parseJsonArray(text: string, file: string): ArrayItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AstroError(
      `${file}: this file is not valid JSON (${reason}).`,
      'Look for a missing comma or quote near that position, or an extra comma before "]" or "}".',
    );
  }
  if (!Array.isArray(parsed)) {
    throw new AstroError(`${file}: expected a JSON array ([ ... ]) of entries.`, `Wrap the entries in [ and ].`);
  }
  return parsed.map((data: unknown, index) => {
    const position = index + 1;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new AstroError(`${file}: entry ${position} is not an object.`, `Each entry must be { "id": "...", ... }.`);
    }
    const record = data as Record<string, unknown>;
    if (typeof record['id'] !== 'string' || record['id'].trim() === '') {
      throw new AstroError(`${file}: entry ${position} field "id" is missing or empty.`, 'Give it a short unique id such as "cohen-2004".');
    }
    return { id: record['id'], position, data: record };
  });
}

/** Throws when two entries share an id, naming both positions. */
export function assertUniqueIds(items: readonly ArrayItem[], file: string): void {
  const seen = new Map<string, number>();
  for (const item of items) {
    const first = seen.get(item.id);
    if (first !== undefined) {
      throw new AstroError(
        `${file}: field "id" is duplicated: "${item.id}" is used by entry ${first} and entry ${item.position}.`,
        'Ids must be unique: rename one of them and update any page or trial that points to it.',
      );
    }
    seen.set(item.id, item.position);
  }
}

/** The ids of a JSON array file, for use as the valid keys of another schema. */
export function idsOf(text: string, file: string): string[] {
  const items = parseJsonArray(text, file);
  assertUniqueIds(items, file);
  return items.map((item) => item.id);
}
