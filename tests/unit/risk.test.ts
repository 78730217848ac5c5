import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';

/** The English words; the Spanish ones are tested in languages.test.ts. */
const w = en.numbers;
import trials from '../../content/trials.json' with { type: 'json' };
import { doseHeadline } from '../../src/lib/dose-chart.ts';
import { neighbours } from '../../src/lib/pagination.ts';
import { difference, formatPeople, frequencyWord, scaleFor } from '../../src/lib/risk.ts';
import { differenceSentence } from '../../src/lib/sentences.ts';

describe('frequency words follow the EU leaflet convention', () => {
  test('each band, including its lower bound', () => {
    expect(frequencyWord(65)).toBe('very common');
    expect(frequencyWord(10)).toBe('very common');
    expect(frequencyWord(9.99)).toBe('common');
    expect(frequencyWord(1)).toBe('common');
    expect(frequencyWord(0.99)).toBe('uncommon');
    expect(frequencyWord(0.1)).toBe('uncommon');
    expect(frequencyWord(0.05)).toBe('rare');
    expect(frequencyWord(0.01)).toBe('rare');
    expect(frequencyWord(0.005)).toBe('very rare');
    expect(frequencyWord(0)).toBe('not seen');
  });

  test('serious infections on anakinra (1.8 in 100) are "common", never "rare"', () => {
    const pooled = trials.find((t) => t.id === 'mertens-2009')!.outcomes.find((o) => o.id === 'serious-infection')!;
    const onAnakinra = (pooled.percent as Record<string, number>)['anakinra']!;
    expect(frequencyWord(onAnakinra)).toBe('common');
  });

  test('a figure that is not a percent is refused', () => {
    expect(() => frequencyWord(146)).toThrow(/not a percent/);
    expect(() => frequencyWord(-1)).toThrow(/not a percent/);
  });
});

describe('differences in people', () => {
  test('whole percents compare out of 100', () => {
    expect(difference(38, 22, w)).toEqual({ people: 16, scale: 100, text: 'about 16 more people out of 100' });
    expect(difference(65, 24, w).text).toBe('about 41 more people out of 100');
    expect(difference(20, 21, w).text).toBe('about 1 fewer person out of 100');
    expect(difference(20, 20, w).text).toBe('about the same number of people');
  });

  test('when 100 would round the difference away, it is out of 1,000', () => {
    // 1.8 vs 0.6 would show as "2 vs 1" out of 100 and hide that one is three times the other.
    expect(scaleFor([1.8, 0.6])).toBe(1000);
    expect(formatPeople(1.8, 1000, w)).toBe('18 out of 1,000');
    expect(formatPeople(0.6, 1000, w)).toBe('6 out of 1,000');
    expect(difference(1.8, 0.6, w).text).toBe('about 12 more people out of 1,000');
    expect(scaleFor([38, 22, 'not reported'])).toBe(100);
  });

  test('the sentence uses the measure\'s own words and says nothing when a figure is missing', () => {
    const trial = { control: 'placebo', arms: [{ id: 'placebo', shortLabel: 'placebo' }, { id: 'a', shortLabel: 'a' }] };
    expect(differenceSentence(trial, { measure: 'injection-site-reaction', week: 24, percent: { placebo: 24, a: 65 } }, 'a', w)).toBe(
      'So about 41 more people out of 100 had a skin reaction.',
    );
    expect(differenceSentence(trial, { measure: 'ACR20', week: 24, percent: { placebo: 'not reported', a: 65 } }, 'a', w)).toBeUndefined();
    expect(differenceSentence(trial, { measure: 'ACR20', week: 24, percent: { placebo: 22, a: 38 } }, 'placebo', w)).toBeUndefined();
  });
});

describe('previous and next pages', () => {
  const pages = [{ id: 'index' }, { id: 'methotrexate' }, { id: 'anakinra' }];
  test('follow the reading order, with none before the first or after the last', () => {
    expect(neighbours(pages, 'methotrexate')).toEqual({ previous: pages[0], next: pages[2] });
    expect(neighbours(pages, 'index')).toEqual({ previous: undefined, next: pages[1] });
    expect(neighbours(pages, 'anakinra')).toEqual({ previous: pages[1], next: undefined });
    expect(neighbours(pages, 'search')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('dose chart headline', () => {
  test('one sentence: the best of the reported doses (never "best" overall when some are missing), against placebo, with the time', () => {
    const points = [
      { label: 'Placebo', value: 19, isControl: true },
      { label: '0.1 mg/kg', value: 'not reported' as const, isControl: false },
      { label: '1 mg/kg', value: 46, isControl: false },
      { label: '2 mg/kg', value: 38, isControl: false },
    ];
    expect(doseHeadline(points, 'improved', 'after 12 weeks', w)).toBe(
      'Of the doses with a reported result, 1 mg/kg did best after 12 weeks: 46 out of 100 improved, compared with 19 out of 100 on placebo.',
    );
    const all = [points[0]!, points[2]!, points[3]!];
    expect(doseHeadline(all, 'improved', 'after 12 weeks', w)).toMatch(/^Of all the doses, 1 mg\/kg did best/);
    expect(doseHeadline([points[0]!, points[1]!], 'improved', 'after 12 weeks', w)).toBe('No dose had a reported result after 12 weeks.');
  });
});
