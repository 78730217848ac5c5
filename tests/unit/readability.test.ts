import { describe, expect, test } from 'vitest';
import { mainSentences, scoreSentences, scoreSpanishSentences, splitSentences, words } from '../../src/build/readability.ts';
import { spanishPagesTooHard, type PageReadability } from '../../src/build/site-readability.ts';
import { fernandezHuerta, inflesz, spanishSyllables, szigrisztPazos } from '../../src/lib/spanish-readability.ts';

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

describe('Spanish readability', () => {
  test('syllables are counted by the vowels, with diphthongs as one and hiatus as two', () => {
    // Counted by hand, syllable by syllable.
    const words: Record<string, number> = {
      'me-to-tre-xa-to': 5,
      'dí-a': 2,
      'guí-a': 2,
      'pa-ís': 2,
      'o-í-do': 3,
      'te-ní-an': 3,
      'ciu-dad': 2,
      'guion': 1,
      'a-é-re-o': 4,
      'reu-ma-toi-de': 4,
      'in-yec-ción': 3,
      'a-gu-ja': 3,
      'á-ci-do': 3,
      'que': 1,
      'gui-sa-do': 3,
      'pin-güi-no': 3,
      'hoy': 1,
      'muy': 1,
      'y': 1,
      'a-yu-da': 3,
      'pro-hi-bir': 3,
      'ar-ti-cu-la-cio-nes': 6,
      'Ki-ne-ret': 3,
    };
    for (const [split, count] of Object.entries(words)) {
      expect(split.split('-').length, `${split} is written with ${count} parts`).toBe(count);
      expect(spanishSyllables(split.replace(/-/g, '')), split).toBe(count);
    }
  });

  test('Fernández-Huerta and Szigriszt-Pazos follow their published formulas', () => {
    // 100 words, 200 syllables, 10 sentences:
    // FH = 206.84 − 0.60 × 200 − 1.02 × 10 = 76.64; IFSZ = 206.835 − 62.3 × 2 − 10 = 72.235.
    const counts = { words: 100, syllables: 200, sentences: 10 };
    expect(fernandezHuerta(counts)).toBeCloseTo(76.64, 2);
    expect(szigrisztPazos(counts)).toBeCloseTo(72.235, 3);
  });

  test('INFLESZ grades start at 40, 55, 65 and 80', () => {
    expect([39.9, 40, 54.9, 55, 64.9, 65, 79.9, 80].map(inflesz)).toEqual([
      'very-difficult',
      'somewhat-difficult',
      'somewhat-difficult',
      'normal',
      'normal',
      'fairly-easy',
      'fairly-easy',
      'very-easy',
    ]);
  });

  test('a page is scored on its words, accents and all', () => {
    // "Tome el metotrexato una vez por semana." 7 words: to-me el me-to-tre-xa-to u-na vez por se-ma-na = 2+1+5+2+1+1+3 = 15.
    // "¿Qué día?" 2 words: qué dí-a = 1+2 = 3. Two sentences, 9 words, 18 syllables.
    const s = scoreSpanishSentences(splitSentences('Tome el metotrexato una vez por semana. ¿Qué día?'));
    expect([s.sentences, s.words, s.syllables]).toEqual([2, 9, 18]);
    expect(s.szigrisztPazos).toBeCloseTo(206.835 - 62.3 * 2 - 4.5, 1);
    expect(s.inflesz).toBe('fairly-easy');
  });

  test('the build stops on a Spanish patient page below INFLESZ 55, and names it', () => {
    const page = (path: string, audience: string, score: number): PageReadability => ({
      path, title: path, audience, lang: 'es', words: 100, sentences: 5, syllables: 250, fernandezHuerta: score, szigrisztPazos: score, inflesz: inflesz(score),
    });
    expect(spanishPagesTooHard([page('/es/a/', 'patients', 54.9), page('/es/b/', 'patients', 55), page('/es/c/', 'clinicians', 20)])).toEqual([
      '/es/a/ (Szigriszt-Pazos 54.9, INFLESZ somewhat-difficult)',
    ]);
  });
});

