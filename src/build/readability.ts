import { AstroError } from 'astro/errors';
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { parseHTML } from 'linkedom';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
import { fernandezHuerta, inflesz, spanishSyllables, szigrisztPazos, type InfleszGrade } from '../lib/spanish-readability.ts';

/**
 * Reading level of a built page, measured on the words a patient reads in the main text,
 * with the measures of the page's language (`<html lang>`): Flesch-Kincaid, Flesch and SMOG
 * for English (the content standards ask for grade 7 or lower on patient pages), and
 * Fernández-Huerta and Szigriszt-Pazos/INFLESZ for Spanish (src/lib/spanish-readability.ts).
 *
 * Left out of the count, because they are not running prose: tables (their numbers are
 * also said in sentences), "For clinicians" panels, glossary popovers (the definition is
 * measured on the glossary page), citation marks, the source list and review dates.
 */
const notProse = [
  'table',
  '.for-clinicians',
  '[popover]',
  '.cite',
  '.page-sources',
  '.review-dates',
  '[data-readability-ignore]',
  'script',
  'style',
  'svg',
].join(',');

/** Each block (paragraph, list item, heading…) is read as one or more sentences. */
const blocks = 'p, li, h1, h2, h3, h4, dt, dd, summary, caption, figcaption, blockquote';

export interface ReadabilityScores {
  lang: 'en';
  words: number;
  sentences: number;
  syllables: number;
  polysyllables: number;
  /** Flesch-Kincaid grade level (US school grade). */
  fleschKincaidGrade: number;
  /** Flesch Reading Ease: 0–100, higher is easier. */
  fleschReadingEase: number;
  /** SMOG grade. */
  smogGrade: number;
}

export interface SpanishReadabilityScores {
  lang: 'es';
  words: number;
  sentences: number;
  syllables: number;
  /** Fernández-Huerta reading ease: higher is easier. */
  fernandezHuerta: number;
  /** Szigriszt-Pazos perspicuity: higher is easier; read on the INFLESZ scale. */
  szigrisztPazos: number;
  inflesz: InfleszGrade;
}

/** The language a page is measured in, from `<html lang>` ("es", "en-GB"). */
export function pageLanguage(html: string): 'en' | 'es' {
  const lang = parseHTML(html).document.documentElement.getAttribute('lang') ?? '';
  return lang.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The sentences of a page's `<main>`, one string each. */
export function mainSentences(html: string): string[] {
  const { document } = parseHTML(html);
  const main = document.querySelector('main');
  if (!main) throw new AstroError('The page has no <main> element to measure.', 'Every page is drawn by src/layouts/BaseLayout.astro, which has one <main>.');
  for (const node of main.querySelectorAll(notProse)) node.remove();
  // A passage in another language (a Spanish page's English research notes) is not measured
  // with this language's formula.
  const pageLang = (document.documentElement.getAttribute('lang') ?? '').toLowerCase().slice(0, 2);
  for (const node of main.querySelectorAll('[lang]')) {
    if (!(node.getAttribute('lang') ?? '').toLowerCase().startsWith(pageLang)) node.remove();
  }
  const sentences: string[] = [];
  for (const block of main.querySelectorAll(blocks)) {
    // Nested blocks (a <p> inside an <li>) are counted once, at the innermost level.
    if (block.querySelector(blocks)) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) sentences.push(...splitSentences(text));
  }
  return sentences;
}

/**
 * Splits on ., ! or ? followed by a space and a capital or digit (Spanish questions open
 * with "¿", quotes with "«"); a block with none is one sentence.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?»”])\s+(?=["“(¿¡«]?[A-ZÁÉÍÓÚÑ0-9])/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** Words with letters in them (accented ones too); bare numbers ("46", "2026") are not counted as words. */
export function words(text: string): string[] {
  return text.match(/[A-Za-zÁÉÍÓÚÜÑáéíóúüñ][A-Za-zÁÉÍÓÚÜÑáéíóúüñ'’-]*/g) ?? [];
}

export function scoreSentences(sentences: readonly string[]): ReadabilityScores {
  let wordCount = 0;
  let syllables = 0;
  let polysyllables = 0;
  for (const sentence of sentences) {
    for (const word of words(sentence)) {
      // Hyphenated words count their parts ("injection-site" = in-jec-tion-site).
      const count = word
        .split('-')
        .filter(Boolean)
        .reduce((sum, part) => sum + Math.max(1, syllable(part)), 0);
      wordCount += 1;
      syllables += count;
      if (count >= 3) polysyllables += 1;
    }
  }
  const counts = { sentence: sentences.length, word: wordCount, syllable: syllables };
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    lang: 'en',
    words: wordCount,
    sentences: sentences.length,
    syllables,
    polysyllables,
    fleschKincaidGrade: wordCount ? round(fleschKincaid(counts)) : 0,
    fleschReadingEase: wordCount ? round(flesch(counts)) : 0,
    smogGrade: wordCount ? round(smogFormula({ sentence: sentences.length, polysillabicWord: polysyllables })) : 0,
  };
}

/** Spanish sentences scored with Fernández-Huerta and Szigriszt-Pazos (INFLESZ). */
export function scoreSpanishSentences(sentences: readonly string[]): SpanishReadabilityScores {
  let wordCount = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const word of words(sentence)) {
      wordCount += 1;
      syllables += word.split('-').filter(Boolean).reduce((sum, part) => sum + spanishSyllables(part), 0);
    }
  }
  const counts = { words: wordCount, sentences: sentences.length, syllables };
  const round = (n: number) => Math.round(n * 10) / 10;
  const perspicuity = round(szigrisztPazos(counts));
  return { lang: 'es', ...counts, fernandezHuerta: round(fernandezHuerta(counts)), szigrisztPazos: perspicuity, inflesz: inflesz(perspicuity) };
}

export function pageReadability(html: string): ReadabilityScores | SpanishReadabilityScores {
  const sentences = mainSentences(html);
  return pageLanguage(html) === 'es' ? scoreSpanishSentences(sentences) : scoreSentences(sentences);
}
