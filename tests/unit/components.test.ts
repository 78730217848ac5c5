import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import DoseResponse from '../../src/components/content/DoseResponse.astro';
import ResultSentence from '../../src/components/content/ResultSentence.astro';
import ResultsTable from '../../src/components/content/ResultsTable.astro';
import Stat from '../../src/components/content/Stat.astro';
import TrialFact from '../../src/components/content/TrialFact.astro';
import { createCitations } from '../../src/lib/citations.ts';
import trials from '../../content/trials.json' with { type: 'json' };

/**
 * Components rendered from the real data files. Expected figures are read from
 * content/trials.json, so the test checks that what a reader sees is what the data says.
 */
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const locals = { citations: createCitations(['cohen-2002', 'cohen-2004', 'mertens-2009', 'bresnihan-1998'], 'test page') };
async function render(component: any, props: Record<string, unknown>) {
  const html = await container.renderToString(component, { props, locals });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}
const trial = (id: string) => trials.find((t) => t.id === id)!;
const outcome = (t: string, o: string) => trial(t).outcomes.find((x) => x.id === o)!;

describe('ResultsTable', () => {
  test('shows each arm\'s figure from the data as "N%" and "N out of 100", with an accessible structure', async () => {
    const doc = await render(ResultsTable, { trial: 'cohen-2004', outcomes: ['acr20-week24', 'acr50-week24'] });
    const caption = doc.querySelector('caption')!.textContent;
    expect(caption).toContain(trial('cohen-2004').shortName);
    expect(caption).toContain('ACR20 and ACR50 after 24 weeks');
    expect(doc.querySelectorAll('thead th[scope="col"]').length).toBe(3);
    const rows = [...doc.querySelectorAll('tbody tr')];
    expect(rows.length).toBe(trial('cohen-2004').arms.length);
    for (const [i, arm] of trial('cohen-2004').arms.entries()) {
      const row = rows[i]!;
      expect(row.querySelector('th[scope="row"]')!.textContent).toContain(arm.label);
      const value = (outcome('cohen-2004', 'acr20-week24').percent as Record<string, number>)[arm.id]!;
      const cell = row.querySelectorAll('td')[0]!;
      expect(cell.querySelector('.percent')!.textContent).toBe(`${value}%`);
      expect(cell.querySelector('.out-of')!.textContent).toBe(`${value} out of 100`);
    }
  });

  test('links its source as the page\'s numbered reference', async () => {
    const doc = await render(ResultsTable, { trial: 'cohen-2004', outcomes: 'acr20-week24' });
    const link = doc.querySelector('.table-source a')!;
    expect(link.getAttribute('href')).toBe('#source-cohen-2004');
    expect(link.textContent).toContain('[2]');
  });

  test('keeps p-values out unless asked (they belong in clinician panels)', async () => {
    const plain = await render(ResultsTable, { trial: 'cohen-2004', outcomes: 'acr20-week24' });
    expect(plain.querySelector('.p-value')).toBeNull();
    const clinical = await render(ResultsTable, { trial: 'cohen-2004', outcomes: 'acr20-week24', pValues: true });
    expect(clinical.querySelector('.p-value')!.textContent).toContain('P < 0.001');
  });

  test('with p-values, a dose-response trend is shown from the data, never typed in the page', async () => {
    const trend = (outcome('cohen-2002', 'acr20-week12') as { pTrend?: string }).pTrend!;
    const doc = await render(ResultsTable, { trial: 'cohen-2002', outcomes: 'acr20-week12', pValues: true });
    expect(doc.body.textContent).toContain(`trend across doses: P = ${trend}`);
    const plain = await render(ResultsTable, { trial: 'cohen-2002', outcomes: 'acr20-week12' });
    expect(plain.body.textContent).not.toContain('trend across doses');
  });

  test('an unknown trial or outcome fails and lists the valid keys', async () => {
    await expect(render(ResultsTable, { trial: 'cohen-2005', outcomes: 'acr20-week24' })).rejects.toThrow(
      /"cohen-2005" is not a known trial\. Valid keys: .*"cohen-2002", "cohen-2004"/,
    );
    await expect(render(ResultsTable, { trial: 'cohen-2004', outcomes: 'acr20-week12' })).rejects.toThrow(
      /"acr20-week12" is not a known outcome in trial "cohen-2004"\. Valid keys: "acr20-week24", "acr50-week24"/,
    );
  });
});

describe('DoseResponse', () => {
  test('shows every dose, with "Not reported" where the paper gave no figure', async () => {
    const doc = await render(DoseResponse, { trial: 'cohen-2002', outcome: 'acr20-week12' });
    const rows = [...doc.querySelectorAll('tbody tr')];
    const data = outcome('cohen-2002', 'acr20-week12').percent as Record<string, number | string>;
    expect(rows.length).toBe(Object.keys(data).length);
    const notReported = Object.values(data).filter((v) => v === 'not reported').length;
    expect(doc.querySelectorAll('td.not-reported').length).toBe(notReported);
    expect(notReported).toBeGreaterThan(0);
    for (const cell of doc.querySelectorAll('td.not-reported')) expect(cell.textContent).toBe('Not reported');
    // Placebo first, then doses from lowest to highest.
    const heads = rows.map((r) => r.querySelector('th')!.textContent);
    expect(heads[0]).toMatch(/Placebo/);
    expect(heads.slice(1)).toEqual(['0.04 mg/kg', '0.1 mg/kg', '0.4 mg/kg', '1 mg/kg', '2 mg/kg']);
    expect(rows[4]!.querySelector('.percent')!.textContent).toBe(`${data['anakinra-1mgkg']}%`);
  });
});

describe('inline figures', () => {
  test('Stat reads one figure in the form asked for', async () => {
    const value = (outcome('cohen-2002', 'acr20-week12').percent as Record<string, number>)['anakinra-1mgkg'];
    const props = { trial: 'cohen-2002', outcome: 'acr20-week12', arm: 'anakinra-1mgkg' };
    expect((await render(Stat, props)).body.textContent).toBe(`${value} out of 100`);
    expect((await render(Stat, { ...props, as: 'percent' })).body.textContent).toBe(`${value}%`);
  });

  test('Stat counts people on the outcome\'s scale: out of 1,000 when 100 would round the figure', async () => {
    const p = outcome('mertens-2009', 'serious-infection').percent as Record<string, number>;
    const doc = await render(Stat, { trial: 'mertens-2009', outcome: 'serious-infection', arm: 'anakinra' });
    expect(doc.body.textContent).toBe(`${Math.round(p['anakinra']! * 10)} out of 1,000`);
  });

  test('Stat says "not reported" for a dose without a figure', async () => {
    const doc = await render(Stat, { trial: 'cohen-2002', outcome: 'acr20-week12', arm: 'anakinra-0.1mgkg' });
    expect(doc.body.textContent).toBe('not reported');
  });

  test('an unknown arm fails and lists the valid arms', async () => {
    await expect(render(Stat, { trial: 'cohen-2004', outcome: 'acr20-week24', arm: 'plasebo' })).rejects.toThrow(
      'Valid keys: "placebo", "anakinra-100mg"',
    );
  });

  test('ResultSentence compares with the same trial\'s control arm', async () => {
    const doc = await render(ResultSentence, { trial: 'cohen-2004', outcome: 'acr20-week24', arm: 'anakinra-100mg' });
    const p = outcome('cohen-2004', 'acr20-week24').percent as Record<string, number>;
    expect(doc.body.textContent).toBe(
      `${p['anakinra-100mg']} out of 100 people (${p['anakinra-100mg']}%) taking anakinra plus methotrexate improved by at least 20% (ACR20: fewer sore and swollen joints, and better on other checks) after 24 weeks, ` +
        `compared with ${p['placebo']} out of 100 (${p['placebo']}%) taking a placebo injection plus methotrexate. ` +
        `So about ${p['anakinra-100mg']! - p['placebo']!} more people out of 100 improved.`,
    );
  });

  test('Frequency gives the EU word for the figure, and Difference the extra people', async () => {
    const { default: Frequency } = await import('../../src/components/content/Frequency.astro');
    const { default: Difference } = await import('../../src/components/content/Difference.astro');
    const infection = { trial: 'mertens-2009', outcome: 'serious-infection', arm: 'anakinra' };
    expect((await render(Frequency, infection)).body.textContent).toBe('common');
    expect((await render(Frequency, { trial: 'cohen-2004', outcome: 'isr-week24', arm: 'anakinra-100mg' })).body.textContent).toBe('very common');
    const isr = outcome('cohen-2004', 'isr-week24').percent as Record<string, number>;
    expect((await render(Difference, { trial: 'cohen-2004', outcome: 'isr-week24', arm: 'anakinra-100mg' })).body.textContent).toBe(
      `about ${isr['anakinra-100mg']! - isr['placebo']!} more people out of 100`,
    );
    expect((await render(Difference, infection)).body.textContent).toMatch(/^about \d+ more people out of 1,000$/);
    await expect(render(Difference, { ...infection, arm: 'placebo' })).rejects.toThrow('is the comparison group itself');
  });
});

describe('Term', () => {
  test('shows the short definition from the glossary and links to its anchor', async () => {
    const { default: Term } = await import('../../src/components/content/Term.astro');
    const glossary = (await import('../../content/glossary.json', { with: { type: 'json' } })).default;
    const il1 = glossary.find((t) => t.id === 'il-1')!;
    const doc = await render(Term, { id: 'il-1' });
    expect(doc.querySelector('button')!.textContent).toBe(il1.term);
    const popover = doc.querySelector('[popover]')!;
    expect(doc.querySelector('button')!.getAttribute('popovertarget')).toBe(popover.getAttribute('id'));
    expect(popover.textContent).toContain(il1.short);
    expect(popover.querySelector('a')!.getAttribute('href')).toBe('/glossary/#il-1');
  });

  test('an unknown term fails and lists the valid ids', async () => {
    const { default: Term } = await import('../../src/components/content/Term.astro');
    await expect(render(Term, { id: 'il-6' })).rejects.toThrow(/"il-6" is not a known glossary term\. Valid keys: .*"il-1"/);
  });
});

describe('IconArray', () => {
  test('draws exactly as many filled icons as the data says, per arm, out of 100', async () => {
    const { default: IconArray } = await import('../../src/components/content/IconArray.astro');
    const doc = await render(IconArray, { trial: 'cohen-2004', outcome: 'acr20-week24' });
    const data = outcome('cohen-2004', 'acr20-week24').percent as Record<string, number>;
    const groups = [...doc.querySelectorAll('.icon-array__group')];
    expect(groups.map((g) => g.getAttribute('data-arm'))).toEqual(['placebo', 'anakinra-100mg']);
    for (const group of groups) {
      const value = data[group.getAttribute('data-arm')!]!;
      expect(group.querySelectorAll('svg .icon--yes.icon--benefit').length).toBe(value);
      // The empty rings are one pattern over the whole 10 × 10 grid.
      expect(group.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 100 100');
    }
  });

  test('its sentence matches the data', async () => {
    const { default: IconArray } = await import('../../src/components/content/IconArray.astro');
    const doc = await render(IconArray, { trial: 'cohen-2004', outcome: 'acr20-week24' });
    const data = outcome('cohen-2004', 'acr20-week24').percent as Record<string, number>;
    expect(doc.querySelector('figcaption')!.textContent).toBe(
      `${data['anakinra-100mg']} out of 100 people (${data['anakinra-100mg']}%) taking anakinra plus methotrexate improved by at least 20% (ACR20: fewer sore and swollen joints, and better on other checks) after 24 weeks, ` +
        `compared with ${data['placebo']} out of 100 (${data['placebo']}%) taking a placebo injection plus methotrexate. ` +
        `So about ${data['anakinra-100mg']! - data['placebo']!} more people out of 100 improved.`,
    );
    expect(doc.querySelector('table caption')!.textContent).toContain('ACR20 after 24 weeks');
  });

  test('harms are drawn as triangles, benefits as circles, so the two never look alike', async () => {
    const { default: IconArray } = await import('../../src/components/content/IconArray.astro');
    const harm = await render(IconArray, { trial: 'cohen-2004', outcome: 'isr-week24' });
    const isr = outcome('cohen-2004', 'isr-week24').percent as Record<string, number>;
    const arm = harm.querySelector('[data-arm="anakinra-100mg"]')!;
    expect(arm.querySelectorAll('path.icon--harm').length).toBe(isr['anakinra-100mg']);
    expect(arm.querySelectorAll('.icon--benefit').length).toBe(0);
    expect(harm.querySelector('.icon-array__key')!.querySelector('.icon--harm')).not.toBeNull();
  });

  test('serious infections (1.8 vs 0.6 in 100) are drawn out of 1,000, so rounding cannot hide the difference', async () => {
    const { default: IconArray } = await import('../../src/components/content/IconArray.astro');
    const doc = await render(IconArray, { trial: 'mertens-2009', outcome: 'serious-infection' });
    const p = outcome('mertens-2009', 'serious-infection').percent as Record<string, number>;
    expect(doc.querySelector('figure')!.getAttribute('data-scale')).toBe('1000');
    expect(doc.querySelector('[data-arm="anakinra"]')!.querySelectorAll('.icon--yes').length).toBe(Math.round(p['anakinra']! * 10));
    expect(doc.querySelector('[data-arm="placebo"]')!.querySelectorAll('.icon--yes').length).toBe(Math.round(p['placebo']! * 10));
    expect(doc.querySelector('figcaption')!.textContent).toContain(`${Math.round(p['anakinra']! * 10)} out of 1,000 people`);
  });

  test('an unreported arm shows "Not reported", with no icons', async () => {
    const { default: IconArray } = await import('../../src/components/content/IconArray.astro');
    const doc = await render(IconArray, { trial: 'cohen-2002', outcome: 'withdrawal-isr', arms: ['placebo', 'anakinra-1mgkg'] });
    const placebo = doc.querySelector('[data-arm="placebo"]')!;
    expect(placebo.querySelector('svg')).toBeNull();
    expect(placebo.textContent).toContain('Not reported');
    const stopped = (outcome('cohen-2002', 'withdrawal-isr').percent as Record<string, number>)['anakinra-1mgkg'];
    expect(doc.querySelector('[data-arm="anakinra-1mgkg"]')!.querySelectorAll('.icon--yes').length).toBe(stopped);
    expect(doc.querySelector('tbody')!.textContent).toContain('not reported');
  });
});

describe('DoseResponseChart', () => {
  test('draws a bar for each reported dose and a labelled gap, never a bar, for each unreported one', async () => {
    const { default: Chart } = await import('../../src/components/content/DoseResponseChart.astro');
    const doc = await render(Chart, { trial: 'cohen-2002', outcome: 'acr20-week12' });
    const data = outcome('cohen-2002', 'acr20-week12').percent as Record<string, number | string>;
    const values = Object.values(data);
    expect(doc.querySelectorAll('.dose-chart__value').length).toBe(values.filter((v) => typeof v === 'number').length);
    expect(doc.querySelectorAll('.dose-chart__gap').length).toBe(values.filter((v) => v === 'not reported').length);
    for (const gap of doc.querySelectorAll('.dose-chart__nr')) expect(gap.textContent).toBe('not reported');
    expect(doc.querySelector('.dose-chart__bar--control')!.getAttribute('data-value')).toBe(String(data['placebo']));
    // Two titles: the message and a description of the data; and the table beside it.
    expect(doc.querySelector('svg title')!.textContent).toContain(`${data['anakinra-1mgkg']} out of 100`);
    expect(doc.querySelector('svg desc')!.textContent).toMatch(/^Bar chart/);
    expect(doc.querySelector('table caption')).not.toBeNull();
    expect(doc.querySelector('figcaption')!.textContent).toContain('mg per kg of body weight');
  });

  test('labels come from the trial\'s own dose unit: a fixed-dose trial never says "per kg"', async () => {
    const { default: Chart } = await import('../../src/components/content/DoseResponseChart.astro');
    const doc = await render(Chart, { trial: 'bresnihan-1998', outcome: 'acr20-week24' });
    expect(doc.body.textContent).not.toContain('per kg');
    expect([...doc.querySelectorAll('.dose-chart__label')].map((l) => l.textContent)).toEqual(['Placebo', '30 mg', '75 mg', '150 mg']);
  });
});

describe('MechanismDiagram', () => {
  test('each picture has a title and the same step written out as text beside it', async () => {
    const { default: Diagram } = await import('../../src/components/content/MechanismDiagram.astro');
    const doc = await parseWith(Diagram, ['kineret-label', 'cronstein-2005'], { caption: 'How they work' });
    const steps = (await import('../../content/mechanism.json', { with: { type: 'json' } })).default;
    const panels = [...doc.querySelectorAll('.mechanism__panel')];
    expect(panels).toHaveLength(3);
    panels.forEach((panel, i) => {
      const svg = panel.querySelector('svg[role="img"]')!;
      const title = svg.querySelector('title')!;
      expect(svg.getAttribute('aria-labelledby')).toBe(title.getAttribute('id'));
      // Every word comes from content/mechanism.json, not from the component.
      expect(title.textContent).toBe(steps[i]!.title);
      expect(panel.querySelector('p')!.textContent).toBe(steps[i]!.text);
      expect(svg.textContent).toContain(steps[i]!.labels.result);
    });
    expect(doc.querySelector('figcaption')!.textContent).toBe('How they work');
    // The clinician detail lives on the page, once, not inside the diagram.
    expect(doc.querySelector('details.for-clinicians')).toBeNull();
  });
});

async function parseWith(component: any, sources: string[], props: Record<string, unknown> = {}) {
  const html = await container.renderToString(component, { props, locals: { citations: createCitations(sources, 'test page') } });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('TrialFact', () => {
  test('the early difference is read from the trial data, in words', async () => {
    const early = (trials.find((t) => t.id === 'cohen-2004') as { earlyResponse: { week: number; pVersusControl: string } }).earlyResponse;
    const text = async (fact: string) => (await render(TrialFact, { trial: 'cohen-2004', fact })).body.textContent?.trim();
    expect(await text('earlyWeek')).toBe(String(early.week));
    expect(await text('earlyRatio')).toBe('twice');
    expect(await text('earlyP')).toBe(`P < ${early.pVersusControl.slice(1)}`);
  });
  test('a trial without an early difference fails with the fix', async () => {
    await expect(render(TrialFact, { trial: 'cohen-2002', fact: 'earlyWeek' })).rejects.toMatchObject({ message: expect.stringMatching(/has no value for "earlyWeek"/), hint: expect.stringMatching(/^Add it to content\/trials\.json/) });
  });
});
