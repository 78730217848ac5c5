import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';

/** The English words; the Spanish ones are tested in languages.test.ts. */
const w = en.numbers;
import { doseMessage } from '../../src/lib/dose-chart.ts';

describe('dose-response message', () => {
  const points = [
    { label: 'Placebo', value: 19, isControl: true },
    { label: '0.1 mg/kg', value: 'not reported' as const, isControl: false },
    { label: '1 mg/kg', value: 46, isControl: false },
    { label: '2 mg/kg', value: 38, isControl: false },
  ];
  test('names the best reported dose, the placebo figure, a higher dose that did no better, and the gaps', () => {
    expect(doseMessage(points, 'ACR20', 'after 12 weeks', w)).toBe(
      '1 mg/kg had the best reported ACR20 result after 12 weeks: 46 out of 100 people, compared with 19 out of 100 on placebo. ' +
        'The higher 2 mg/kg dose did not do better. 1 dose has no reported figure.',
    );
  });
  test('when the highest dose is best there is no "did not do better" clause', () => {
    const rising = [points[0]!, { label: '1 mg/kg', value: 30, isControl: false }, { label: '2 mg/kg', value: 40, isControl: false }];
    expect(doseMessage(rising, 'ACR20', 'after 12 weeks', w)).not.toContain('did not do better');
  });
  test('no reported dose says so', () => {
    expect(doseMessage([points[0]!, points[1]!], 'ACR20', 'after 12 weeks', w)).toBe('No dose had a reported ACR20 result after 12 weeks.');
  });
});
