import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import { describe, expect, test } from 'vitest';
import { jsonArray } from '../../src/collections/json-loader.ts';
import { idsOf } from '../../src/lib/json-array.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { mechanismSchema } from '../../src/schemas/mechanism.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { scoringSchema } from '../../src/schemas/scoring.ts';
import { trialSchema } from '../../src/schemas/trial.ts';
import { syncWith } from '../helpers/content-fixture.ts';

/**
 * Every validation rule, with one bad edit each, checked in-process against the schemas
 * the collections use (`src/content.config.ts`). Astro prints each issue as
 * `path: message` under the file's name; `problems()` gives the same two parts, so these
 * tests read what an editor would read. Two cases at the end run the real `astro sync`
 * to prove Astro names the file and the field.
 */
const read = (file: string) => readFileSync(file, 'utf-8');
const refIds = idsOf(read('content/references.json'), 'content/references.json') as [string, ...string[]];
const trials = trialSchema(refIds);
const pages = pageSchema(refIds);

type Parsed = { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
const problems = (result: Parsed) => (result.success ? [] : result.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`));

/** A fresh copy of the 2002 dose-finding trial from `content/trials.json`, with one edit. */
const cohen2002 = (change: (trial: any) => void) => {
  const trial = (JSON.parse(read('content/trials.json')) as any[]).find((t) => t.id === 'cohen-2002');
  change(trial);
  return problems(trials.safeParse(trial));
};

/** A complete, valid page's frontmatter (as YAML gives it), with some fields overridden. */
const page = (overrides: Record<string, unknown>) =>
  problems(
    pages.safeParse({
      title: 'Fixture page',
      description: 'A page written by a validation test, never committed.',
      order: 99,
      audience: 'patients',
      topic: 'evidence',
      pageType: 'guide',
      lastReviewed: '2026-11-22',
      nextReview: '2027-11-22',
      sources: ['cohen-2004'],
      nextSteps: [{ text: 'Print the questions for your next visit.' }],
      ...overrides,
    }),
  );

describe('the content as committed', () => {
  const files = [
    ['content/references.json', referenceSchema],
    ['content/trials.json', trials],
    ['content/glossary.json', glossarySchema],
    ['content/cia-scoring.json', scoringSchema],
    ['content/mechanism.json', mechanismSchema(refIds)],
  ] as const;
  for (const [file, schema] of files) {
    test(`${file}: every entry passes its schema`, () => {
      const entries = JSON.parse(read(file)) as { id: string }[];
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) expect(problems(schema.safeParse(entry)), `${file} → ${entry.id}`).toEqual([]);
    });
  }
  test('the fixture page is valid, so each page test below fails for its one edit', () => {
    expect(page({})).toEqual([]);
  });
});

describe('a trial with one mistake names the field and the fix', () => {
  test('a percent above 100 (146 typed for 46)', () => {
    expect(cohen2002((t) => (t.outcomes[0].percent['anakinra-1mgkg'] = 146))).toEqual([
      'outcomes.0.percent.anakinra-1mgkg: A percent cannot be above 100. Fix: check the figure in the paper (a typo such as 146 for 46?).',
    ]);
  });

  test('a percent below 0', () => {
    expect(cohen2002((t) => (t.outcomes[0].percent.placebo = -19))).toEqual([
      'outcomes.0.percent.placebo: A percent cannot be below 0. Fix: check the figure in the paper.',
    ]);
  });

  test('a guessed figure must be written "not reported", not as other text', () => {
    expect(cohen2002((t) => (t.outcomes[0].percent.placebo = 'about 20'))).toEqual([
      expect.stringMatching(/^outcomes\.0\.percent\.placebo: /),
    ]);
  });

  test('an outcome that names an arm the trial does not have', () => {
    const found = cohen2002((t) => (t.outcomes[0].percent['anakinra-3mgkg'] = 40));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^outcomes\.0\.percent\.anakinra-3mgkg: Outcome "[^"]+" names arm "anakinra-3mgkg", which this trial does not have\. Fix: use one of: placebo, anakinra-0\.04mgkg/);
  });

  test('an outcome that leaves out an arm', () => {
    const found = cohen2002((t) => delete t.outcomes[0].percent.placebo);
    expect(found).toEqual([expect.stringMatching(/^outcomes\.0\.percent: .*no value for arm "placebo"\. Fix: add "placebo": a percent, or "placebo": "not reported"/)]);
  });

  test('a trial whose reference id does not exist', () => {
    expect(cohen2002((t) => (t.reference = 'cohen-2020'))).toEqual([
      expect.stringMatching(/^reference: Field "reference" is "cohen-2020", which is not in content\/references\.json\. Fix: use one of: cohen-2002/),
    ]);
  });

  test('a week after the end of the trial', () => {
    expect(cohen2002((t) => (t.outcomes[0].week = 52))).toEqual([
      'outcomes.0.week: Week 52 is after the end of the trial (24 weeks). Fix: check the week, or "durationWeeks".',
    ]);
  });

  test('a p-value in an unknown format', () => {
    expect(cohen2002((t) => (t.outcomes[0].pVersusControl['anakinra-1mgkg'] = 'P = .001'))).toEqual([
      expect.stringMatching(/^outcomes\.0\.pVersusControl\.anakinra-1mgkg: .*exactly as the paper reports it, e.g\. "0\.007" or "<0\.001"/),
    ]);
  });

  test('a control that is not one of the arms', () => {
    expect(cohen2002((t) => (t.control = 'placebo-mtx'))).toEqual([
      expect.stringMatching(/^control: Field "control" is "placebo-mtx", which is not an arm of this trial\. Fix: use one of: placebo,/),
    ]);
  });

  test('a field that is not in the schema (a typo in a key)', () => {
    expect(cohen2002((t) => (t.durationWeek = 24))).toEqual([expect.stringMatching(/durationWeek/)]);
  });
});

describe('a page with one mistake in its frontmatter names the field and the fix', () => {
  test('a source id that does not exist', () => {
    expect(page({ sources: ['not-a-source', 'cohen-2004'] })).toEqual([
      expect.stringMatching(/^sources\.0: "not-a-source" is not in content\/references\.json\. Fix: use one of: cohen-2002/),
    ]);
  });

  test('nextReview before lastReviewed', () => {
    expect(page({ nextReview: '2025-01-01' })).toEqual([expect.stringMatching(/^nextReview: "nextReview" \(2025-01-01\) must be after "lastReviewed"/)]);
  });

  test('nextReview more than 3 years after lastReviewed', () => {
    expect(page({ nextReview: '2029-11-23' })).toEqual([
      expect.stringContaining('nextReview: "nextReview" (2029-11-23) is more than 3 years after "lastReviewed" (2026-11-22). Fix: set nextReview on or before 2029-11-22'),
    ]);
  });

  test('a patient page without "What to do next", or with more than 3 steps', () => {
    expect(page({ nextSteps: [] })).toEqual([expect.stringMatching(/^nextSteps: A patient page ends with 1 to 3 things to do\. Fix: add "nextSteps:"/)]);
    const four = Array.from({ length: 4 }, () => ({ text: 'Write down your day.' }));
    expect(page({ nextSteps: four })).toEqual(['nextSteps: Give at most 3 next steps: a reader acts on a few, not a list.']);
  });

  test('a topic that does not exist', () => {
    expect(page({ topic: 'dosing' })).toEqual([expect.stringMatching(/^topic: "dosing" is not a topic\. Fix: use one of: /)]);
  });
});

describe('the JSON loader stops the build on a broken file, in Astro\'s error format', () => {
  /** Runs the collection loader over `text` as Astro would, with a schema that accepts anything. */
  const load = async (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-loader-'));
    try {
      writeFileSync(join(dir, 'terms.json'), text);
      const stored: string[] = [];
      const context = {
        config: { root: pathToFileURL(`${dir}/`) },
        store: { clear: () => (stored.length = 0), set: ({ id }: { id: string }) => stored.push(id) },
        parseData: async ({ data }: { data: unknown }) => data,
        logger: { info: () => {}, error: () => {} },
      };
      await jsonArray('terms.json').load(context as never);
      return stored;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test('a valid file loads every entry', async () => {
    expect(await load('[{"id":"a"},{"id":"b"}]')).toEqual(['a', 'b']);
  });

  test('a duplicate id', async () => {
    const error = await load('[{"id":"a"},{"id":"b"},{"id":"a"}]').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AstroError);
    expect((error as AstroError).message).toBe('terms.json: field "id" is duplicated: "a" is used by entry 1 and entry 3.');
    expect((error as AstroError).hint).toMatch(/^Ids must be unique/);
  });

  test('a JSON syntax error is not silently ignored', async () => {
    const error = await load('[{"id":"a"},,]').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AstroError);
    expect((error as AstroError).message).toMatch(/^terms\.json: this file is not valid JSON/);
    expect((error as AstroError).hint).toMatch(/missing comma/);
  });
});

/**
 * The same rules through the real `astro sync` (which `astro build` and `astro check` run
 * first): proof that Astro prints the file and the field with the message, for a JSON
 * collection and for a page's frontmatter.
 */
describe.concurrent('through astro sync, the message names the file, the field and the fix', () => {
  test('a percent above 100 in content/trials.json', async () => {
    const { code, output } = await syncWith((f) => {
      const data = f.readJson('content/trials.json');
      data.find((t: any) => t.id === 'cohen-2002').outcomes[0].percent['anakinra-1mgkg'] = 146;
      f.writeJson('content/trials.json', data);
    });
    expect(code).not.toBe(0);
    expect(output).toContain('content/trials.json');
    expect(output).toContain('outcomes.0.percent.anakinra-1mgkg: A percent cannot be above 100. Fix:');
  });

  test('an unknown source in a page', async () => {
    const { code, output } = await syncWith((f) =>
      f.edit('content/pages/results.mdx', (text) => text.replace(/^sources:\s*\[/m, 'sources: [not-a-source, ')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/pages/results.mdx');
    expect(output).toContain('sources.0: "not-a-source" is not in content/references.json. Fix: use one of:');
  });
});
