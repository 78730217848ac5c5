import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';

/** The English words; the Spanish ones are tested in languages.test.ts. */
const w = en.numbers;
import { formatCount, formatOutOf100, formatPercent, formatRatio, formatWhen, iconsOutOf100 } from '../../src/lib/format.ts';
import { formatPValue, pValuePattern } from '../../src/lib/p-value.ts';
import { figureText, listJoin, resultSentence, resultsCaption } from '../../src/lib/sentences.ts';

describe('number formatting', () => {
  test('whole percents read as "N out of 100" and "N%"', () => {
    expect(formatOutOf100(46, w)).toBe('46 out of 100');
    expect(formatPercent(46, w)).toBe('46%');
    expect(formatOutOf100(0, w)).toBe('0 out of 100');
    expect(formatOutOf100(100, w)).toBe('100 out of 100');
  });

  test('a fractional percent is rounded with "about", never shown as a fraction of a person', () => {
    expect(formatOutOf100(1.8, w)).toBe('about 2 out of 100');
    expect(formatPercent(1.8, w)).toBe('1.8%');
    expect(formatOutOf100(0.6, w)).toBe('about 1 out of 100');
  });

  test('a tiny but non-zero percent is "fewer than 1", not "0"', () => {
    expect(formatOutOf100(0.3, w)).toBe('fewer than 1 out of 100');
  });

  test('"not reported" passes through and is never turned into a number', () => {
    expect(formatOutOf100('not reported', w)).toBe('not reported');
    expect(formatPercent('not reported', w)).toBe('not reported');
    expect(figureText('not reported', w)).toBe('not reported');
    expect(figureText(undefined, w)).toBe('not reported');
  });

  test('icons to fill match the rounded figure', () => {
    expect(iconsOutOf100(46)).toBe(46);
    expect(iconsOutOf100(1.8)).toBe(2);
  });

  test('time points and counts', () => {
    expect(formatWhen(12, 'benefit', w)).toBe('after 12 weeks');
    expect(formatWhen(1, 'benefit', w)).toBe('after 1 week');
    expect(formatWhen(undefined, 'benefit', w)).toBe('across the trials');
    expect(formatWhen(24, 'harm', w)).toBe('over 24 weeks');
    expect(formatCount(2846, w)).toBe('2,846');
  });

  test('ratios read as words a patient uses', () => {
    expect(formatRatio(2, w)).toBe('twice');
    expect(formatRatio(3, w)).toBe('three times');
    expect(formatRatio(1.5, w)).toBe('1.5 times');
  });

  test('p-values keep the paper\'s wording', () => {
    expect(formatPValue('<0.001')).toBe('P < 0.001');
    expect(formatPValue('0.007')).toBe('P = 0.007');
    for (const ok of ['0.001', '<0.001', '<0.05', '0.5']) expect(pValuePattern.test(ok)).toBe(true);
    for (const bad of ['.001', 'P=0.001', '0.0', '1', '< 0.001', '0,001']) expect(pValuePattern.test(bad)).toBe(false);
  });
});

describe('result sentences', () => {
  const trial = {
    control: 'placebo',
    arms: [
      { id: 'placebo', shortLabel: 'a placebo injection plus methotrexate' },
      { id: 'ank', shortLabel: 'anakinra plus methotrexate' },
      { id: 'low', shortLabel: 'a low dose' },
    ],
  };
  const outcome = { measure: 'ACR20' as const, week: 12, percent: { placebo: 19, ank: 46, low: 'not reported' as const } };

  test('names the arm, measure and time, with the control in the same form, and the difference in people', () => {
    expect(resultSentence(trial, outcome, 'ank', w)).toBe(
      '46 out of 100 people (46%) taking anakinra plus methotrexate improved by at least 20% (ACR20: fewer sore and swollen joints, and better on other checks) after 12 weeks, ' +
        'compared with 19 out of 100 (19%) taking a placebo injection plus methotrexate. So about 27 more people out of 100 improved.',
    );
  });

  test('a figure that is not whole people out of 100 is said out of 1,000 for both groups, without decimal percents', () => {
    const infection = { measure: 'serious-infection' as const, percent: { placebo: 0.6, ank: 1.8, low: 'not reported' as const } };
    expect(resultSentence(trial, infection, 'ank', w)).toBe(
      '18 out of 1,000 people taking anakinra plus methotrexate had a serious infection across the trials, ' +
        'compared with 6 out of 1,000 taking a placebo injection plus methotrexate. So about 12 more people out of 1,000 had a serious infection.',
    );
  });

  test('says a missing figure is missing instead of guessing', () => {
    expect(resultSentence(trial, outcome, 'low', w)).toBe(
      'The source did not report how many people taking a low dose improved by at least 20% (ACR20: fewer sore and swollen joints, and better on other checks) after 12 weeks.',
    );
  });

  test('says when the comparison figure is missing', () => {
    const harm = { measure: 'withdrawal-injection-site-reaction' as const, week: 24, percent: { placebo: 'not reported' as const, ank: 7, low: 'not reported' as const } };
    expect(resultSentence(trial, harm, 'ank', w)).toBe(
      '7 out of 100 people (7%) taking anakinra plus methotrexate stopped treatment early because of injection-site reactions over 24 weeks. ' +
        'The source did not report a figure for people taking a placebo injection plus methotrexate.',
    );
  });

  test('captions name the trial, each measure and its week', () => {
    const a = { measure: 'ACR20' as const, week: 24, percent: {} };
    const b = { measure: 'ACR50' as const, week: 24, percent: {} };
    const c = { measure: 'injection-site-reaction' as const, week: 12, percent: {} };
    expect(resultsCaption('2004 trial', [a, b], w)).toBe('2004 trial: ACR20 and ACR50 after 24 weeks');
    expect(resultsCaption('T', [a, c], w)).toBe('T: ACR20 after 24 weeks and Injection-site reaction over 12 weeks');
    expect(listJoin(['a', 'b', 'c'], w)).toBe('a, b and c');
  });
});
