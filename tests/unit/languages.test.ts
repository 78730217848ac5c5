import { describe, expect, test } from 'vitest';
import { es } from '../../src/i18n/es.ts';
import { withoutAccents } from '../../src/build/heading-ids.ts';
import { doseHeadline } from '../../src/lib/dose-chart.ts';
import { formatCount, formatOutOf100, formatPercent, formatRatio, formatWhen } from '../../src/lib/format.ts';
import { basePageId, langOfPageId, langOfPath, pageFile, pageIdIn } from '../../src/lib/languages.ts';
import { difference, formatPeople } from '../../src/lib/risk.ts';
import { resultSentence } from '../../src/lib/sentences.ts';
import { pairUp, translateTrial } from '../../src/lib/translations.ts';

describe('which language a page is in, and its twin', () => {
  test('English ids have no prefix; Spanish ids start with "es/", and the Spanish home page is "es"', () => {
    expect(langOfPageId('anakinra')).toBe('en');
    expect(langOfPageId('index')).toBe('en');
    expect(langOfPageId('es/anakinra')).toBe('es');
    expect(langOfPageId('es')).toBe('es');
    // A page whose name merely starts with "es" is English.
    expect(langOfPageId('escape')).toBe('en');
  });

  test('a page and its twin share one id below the language', () => {
    expect(pageIdIn('anakinra', 'es')).toBe('es/anakinra');
    expect(pageIdIn('index', 'es')).toBe('es');
    expect(pageIdIn('es/anakinra', 'en')).toBe('anakinra');
    expect(pageIdIn('es', 'en')).toBe('index');
    expect(pageIdIn('es/anakinra', 'es')).toBe('es/anakinra');
    expect(basePageId('es')).toBe('index');
  });

  test('the language of an address, under a subpath too', () => {
    expect(langOfPath('/es/anakinra/', '/')).toBe('es');
    expect(langOfPath('/ra-guide/es/', '/ra-guide/')).toBe('es');
    expect(langOfPath('/ra-guide/anakinra/', '/ra-guide/')).toBe('en');
  });

  test('error messages name the real file', () => {
    expect(pageFile('es')).toBe('content/pages/es/index.mdx');
    expect(pageFile('es/results')).toBe('content/pages/es/results.mdx');
    expect(pageFile('index')).toBe('content/pages/index.mdx');
  });
});

describe('Spanish numbers come from the same figures, written the Spanish way', () => {
  const w = es.numbers;
  test('"N de cada 100", a decimal comma and a space before %', () => {
    expect(formatOutOf100(38, w)).toBe('38 de cada 100');
    expect(formatOutOf100(1.8, w)).toBe('alrededor de 2 de cada 100');
    expect(formatPercent(1.8, w)).toBe('1,8\u00a0%');
    expect(formatPercent('not reported', w)).toBe('no informado');
    expect(formatPeople(1.8, 1000, w)).toBe('18 de cada 1000');
    expect(formatCount(2846, w)).toBe('2846');
    expect(formatCount(12345, w)).toBe('12.345');
  });

  test('time, ratio and difference in Spanish words', () => {
    expect(formatWhen(24, 'benefit', w)).toBe('después de 24 semanas');
    expect(formatWhen(24, 'harm', w)).toBe('durante 24 semanas');
    expect(formatRatio(2, w)).toBe('el doble de');
    expect(difference(38, 22, w).text).toBe('alrededor de 16 personas más de cada 100');
    expect(difference(20, 21, w).text).toBe('alrededor de 1 persona menos de cada 100');
  });

  test('a result sentence names the group, the measure and the time, with the comparison beside it', () => {
    const trial = { control: 'placebo', arms: [{ id: 'placebo', shortLabel: 'placebo más metotrexato' }, { id: 'ank', shortLabel: 'anakinra más metotrexato' }] };
    const outcome = { measure: 'ACR20' as const, week: 24, percent: { placebo: 22, ank: 38 } };
    expect(resultSentence(trial, outcome, 'ank', w)).toBe(
      `38 de cada 100 personas (38\u00a0%) que recibieron anakinra más metotrexato ${w.measures.ACR20.happened} después de 24 semanas, ` +
        'frente a 22 de cada 100 (22\u00a0%) que recibieron placebo más metotrexato. Es decir, alrededor de 16 personas más de cada 100 mejoraron.',
    );
  });

  test('the dose chart headline in Spanish', () => {
    const points = [
      { label: 'Placebo', value: 23, isControl: true },
      { label: '1 mg/kg', value: 42, isControl: false },
      { label: '2 mg/kg', value: 'not reported' as const, isControl: false },
    ];
    expect(doseHeadline(points, 'mejoraron', 'después de 12 semanas', w)).toBe(
      'De las dosis con un resultado informado, la de 1 mg/kg fue la mejor después de 12 semanas: 42 de cada 100 mejoraron, frente a 23 de cada 100 con placebo.',
    );
  });
});

describe('translations of the data files', () => {
  const trial = {
    id: 'cohen-2004',
    shortName: '2004 trial',
    population: 'Adults',
    notReported: ['No figure for X.'],
    arms: [
      { id: 'placebo', label: 'Placebo', shortLabel: 'placebo', dose: '', analysed: 250 },
      { id: 'ank', label: 'Anakinra', shortLabel: 'anakinra', dose: '100 mg a day', analysed: 250 },
    ],
    outcomes: [{ id: 'isr', note: 'over 24 weeks', percent: { placebo: 22, ank: 38 } }, { id: 'acr20' }],
  };
  const words = {
    id: 'cohen-2004',
    shortName: 'Ensayo de 2004',
    population: 'Adultos',
    notReported: ['No hay cifra de X.'],
    arms: [
      { id: 'placebo', label: 'Placebo', shortLabel: 'placebo', dose: '' },
      { id: 'ank', label: 'Anakinra', shortLabel: 'anakinra', dose: '100 mg al día' },
    ],
    outcomes: [{ id: 'isr', note: 'durante 24 semanas' }],
  };

  test('the words are Spanish and every number is the English file\'s', () => {
    const spanish = translateTrial(trial, words, 'content/i18n/es/trials.json');
    expect(spanish.shortName).toBe('Ensayo de 2004');
    expect(spanish.arms[1]).toEqual({ id: 'ank', label: 'Anakinra', shortLabel: 'anakinra', dose: '100 mg al día', analysed: 250 });
    expect(spanish.outcomes[0]).toEqual({ id: 'isr', note: 'durante 24 semanas', percent: { placebo: 22, ank: 38 } });
  });

  test('a missing arm fails naming the file, the trial and the field, never falling back to English', () => {
    const missingArm = { ...words, arms: words.arms.slice(0, 1) };
    expect(() => translateTrial(trial, missingArm, 'content/i18n/es/trials.json')).toThrow(/content\/i18n\/es\/trials\.json, trial "cohen-2004", "arms": no translation for "ank"/);
  });

  test('a missing note or a different number of "not reported" sentences fails too', () => {
    expect(() => translateTrial(trial, { ...words, outcomes: [] }, 'f.json')).toThrow(/"outcomes".*no translation for "isr"/);
    expect(() => translateTrial(trial, { ...words, notReported: [] }, 'f.json')).toThrow(/"notReported": 0 sentences, but the English has 1/);
  });

  test('an entry with no English twin, or a missing one, is named', () => {
    expect(() => pairUp([{ id: 'a' }], [{ id: 'a' }, { id: 'b' }], 'g.json')).toThrow(/g\.json: "b" is not an id in the English file/);
    expect(() => pairUp([{ id: 'a' }, { id: 'c' }], [{ id: 'a' }], 'g.json')).toThrow(/g\.json: no translation for "c"/);
  });
});

describe('section anchors', () => {
  test('lose their accents, so a pasted link has no %C3 in it', () => {
    expect(withoutAccents('¿Cuándo pedir ayuda?')).toBe('¿Cuando pedir ayuda?');
    expect(withoutAccents('Año y niño')).toBe('Ano y nino');
  });
});

describe('the Spanish dictionary', () => {
  /** Stands in for any argument a sentence takes (a name, a number, a list, a contact). */
  const anything: unknown = new Proxy(() => anything, {
    get: (_, key) => (key === Symbol.toPrimitive ? () => 'X' : key === 'join' ? () => 'X' : anything),
  });
  /** Every string in a dictionary, by its path ("careCard.urgent.label"); a sentence is called to get its words. */
  const strings = (value: unknown, path = ''): [string, string][] => {
    if (value === anything) return [];
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'function') return strings((value as (...a: unknown[]) => unknown)(anything, anything, anything, anything, anything), path);
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
    return [];
  };

  test('says everything in Spanish: no entry is the English left in place', async () => {
    const { en } = await import('../../src/i18n/en.ts');
    const english = new Map(strings(en));
    // Words that are the same in both languages (names, abbreviations, a style's own terms).
    const same = new Set(['search.devOnly.command', 'search.devOnly.after', 'search.empty.alsoAfter', 'theme', 'doseChart.placebo', 'numbers.locale', 'numbers.doseUnits.mg', 'citeThisPage.nlm.internet', 'readingLevels.spanish.columns.0', 'readingLevels.spanish.columns.1', 'readingLevels.spanish.columns.2', 'readingLevels.spanish.grades.normal', 'careCard.important.label', 'careCard.important.visible', 'reference.pubmed', 'reference.doi', 'numbers.measures.ACR20.name', 'numbers.measures.ACR50.name', 'numbers.measures.ACR70.name', 'weekStrip.rows.anakinra.label']);
    const untranslated = strings(es).filter(([path, text]) => english.get(path) === text && !same.has(path) && /[a-z]{3}/i.test(text));
    expect(untranslated).toEqual([]);
  });
});
