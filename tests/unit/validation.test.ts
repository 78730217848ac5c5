import { describe, expect, test } from 'vitest';
import { syncWith, type Fixture } from '../helpers/content-fixture.ts';

/**
 * Every validation rule, with one bad fixture each, run through the real `astro sync`
 * (which `astro build` and `astro check` both run first). Each message must name the
 * file, the field and say how to fix it.
 */
const trialsFile = 'content/trials.json';
const cohen2002 = (f: Fixture, change: (trial: any) => void) => {
  const trials = f.readJson(trialsFile);
  change(trials.find((t: any) => t.id === 'cohen-2002'));
  f.writeJson(trialsFile, trials);
};

/** A complete, valid page; each page test overrides one frontmatter line. */
const pageFile = 'content/pages/fixture-page.mdx';
const writePage = (f: Fixture, overrides: Record<string, string>) => {
  const frontmatter: Record<string, string> = {
    title: 'Fixture page',
    description: 'A page written by a validation test, never committed.',
    order: '99',
    audience: 'patients',
    topic: 'evidence',
    pageType: 'guide',
    lastReviewed: '2026-11-22',
    nextReview: '2027-11-22',
    sources: '[cohen-2004]',
    nextSteps: '[{ text: "Print the questions for your next visit." }]',
    ...overrides,
  };
  const yaml = Object.entries(frontmatter).map(([key, value]) => `${key}: ${value}`).join('\n');
  f.writeText(pageFile, `---\n${yaml}\n---\n\nText.\n`);
};

describe.concurrent('invalid content fails the build with file, field and fix', () => {
  test('the untouched content passes', async () => {
    const { code, output } = await syncWith(() => {});
    expect(output).not.toMatch(/error/i);
    expect(code).toBe(0);
  });

  test('a percent above 100 (146 typed for 46)', async () => {
    const { code, output } = await syncWith((f) =>
      cohen2002(f, (t) => {
        t.outcomes[0].percent['anakinra-1mgkg'] = 146;
      }),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(trialsFile);
    expect(output).toContain('outcomes.0.percent.anakinra-1mgkg');
    expect(output).toContain('A percent cannot be above 100');
    expect(output).toContain('Fix:');
  });

  test('a percent below 0', async () => {
    const { code, output } = await syncWith((f) =>
      cohen2002(f, (t) => {
        t.outcomes[0].percent.placebo = -19;
      }),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(trialsFile);
    expect(output).toContain('outcomes.0.percent.placebo');
    expect(output).toContain('cannot be below 0');
  });

  test('an outcome that names an arm the trial does not have', async () => {
    const { code, output } = await syncWith((f) =>
      cohen2002(f, (t) => {
        t.outcomes[0].percent['anakinra-3mgkg'] = 40;
      }),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(trialsFile);
    expect(output).toContain('outcomes.0.percent.anakinra-3mgkg');
    expect(output).toContain('Fix: use one of: placebo, anakinra-0.04mgkg');
  });

  test('a trial whose reference id does not exist', async () => {
    const { code, output } = await syncWith((f) =>
      cohen2002(f, (t) => {
        t.reference = 'cohen-2020';
      }),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(trialsFile);
    expect(output).toMatch(/\breference\b.*"cohen-2020", which is not in content\/references\.json/);
    expect(output).toContain('Fix: use one of: cohen-2002');
  });

  test('a page that lists a source id that does not exist', async () => {
    const { code, output } = await syncWith((f) => writePage(f, { sources: '[not-a-source, cohen-2004]' }));
    expect(code).not.toBe(0);
    expect(output).toContain(pageFile);
    expect(output).toContain('sources.0');
    expect(output).toContain('"not-a-source" is not in content/references.json');
  });

  test('a duplicate id', async () => {
    const { code, output } = await syncWith((f) => {
      const refs = f.readJson('content/references.json');
      f.writeJson('content/references.json', [...refs, { ...refs[0] }]);
    });
    expect(code).not.toBe(0);
    expect(output).toContain('content/references.json');
    expect(output).toMatch(/field "id" is duplicated: "cohen-2002" is used by entry 1 and entry \d+/);
    // In Astro's error format the fix is the hint.
    expect(output).toMatch(/Hint:\s+Ids must be unique/);
  });

  test('a week after the end of the trial', async () => {
    const { code, output } = await syncWith((f) =>
      cohen2002(f, (t) => {
        t.outcomes[0].week = 52;
      }),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(trialsFile);
    expect(output).toContain('outcomes.0.week');
    expect(output).toContain('Week 52 is after the end of the trial (24 weeks)');
  });

  test('a p-value in an unknown format', async () => {
    const { code, output } = await syncWith((f) =>
      cohen2002(f, (t) => {
        t.outcomes[0].pVersusControl['anakinra-1mgkg'] = 'P = .001';
      }),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(trialsFile);
    expect(output).toContain('outcomes.0.pVersusControl.anakinra-1mgkg');
    expect(output).toContain('exactly as the paper reports it, e.g. "0.007" or "<0.001"');
  });

  test('a page whose nextReview is before lastReviewed', async () => {
    const { code, output } = await syncWith((f) => writePage(f, { nextReview: '2025-01-01' }));
    expect(code).not.toBe(0);
    expect(output).toContain(pageFile);
    expect(output).toContain('nextReview');
    expect(output).toContain('"nextReview" (2025-01-01) must be after "lastReviewed"');
  });

  test('a page whose nextReview is more than 3 years after lastReviewed', async () => {
    const { code, output } = await syncWith((f) => writePage(f, { nextReview: '2029-11-23' }));
    expect(code).not.toBe(0);
    expect(output).toContain(pageFile);
    expect(output).toContain('is more than 3 years after "lastReviewed" (2026-11-22). Fix: set nextReview on or before 2029-11-22');
  });

  test('a patient page without "What to do next", or with more than 3 steps', async () => {
    const none = await syncWith((f) => writePage(f, { nextSteps: '[]' }));
    expect(none.code).not.toBe(0);
    expect(none.output).toContain(pageFile);
    expect(none.output).toContain('nextSteps: A patient page ends with 1 to 3 things to do. Fix: add "nextSteps:"');
    const four = await syncWith((f) => writePage(f, { nextSteps: `[${Array(4).fill('{ text: "Write down your day." }').join(', ')}]` }));
    expect(four.code).not.toBe(0);
    expect(four.output).toContain('Give at most 3 next steps');
  });

  test('a JSON syntax error is not silently ignored', async () => {
    const { code, output } = await syncWith((f) => f.edit('content/glossary.json', (text) => text.replace('},', '},,')));
    expect(code).not.toBe(0);
    expect(output).toContain('content/glossary.json: this file is not valid JSON');
  });
});
