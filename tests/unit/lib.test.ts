import { describe, expect, test } from 'vitest';
import { createCitations, sourceAnchor } from '../../src/lib/citations.ts';
import { assertUniqueIds, idsOf, parseJsonArray } from '../../src/lib/json-array.ts';
import { pick } from '../../src/lib/lookup.ts';
import { addYears, reviewDateProblem } from '../../src/lib/review-dates.ts';
import { pageHref } from '../../src/lib/urls.ts';

describe('pick', () => {
  const items = [{ id: 'placebo' }, { id: 'anakinra-100mg' }];
  test('returns the item with that key', () => {
    expect(pick(items, 'placebo', 'arm', '<Stat>')).toBe(items[0]);
  });
  test('an unknown key fails and lists every valid key', () => {
    expect(() => pick(items, 'plasebo', 'arm', '<Stat arm="plasebo">')).toThrow(
      '<Stat arm="plasebo">: "plasebo" is not a known arm. Valid keys: "placebo", "anakinra-100mg".',
    );
  });
});

describe('citations', () => {
  test('number sources in the order the page lists them', () => {
    const c = createCitations(['cohen-2002', 'cohen-2004'], 'content/pages/results.mdx');
    expect(c.number('cohen-2004', '<Cite>')).toBe(2);
    expect(sourceAnchor('cohen-2004')).toBe('source-cohen-2004');
  });
  test('citing a source the page does not list names the page and the fix', () => {
    const c = createCitations(['cohen-2002'], 'content/pages/results.mdx');
    expect(() => c.number('mertens-2009', '<ResultsTable>')).toThrow(
      /<ResultsTable> cites "mertens-2009", which content\/pages\/results\.mdx does not list/,
    );
    // In Astro's own error format: the fix is the hint the dev overlay and the CLI show.
    expect(() => c.number('mertens-2009', '<ResultsTable>')).toThrow(
      expect.objectContaining({ name: 'AstroUserError', hint: 'Add "mertens-2009" to sources (listed now: cohen-2002).' }),
    );
  });
});

describe('review dates', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  test('a next review within 3 years is fine', () => {
    expect(reviewDateProblem(d('2026-11-22'), d('2029-11-22'))).toBeUndefined();
  });
  test('a next review on or before the last review is a problem', () => {
    expect(reviewDateProblem(d('2026-11-22'), d('2026-11-22'))).toMatch(/must be after/);
  });
  test('a next review more than 3 years later is a problem that says the latest allowed date', () => {
    expect(reviewDateProblem(d('2026-11-22'), d('2029-11-23'))).toMatch(/on or before 2029-11-22/);
  });
  test('adding years to 29 February lands on 28 February', () => {
    expect(addYears(d('2028-02-29'), 3).toISOString().slice(0, 10)).toBe('2031-02-28');
  });
});

describe('JSON array files', () => {
  test('parses entries with their positions', () => {
    expect(parseJsonArray('[{"id":"a"},{"id":"b"}]', 'x.json').map((i) => [i.id, i.position])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
  test('a syntax error names the file', () => {
    expect(() => parseJsonArray('[{"id":"a"},]', 'content/x.json')).toThrow(/^content\/x\.json: this file is not valid JSON/);
  });
  test('an entry without an id names the file, the entry and the field', () => {
    expect(() => parseJsonArray('[{"name":"a"}]', 'content/x.json')).toThrow('content/x.json: entry 1 field "id" is missing');
  });
  test('a repeated id names both entries', () => {
    const items = parseJsonArray('[{"id":"a"},{"id":"b"},{"id":"a"}]', 'x.json');
    expect(() => assertUniqueIds(items, 'x.json')).toThrow('"a" is used by entry 1 and entry 3');
    expect(idsOf('[{"id":"a"},{"id":"b"}]', 'x.json')).toEqual(['a', 'b']);
  });
});

describe('page links', () => {
  test('respect the base path', () => {
    expect(pageHref('/', 'index')).toBe('/');
    expect(pageHref('/', 'glossary', 'acr20')).toBe('/glossary/#acr20');
    expect(pageHref('/ra-guide/', 'results')).toBe('/ra-guide/results/');
    expect(pageHref('/ra-guide', 'results')).toBe('/ra-guide/results/');
  });
});
