import { describe, expect, test } from 'vitest';
import { mainSentences, scoreSentences, splitSentences, words } from '../../src/build/readability.ts';

describe('readability', () => {
  test('Flesch-Kincaid grade follows the published formula', () => {
    // "The cat sat on the mat today." — 1 sentence, 7 words, 8 syllables:
    // grade 0.39 × 7 + 11.8 × 8/7 − 15.59 = 0.63
    const s = scoreSentences(['The cat sat on the mat today.']);
    expect([s.sentences, s.words, s.syllables]).toEqual([1, 7, 8]);
    expect(s.fleschKincaidGrade).toBe(0.6);
    // Flesch Reading Ease: 206.835 − 1.015 × 7 − 84.6 × 8/7 = 103.04
    expect(s.fleschReadingEase).toBe(103);
  });

  test('long words and long sentences score harder than short ones', () => {
    const easy = scoreSentences(['You take it once a week.', 'It helps your joints.']);
    const hard = scoreSentences([
      'Methotrexate, administered weekly, substantially ameliorates inflammatory polyarthritis, notwithstanding considerable interindividual variability.',
    ]);
    expect(hard.fleschKincaidGrade).toBeGreaterThan(easy.fleschKincaidGrade + 10);
    expect(hard.polysyllables).toBeGreaterThan(5);
    expect(hard.smogGrade).toBeGreaterThan(easy.smogGrade);
  });

  test('sentences split at full stops before a capital, not inside "e.g." or numbers', () => {
    expect(splitSentences('Take it once a week. Never daily! Is that clear? Yes.')).toHaveLength(4);
    expect(splitSentences('A dose of 0.1 mg/kg was used.')).toHaveLength(1);
  });

  test('bare numbers are not words', () => {
    expect(words('46 out of 100 people')).toEqual(['out', 'of', 'people']);
  });

  test('only the main prose counts: tables, clinician panels, popovers and sources are left out', () => {
    const html = `<html><body><nav><p>Navigation words here.</p></nav><main>
      <h1>Title</h1><p>One short sentence. Another one.</p>
      <ul><li>A list item</li></ul>
      <table><caption>Caption words</caption><tr><td>Cell</td></tr></table>
      <details class="for-clinicians"><summary>For clinicians</summary><p>Pharmacokinetic heterogeneity.</p></details>
      <span popover>Popover text.</span>
      <section class="page-sources"><ol><li>Reference text.</li></ol></section>
    </main></body></html>`;
    expect(mainSentences(html)).toEqual(['Title', 'One short sentence.', 'Another one.', 'A list item']);
  });
});
